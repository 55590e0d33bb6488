import { Button, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { newTier, tierKey, type DraftErrors, type TierDraft } from "./planDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, border: "none", padding: 0, margin: 0, minWidth: 0 },
  // Each tier's inputs sit in the grid's columns while staying grouped in the markup.
  row: { display: "contents" },
  // Threshold, rate, label, remove: fits 320 px with narrow number boxes and a flexible label.
  grid: { display: "grid", gridTemplateColumns: "minmax(64px, 1fr) minmax(56px, 1fr) minmax(72px, 2fr) auto", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  head: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { minWidth: 0, width: "100%" },
  error: { gridColumn: "1 / -1", color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
  flush: { margin: 0 },
});

export interface TierTableProps {
  tiers: TierDraft[];
  /** "% of quota" or "USD": what a threshold is on this plan. */
  thresholdUnit: string;
  errors: DraftErrors;
  onChange(tiers: TierDraft[]): void;
}

/** The rate table as rows of inputs; each row's problems are listed under it and tied to its inputs. */
export function TierTable({ tiers, thresholdUnit, errors, onChange }: TierTableProps) {
  const styles = useStyles();
  const update = (index: number, field: "threshold" | "rate" | "label", value: string) => onChange(tiers.map((tier, i) => (i === index ? { ...tier, [field]: value } : tier)));
  const remove = (index: number) => onChange(tiers.filter((_, i) => i !== index));
  const add = () => {
    const last = tiers[tiers.length - 1];
    const next = last && Number.isFinite(Number(last.threshold)) ? String(Number(last.threshold) + (thresholdUnit.includes("%") ? 50 : 100000)) : "";
    onChange([...tiers, newTier(next, last?.rate ?? "")]);
  };
  return (
    <fieldset className={styles.root}>
      <legend>
        <Text weight="semibold">Rate tiers</Text>
      </legend>
      <div className={styles.grid}>
        <span className={styles.head} aria-hidden="true">
          From ({thresholdUnit})
        </span>
        <span className={styles.head} aria-hidden="true">
          Rate (%)
        </span>
        <span className={styles.head} aria-hidden="true">
          Label
        </span>
        <span />
        {tiers.map((tier, i) => {
          const problems = (["threshold", "rate", "label"] as const).flatMap((field) => (errors[tierKey(i, field)] ? [{ field, message: errors[tierKey(i, field)] }] : []));
          const errorId = `tier-${tier.key}-errors`;
          const described = problems.length > 0 ? errorId : undefined;
          const invalid = (field: "threshold" | "rate" | "label") => problems.some((problem) => problem.field === field);
          return (
            <div key={tier.key} className={styles.row}>
              <Input className={styles.input} size="small" inputMode="decimal" value={tier.threshold} aria-label={`Tier ${i + 1} from (${thresholdUnit})`} aria-invalid={invalid("threshold")} aria-describedby={described} onChange={(_, data) => update(i, "threshold", data.value)} />
              <Input className={styles.input} size="small" inputMode="decimal" value={tier.rate} aria-label={`Tier ${i + 1} rate (%)`} aria-invalid={invalid("rate")} aria-describedby={described} onChange={(_, data) => update(i, "rate", data.value)} />
              <Input className={styles.input} size="small" value={tier.label} aria-label={`Tier ${i + 1} label`} aria-invalid={invalid("label")} aria-describedby={described} onChange={(_, data) => update(i, "label", data.value)} />
              <Button size="small" appearance="subtle" aria-label={`Remove tier ${i + 1}`} title={`Remove tier ${i + 1}`} disabled={tiers.length === 1} onClick={() => remove(i)}>
                ×
              </Button>
              {problems.length > 0 && (
                <p id={errorId} className={styles.error}>
                  Tier {i + 1}: {problems.map((problem) => problem.message).join(" ")}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div>
        <Button size="small" onClick={add}>
          Add tier
        </Button>
      </div>
    </fieldset>
  );
}
