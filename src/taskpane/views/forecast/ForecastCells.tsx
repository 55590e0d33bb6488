import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { AdjustableFigure, AdjustedForecastRow } from "../../../core/forecast/adjustments";
import { compactMoney, fullMoney } from "./formatFigures";

const useStyles = makeStyles({
  number: { display: "flex", flexDirection: "column", alignItems: "flex-end", width: "100%", fontVariantNumeric: "tabular-nums" },
  adjusted: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  marker: { marginRight: "2px" },
  raw: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** A compact money figure right-aligned, the full value in its tooltip. */
export function MoneyCell({ amount, currency }: { amount: number | null; currency: string }) {
  const styles = useStyles();
  return (
    <span className={styles.number} title={fullMoney(amount, currency)}>
      {compactMoney(amount, currency)}
    </span>
  );
}

/** A ratio right-aligned (already formatted), with a tooltip explaining it. */
export function RatioCell({ text, title }: { text: string; title: string }) {
  const styles = useStyles();
  return (
    <span className={styles.number} title={title}>
      {text}
    </span>
  );
}

/**
 * A figure a manager can override: the adjusted value, and when an override is in force a marker,
 * the rollup it replaced struck through beneath, and who set it and why in the tooltip.
 */
export function AdjustableCell({ row, figure, currency }: { row: AdjustedForecastRow; figure: AdjustableFigure; currency: string }) {
  const styles = useStyles();
  const override = row.overrides[figure];
  if (!override) return <MoneyCell amount={row[figure]} currency={currency} />;
  const note = override.note ? ` “${override.note}”` : "";
  const title = `Adjusted to ${fullMoney(row.adjusted[figure], currency)} by ${override.author} on ${override.at.slice(0, 10)}${note}; the rollup is ${fullMoney(row[figure], currency)}.`;
  return (
    <span className={styles.number} title={title}>
      <span className={styles.adjusted}>
        <span className={styles.hidden}>adjusted </span>
        <span aria-hidden="true" className={styles.marker}>
          ✎
        </span>
        {compactMoney(row.adjusted[figure], currency)}
      </span>
      <Text size={200} className={styles.raw}>
        <span className={styles.hidden}>rollup </span>
        {compactMoney(row[figure], currency)}
      </Text>
    </span>
  );
}
