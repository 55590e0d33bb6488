import { Button, Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { DetectedLayout, MappingDraft, unmetRequirements } from "../../../app/importDataMapping";
import type { ImportPreview } from "../../../app/importDataPreview";
import type { ImportProgress } from "../../../app/importDataTypes";
import type { ImportField } from "../../../core/import/importTypes";
import { IMPORT_PRESETS, PresetName } from "../../../core/import/presets";
import { FieldMappingTable } from "./FieldMappingTable";
import { listOf, plural } from "./dataMessages";
import { PreviewTable } from "./PreviewTable";
import { RejectedList } from "./RejectedList";
import { WorkProgress } from "./WorkProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  dropdown: { minWidth: 0, width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  flush: { margin: 0 },
});

const NO_LAYOUT = "";
const NO_LAYOUT_LABEL = "None: map each column yourself";

export interface MappingStepProps {
  sourceName: string;
  headers: readonly string[];
  detected: DetectedLayout | null;
  draft: MappingDraft;
  /** The dry run of `draft`; null while it runs. */
  preview: ImportPreview | null;
  /** Set while the dry run or the import runs: the results give way to the progress bar. */
  progress: ImportProgress | null;
  /** The import is being written: the mapping can no longer change. */
  committing: boolean;
  onPreset(preset: PresetName | null): void;
  onColumn(field: ImportField, column: string | null): void;
  onImport(): void;
  onCancel(): void;
  onStop(): void;
}

const layoutLabel = (name: string | null, detected: DetectedLayout | null): string => {
  const preset = IMPORT_PRESETS.find((p) => p.name === name);
  if (!preset) return NO_LAYOUT_LABEL;
  return detected?.preset === preset.name ? `${preset.label} (detected)` : preset.label;
};

/** The counts of the dry run, the tables it would replace, its notes, and what keeps it from running. */
function PreviewSummary({ preview, draft }: { preview: ImportPreview; draft: MappingDraft }) {
  const styles = useStyles();
  const unmet = unmetRequirements(draft);
  if (!preview.result) {
    const others = preview.issues.filter((issue) => issue.code !== "missing_column");
    return (
      <div className={styles.problem}>
        <Text as="p" block weight="semibold" className={styles.flush}>
          {unmet.length > 0 ? `Choose a column for ${listOf(unmet)} to see what would be imported.` : "This mapping can't be used:"}
        </Text>
        {others.length > 0 && (
          <ul className={styles.list}>
            {others.map((issue) => (
              <li key={issue.message}>{issue.message}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const { summary, notes } = preview.result;
  const skipped = summary.blankRowsSkipped + summary.footerRowsSkipped;
  const [first, ...rest] = preview.tables;
  return (
    <div>
      <Text as="p" block weight="semibold" className={styles.flush}>
        {plural(summary.rowsRead, "row", "rows")} read: {summary.imported.toLocaleString("en-US")} to import, {summary.rejected.toLocaleString("en-US")} rejected
        {skipped > 0 ? ` (${plural(skipped, "blank or footer row", "blank or footer rows")} skipped)` : ""}.
      </Text>
      {first && (
        <Text as="p" block className={styles.flush}>
          Import replaces {listOf([`${first.tableName} (${plural(first.rows, "row", "rows")})`, ...rest.map((t) => `${t.tableName} (${t.rows.toLocaleString("en-US")})`)])}; the other tables
          stay as they are.
        </Text>
      )}
      {notes.length > 0 && (
        <ul className={styles.list}>
          {notes.map((note) => (
            <li key={note.code}>
              <Text size={200}>
                {note.message[0].toUpperCase() + note.message.slice(1)}: {plural(note.rows, "row", "rows")}.
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The mapping step: the detected layout (changeable), the column of every field, and the dry run's
 * counts, first rows and rejected rows, before Import writes anything.
 */
export function MappingStep(props: MappingStepProps) {
  const { sourceName, headers, detected, draft, preview, progress, committing } = props;
  const styles = useStyles();
  const imported = preview?.result?.summary.imported ?? 0;
  return (
    <section className={styles.root} aria-labelledby="mapping-title">
      <Text as="h3" id="mapping-title" size={300} weight="semibold" className={styles.flush}>
        Map the columns of {sourceName}
      </Text>
      <Field
        label="Layout"
        hint={detected ? `Detected from the header row: ${Math.round(detected.confidence * 100)}% of its columns recognised.` : "No known layout recognised: pick one, or map each column yourself."}
      >
        <Dropdown
          className={styles.dropdown}
          disabled={committing}
          value={layoutLabel(draft.preset, detected)}
          selectedOptions={[draft.preset ?? NO_LAYOUT]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && props.onPreset(data.optionValue === NO_LAYOUT ? null : (data.optionValue as PresetName))}
        >
          {IMPORT_PRESETS.map((preset) => (
            <Option key={preset.name} value={preset.name}>
              {layoutLabel(preset.name, detected)}
            </Option>
          ))}
          <Option value={NO_LAYOUT}>{NO_LAYOUT_LABEL}</Option>
        </Dropdown>
      </Field>
      {preview?.edited && (
        <Text as="p" block size={200} className={styles.flush}>
          Mapping edited: the layout&apos;s stage and status rules still apply.
        </Text>
      )}
      {progress ? (
        <WorkProgress progress={progress} onCancel={props.onStop} />
      ) : (
        preview && <PreviewSummary preview={preview} draft={draft} />
      )}
      <FieldMappingTable headers={headers} draft={draft} disabled={committing} onColumn={props.onColumn} />
      {!progress && preview?.result && preview.sample.length > 0 && <PreviewTable rows={preview.sample} total={imported} />}
      {!progress && preview?.result && preview.result.rejected.length > 0 && <RejectedList problems={preview.result.rejected} rows={preview.result.summary.rejected} />}
      {!progress && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={imported === 0} onClick={props.onImport}>
            {imported > 0 ? `Import ${plural(imported, "opportunity", "opportunities")}` : "Import"}
          </Button>
          <Button onClick={props.onCancel}>Cancel</Button>
        </div>
      )}
    </section>
  );
}
