/*
 * The dry run of the pane's import: the whole source through the import engine with the mapping
 * being edited, giving the counts, the first mapped rows and every rejected row before anything
 * is written. The commit (importDataCommit.ts) writes exactly what the preview computed.
 */
import { isBlankRow } from "../core/import/cells";
import type { OpportunityImport } from "../core/import/importTypes";
import { OpportunityImporter } from "../core/import/opportunityImporter";
import type { DataSet } from "../core/model/dataSet";
import type { Opportunity } from "../core/model/entities";
import type { Issue, Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import { DetectedLayout, detectLayout, importOptionsFor, isEdited, MappingDraft } from "./importDataMapping";
import type { ImportSource } from "./importDataSource";
import { cancelled, ImportControl, pauseAndCheck } from "./importDataTypes";

/** How many mapped rows the preview grid shows. */
export const PREVIEW_ROWS = 10;
/** Rows checked between two pauses: a few milliseconds of work, so the pane stays responsive. */
export const PREVIEW_CHUNK_ROWS = 2000;

export interface ImportPreview {
  sourceName: string;
  /** The layout the header was recognised as; null when none was. */
  detected: DetectedLayout | null;
  draft: MappingDraft;
  /** Whether the draft differs from its layout's own mapping. */
  edited: boolean;
  /** What keeps this mapping from importing anything (a required field without a column); empty when the dry run ran. */
  issues: Issue[];
  /** The dry run: the records an import would write, the rejected rows and the counts; null when `issues` stopped it. */
  result: OpportunityImport | null;
  /** The first mapped rows, for the preview grid. */
  sample: Opportunity[];
  /** The tables an import would replace, with their data rows; the workbook's other tables stay as they are. */
  tables: { tableName: string; rows: number }[];
}

/**
 * The record sets an import writes: the opportunities, and the accounts and reps the source names
 * (as `salesops import` writes accounts.csv and reps.csv only when the export names any).
 * @example importedDataSet(result) // { opportunities: [...], accounts: [...], reps: [...] }
 */
export function importedDataSet(result: OpportunityImport): Partial<DataSet> {
  const dataSet: Partial<DataSet> = { opportunities: result.opportunities };
  if (result.accounts.length > 0) dataSet.accounts = result.accounts;
  if (result.reps.length > 0) dataSet.reps = result.reps;
  return dataSet;
}

function tablesOf(result: OpportunityImport): ImportPreview["tables"] {
  const { opportunities, accounts, reps } = importedDataSet(result);
  return [
    { tableName: "Opportunities", rows: opportunities?.length ?? 0 },
    ...(accounts ? [{ tableName: "Accounts", rows: accounts.length }] : []),
    ...(reps ? [{ tableName: "Reps", rows: reps.length }] : []),
  ];
}

/**
 * Runs the import engine over every row of the source with `draft`'s mapping, in chunks of rows
 * with the control's pause and cancel check between them, and writes nothing. A mapping that
 * leaves a required field without a column is no failure: the preview carries the engine's issues
 * (the pane shows them beside the mapping) and no result. Cancelling returns a "cancelled" result.
 * @example
 * const source = await readImportSource(port, { kind: "csv", name: "deals.csv", text });
 * const layout = detectLayout(source.value.headers);
 * const preview = await previewImport(source.value, draftForPreset(source.value.headers, layout?.preset ?? null), settings);
 * // preview.value.result.summary → { rowsRead: 20, imported: 18, rejected: 2, … }; preview.value.result.rejected lists why
 */
export async function previewImport(source: ImportSource, draft: MappingDraft, settings: Settings, control: ImportControl = {}): Promise<Result<ImportPreview>> {
  if (control.signal?.aborted) return cancelled("The preview was stopped; nothing was written.");
  const base = { sourceName: source.name, detected: detectLayout(source.headers), draft, edited: isEdited(draft, source.headers) };
  const options = importOptionsFor(draft, source.headers, settings);
  const started = OpportunityImporter.start(source.rows[source.headerIndex], source.headerIndex + 1, options);
  if (!started.ok) return { ok: true, value: { ...base, issues: started.issues, result: null, sample: [], tables: [] } };
  const importer = started.value;
  const label = `Checking the rows of ${source.name}`;
  const first = source.headerIndex + 1;
  const total = source.rows.length - first;
  for (let start = first; start < source.rows.length; start += PREVIEW_CHUNK_ROWS) {
    const end = Math.min(source.rows.length, start + PREVIEW_CHUNK_ROWS);
    for (let i = start; i < end; i += 1) importer.add(source.rows[i]);
    control.onProgress?.({ step: "checking", label, done: end - first, total, unit: "rows", cancellable: true });
    if (end < source.rows.length && (await pauseAndCheck(control))) return cancelled("The preview was stopped; nothing was written.");
  }
  const result = importer.finish();
  // Blank rows above the header are skipped rows too, as importOpportunities counts them.
  result.summary.blankRowsSkipped += source.rows.slice(0, source.headerIndex).filter(isBlankRow).length;
  return { ok: true, value: { ...base, issues: [], result, sample: result.opportunities.slice(0, PREVIEW_ROWS), tables: tablesOf(result) } };
}
