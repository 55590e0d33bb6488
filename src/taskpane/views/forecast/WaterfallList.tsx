import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { ForecastRun } from "../../../app/runForecast";
import { compactMoney, fullMoney } from "./formatFigures";

const useStyles = makeStyles({
  flush: { margin: 0 },
  list: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: `${tokens.spacingVerticalXS} 0 0`, fontVariantNumeric: "tabular-nums" },
  term: { margin: 0 },
  amount: { margin: 0, textAlign: "right" },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXXS },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  // Lets each dt/dd pair be grouped in the markup while sitting in the list's two grid columns.
  pair: { display: "contents" },
});

type Totals = NonNullable<ForecastRun["waterfall"]>;
const LINES: readonly { key: keyof Omit<Totals, "from" | "to" | "balances" | "movements">; label: string; sign: "" | "+" | "−"; total?: boolean }[] = [
  { key: "start", label: "Start", sign: "", total: true },
  { key: "created", label: "Created", sign: "+" },
  { key: "pulledIn", label: "Pulled in", sign: "+" },
  { key: "increased", label: "Increased", sign: "+" },
  { key: "decreased", label: "Decreased", sign: "−" },
  { key: "pushedOut", label: "Pushed out", sign: "−" },
  { key: "won", label: "Won", sign: "−" },
  { key: "lost", label: "Lost", sign: "−" },
  { key: "end", label: "End", sign: "", total: true },
];

/** How the period's open pipeline moved between the first and last snapshot, as a compact list. */
export function WaterfallList({ run }: { run: ForecastRun }) {
  const styles = useStyles();
  const waterfall = run.waterfall;
  return (
    <section aria-labelledby="waterfall-title">
      <Text as="h2" block id="waterfall-title" size={400} weight="semibold" className={styles.flush}>
        Pipeline movement
      </Text>
      {!waterfall ? (
        <Text as="p" block className={styles.note}>
          Needs at least two pipeline snapshots in the Snapshots table.
        </Text>
      ) : (
        <>
          <Text as="p" block size={200} className={styles.note}>
            Closing in {run.period}, snapshot {waterfall.from} to {waterfall.to}
            {waterfall.balances ? "" : " (does not balance: report this)"}.
          </Text>
          <dl className={styles.list}>
            {LINES.map((line) => (
              <div key={line.key} className={styles.pair}>
                <dt className={mergeClasses(styles.term, line.total && styles.total)}>
                  {line.sign && <span aria-hidden="true">{line.sign} </span>}
                  {line.label}
                </dt>
                <dd className={mergeClasses(styles.amount, line.total && styles.total)} title={fullMoney(waterfall[line.key], run.currency)}>
                  {compactMoney(waterfall[line.key], run.currency)}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
