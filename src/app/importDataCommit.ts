/*
 * The last step of the pane's import: the records the preview computed written as the canonical
 * tables, then read back into the session so the SALESOPS functions and the views see them.
 *
 * All or nothing, table by table and as a whole (replaceTables.ts): cancel is honoured until the
 * first write starts; from then on the import completes or is rolled back, and the progress says
 * so (`cancellable: false`).
 */
import type { OpportunityImport } from "../core/import/importTypes";
import { fail, Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import type { StageDefinition } from "../core/model/stageMap";
import { importedDataSet, ImportPreview } from "./importDataPreview";
import type { ImportControl } from "./importDataTypes";
import { dataSetTables, LoadedTable } from "./loadSampleData";
import type { TableListingPort, WorkbookPort } from "./ports";
import { readBackAfterWrite, type RefreshedData } from "./refreshData";
import { replaceTablesAllOrNothing } from "./replaceTables";

export { ImportWriteError } from "./replaceTables";

export interface ImportCommitted {
  sourceName: string;
  /** The tables written, in order, with their data rows. */
  tables: LoadedTable[];
  /** Rows of the source left out, as the preview listed them. */
  rejectedRows: number;
  /** Stages kept from the source that the settings' stage map lacks. */
  newStages: StageDefinition[];
  /** The workbook's data as the session now has it; null when reading it back failed. */
  refreshed: RefreshedData | null;
  /** Why reading the workbook back failed after a complete write (the pane then asks for a Refresh); null otherwise. */
  refreshError: unknown;
}

const nothingToImport = (preview: ImportPreview): Result<ImportCommitted> =>
  fail(
    "nothing_to_import",
    [preview.sourceName],
    `No row of ${preview.sourceName} can be imported with this mapping, so nothing was written: map the required fields or fix the rejected rows, then import again.`,
  );

/**
 * Writes what `preview` computed (its opportunities, and the accounts and reps the source names)
 * as the canonical tables, then reads the workbook back into the session. See the file comment
 * for what a failure or a cancel leaves. A failed write throws ImportWriteError after the rollback.
 * @example
 * const committed = await commitImport(port, preview, getSettings(), { signal, onProgress });
 * // committed.ok && committed.value.tables → [{ tableName: "Opportunities", rows: 18, … }, { tableName: "Accounts", … }, …]
 */
export async function commitImport(port: WorkbookPort & TableListingPort, preview: ImportPreview, settings: Settings, control: ImportControl = {}): Promise<Result<ImportCommitted>> {
  const result: OpportunityImport | null = preview.result;
  if (!result || result.opportunities.length === 0) return nothingToImport(preview);
  const replaced = await replaceTablesAllOrNothing(port, dataSetTables(importedDataSet(result)), control, `${preview.sourceName} was not imported; the workbook is unchanged.`);
  if (!replaced.ok) return replaced;
  const written = replaced.value;
  const committed: ImportCommitted = { sourceName: preview.sourceName, tables: written, rejectedRows: result.summary.rejected, newStages: result.newStages, ...(await readBackAfterWrite(port, settings, control)) };
  return { ok: true, value: committed };
}
