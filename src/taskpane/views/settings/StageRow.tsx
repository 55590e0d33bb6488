import { Button, Input, makeStyles, Select, Switch, tokens } from "@fluentui/react-components";
import { FORECAST_CATEGORIES, type ForecastCategory } from "../../../core/model/stageMap";
import type { DraftErrors, StageDraft } from "./settingsDraft";

const useStyles = makeStyles({
  // A stage on three lines, to fit a 320 px pane: name and probability; category, order and remove; closed and won.
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 72px",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    alignItems: "center",
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    minWidth: 0,
  },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  name: { gridColumn: "1 / 3", minWidth: 0 },
  full: { minWidth: 0, width: "100%" },
  flags: { gridColumn: "1 / -1", display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  end: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  percent: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  error: { gridColumn: "1 / -1", margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface StageRowProps {
  stage: StageDraft;
  index: number;
  /** The form's problems; this row shows those under "stageMap[index]". */
  errors: DraftErrors;
  /** Removing the only stage is not offered. */
  removable: boolean;
  /** Focus the name box when the row appears (a stage just added). */
  focusName: boolean;
  onChange(stage: StageDraft): void;
  onRemove(): void;
}

const FIELDS = ["stage", "category", "probability", "closed", "won", "order"] as const;

/** One stage of the map: every control labelled with the stage's number, its problems listed under it. */
export function StageRow({ stage, index, errors, removable, focusName, onChange, onRemove }: StageRowProps) {
  const styles = useStyles();
  const n = index + 1;
  const prefix = `stageMap[${index}]`;
  const problems = FIELDS.filter((field) => errors[`${prefix}.${field}`]).map((field) => ({ field, message: errors[`${prefix}.${field}`] }));
  const errorId = `stage-${stage.key}-errors`;
  const invalid = (field: (typeof FIELDS)[number]) => problems.some((problem) => problem.field === field);
  const described = problems.length > 0 ? errorId : undefined;
  const set = (patch: Partial<StageDraft>) => onChange({ ...stage, ...patch });
  const named = stage.stage.trim() ? ` (${stage.stage.trim()})` : "";
  return (
    <fieldset className={styles.row}>
      <legend className={styles.legend}>Stage {n}</legend>
      <div className={styles.name}>
        <Input className={styles.full} size="small" value={stage.stage} placeholder="Stage name as the CRM writes it" aria-label={`Stage ${n} name`} aria-invalid={invalid("stage")} aria-describedby={described} autoFocus={focusName} onChange={(_, data) => set({ stage: data.value })} />
      </div>
      <div className={styles.percent}>
        <Input className={styles.full} size="small" inputMode="decimal" value={stage.probability} aria-label={`Stage ${n} probability (%)`} aria-invalid={invalid("probability")} aria-describedby={described} onChange={(_, data) => set({ probability: data.value })} />
        <span aria-hidden="true">%</span>
      </div>
      <Select className={styles.full} size="small" value={stage.category} aria-label={`Stage ${n} forecast category`} aria-invalid={invalid("category")} aria-describedby={described} onChange={(_, data) => set({ category: data.value as ForecastCategory })}>
        {FORECAST_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </Select>
      <div className={styles.end}>
        <span aria-hidden="true">Order</span>
        <Input className={styles.full} size="small" inputMode="numeric" value={stage.order} title="Position in the sales process: later stages have larger numbers" aria-label={`Stage ${n} order`} aria-invalid={invalid("order")} aria-describedby={described} onChange={(_, data) => set({ order: data.value })} />
      </div>
      <Button size="small" appearance="subtle" aria-label={`Remove stage ${n}${named}`} title={`Remove stage ${n}${named}`} disabled={!removable} onClick={onRemove}>
        Remove
      </Button>
      <div className={styles.flags}>
        <Switch label="Closed" checked={stage.closed} aria-label={`Stage ${n} closed`} aria-describedby={described} onChange={(_, data) => set({ closed: data.checked, won: data.checked && stage.won })} />
        <Switch label="Won" checked={stage.won} aria-label={`Stage ${n} won`} aria-invalid={invalid("won")} aria-describedby={described} onChange={(_, data) => set({ won: data.checked, closed: data.checked || stage.closed })} />
      </div>
      {problems.length > 0 && (
        <p id={errorId} className={styles.error}>
          {problems.map((problem) => problem.message).join(" ")}
        </p>
      )}
    </fieldset>
  );
}
