import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  input: { maxWidth: "96px" },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export interface CurrencyFieldProps {
  value: string;
  /** What is wrong with the code, or undefined. */
  error?: string;
  /** The currency in force before this edit: a change leaves the rate table's rates as they are. */
  previous: string;
  /** Currencies in the loaded data without a rate; null when no data is loaded. */
  missingRates: string[] | null;
  onChange(value: string): void;
}

function rateNote(code: string, previous: string, missing: string[] | null): string {
  const table = `Rates live in the FxRates table: ${code || "corporate-currency"} units for one unit of each currency, by fiscal period.`;
  const changed = code !== previous ? ` They are not converted for you: after switching from ${previous}, update FxRates to rates to ${code || "the new currency"}.` : "";
  const coverage =
    missing === null
      ? " Refresh a view (Forecast, say) to check which currencies in your data lack a rate."
      : missing.length === 0
        ? " Every currency in the data loaded last has a rate."
        : ` No rate for ${missing.join(", ")} in the data loaded last: add rows for ${missing.length === 1 ? "it" : "them"} to FxRates, or those amounts cannot be converted.`;
  return `${table}${changed}${coverage}`;
}

/** The corporate currency as an ISO code (typed in any case, kept in capitals), and where its rates come from. */
export function CurrencyField({ value, error, previous, missingRates, onChange }: CurrencyFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label="Corporate currency" hint="An ISO 4217 code such as USD, EUR or GBP: totals across currencies are shown in it." validationMessage={error} validationState={error ? "error" : "none"}>
        <Input className={styles.input} value={value} maxLength={3} autoComplete="off" spellCheck={false} onChange={(_, data) => onChange(data.value.toUpperCase())} />
      </Field>
      <Text as="p" size={200} block className={styles.note}>
        {rateNote(value, previous, missingRates)}
      </Text>
    </div>
  );
}
