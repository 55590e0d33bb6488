/*
 * The last step of the pane's import: the records the preview computed written as the canonical
 * tables, then read back into the session so the SALESOPS functions and the views see them.
 *
 * All or nothing, table by table and as a whole:
 * - Each table goes through the port's staged replacement: a table whose write fails keeps its
 *   previous version (src/excel/writeTables.ts), except when the swap failed past the old table's
 *   removal and was finished instead; the rollback then puts that table back too.
 * - Before the first write, a copy of every table the import replaces is read. When a later table
 *   fails, the tables this import already replaced get their copies back (a table that did not
 *   exist before is left empty), so Opportunities never disagrees with Accounts and Reps.
 * - Cancel is honoured until the first write starts: the workbook is then untouched. From the
 *   first write on the import completes (or, on a failure, is rolled back): a cancel during the
 *   write is "all", and the progress says so (`cancellable: false`).
 */
import type { OpportunityImport } from "../core/import/importTypes";
import type { CellValue } from "../core/model/canonicalFiles";
import { fail, Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import type { StageDefinition } from "../core/model/stageMap";
import { importedDataSet, ImportPreview } from "./importDataPreview";
import { cancelled, ImportControl, pauseAndCheck } from "./importDataTypes";
import { dataSetTables, LoadedTable } from "./loadSampleData";
import type { TableData, TableListingPort, WorkbookPort } from "./ports";
import { RefreshedData, refreshWorkbookData } from "./refreshData";

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

/** Writing stopped at `tableName`: the tables this import had replaced were put back (`restored`), or could not be (`notRestored`). */
export class ImportWriteError extends Error {
  override readonly name = "ImportWriteError";
  constructor(
    readonly tableName: string,
    readonly restored: readonly string[],
    readonly notRestored: readonly string[],
    override readonly cause: unknown,
  ) {
    super(`Writing the ${tableName} table failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** A table as it was before the import: its rows (null when it did not exist) and where it was. */
interface TableCopy {
  tableName: string;
  sheetName: string;
  rows: CellValue[][] | null;
}

/** The copy as a table to write back, each column keeping the number format the import gave it (dates stay dates). */
function restoration(copy: TableCopy, written: TableData): TableData {
  const rows = copy.rows ?? [written.rows[0]];
  const formats = new Map(written.rows[0].map((header, i) => [String(header), written.numberFormats?.[i] ?? null]));
  return { sheetName: copy.sheetName, tableName: copy.tableName, rows, numberFormats: rows[0].map((header) => formats.get(String(header)) ?? null) };
}

/**
 * Whether the table whose write failed holds the import's rows after all: the adapter's staged
 * replacement finishes a swap that failed after the old table's removal rather than lose both.
 * A table that cannot be read back is left alone (nothing suggests it changed).
 */
async function failedWriteLanded(port: WorkbookPort, copy: TableCopy): Promise<boolean> {
  let now: CellValue[][] | null;
  try {
    now = await port.readTable(copy.tableName);
  } catch {
    return false;
  }
  return JSON.stringify(now) !== JSON.stringify(copy.rows);
}

/** Puts back the tables already replaced, last first; returns the error that tells which were and which were not. */
async function rollBack(port: WorkbookPort, tables: readonly TableData[], failedIndex: number, copies: readonly TableCopy[], cause: unknown): Promise<ImportWriteError> {
  const restored: string[] = [];
  const notRestored: string[] = [];
  const landed = await failedWriteLanded(port, copies[failedIndex]);
  const written = tables.slice(0, landed ? failedIndex + 1 : failedIndex);
  for (let i = written.length - 1; i >= 0; i -= 1) {
    try {
      await port.writeTables([restoration(copies[i], written[i])]);
      restored.unshift(written[i].tableName);
    } catch {
      // The first failure is the one to report; which tables kept the import's rows is in notRestored.
      notRestored.unshift(written[i].tableName);
    }
  }
  return new ImportWriteError(tables[failedIndex].tableName, restored, notRestored, cause);
}

async function writeAll(port: WorkbookPort, tables: readonly TableData[], copies: readonly TableCopy[], control: ImportControl): Promise<LoadedTable[]> {
  const rowsTotal = tables.reduce((sum, table) => sum + table.rows.length - 1, 0);
  const loaded: LoadedTable[] = [];
  let before = 0;
  for (const [index, table] of tables.entries()) {
    const rows = table.rows.length - 1;
    const label = `Writing ${table.tableName} (table ${index + 1} of ${tables.length})`;
    const report = (done: number) => control.onProgress?.({ step: "writing", label, done: before + done, total: rowsTotal, unit: "rows", cancellable: false });
    report(0);
    try {
      // Whatever unit the port counts in, progress is shown in rows.
      await port.writeTables([table], (done, total) => report(total > 0 ? Math.min(rows, Math.round((rows * done) / total)) : 0));
    } catch (cause) {
      throw await rollBack(port, tables, index, copies, cause);
    }
    report(rows);
    before += rows;
    loaded.push({ sheetName: table.sheetName, tableName: table.tableName, rows });
  }
  return loaded;
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
  const untouched = `${preview.sourceName} was not imported; the workbook is unchanged.`;
  if (control.signal?.aborted) return cancelled(untouched);
  const tables = dataSetTables(importedDataSet(result));
  const sheets = new Map((await port.listTables()).map((table) => [table.name.toLowerCase(), table.sheet]));
  const copies: TableCopy[] = [];
  for (const [index, table] of tables.entries()) {
    control.onProgress?.({ step: "saving", label: `Keeping a copy of ${table.tableName}`, done: index, total: tables.length, unit: "tables", cancellable: true });
    const rows = await port.readTable(table.tableName);
    copies.push({ tableName: table.tableName, sheetName: sheets.get(table.tableName.toLowerCase()) ?? table.sheetName, rows });
    if (await pauseAndCheck(control)) return cancelled(untouched);
  }
  const written = await writeAll(port, tables, copies, control);
  const committed: ImportCommitted = { sourceName: preview.sourceName, tables: written, rejectedRows: result.summary.rejected, newStages: result.newStages, refreshed: null, refreshError: null };
  try {
    committed.refreshed = await refreshWorkbookData(port, settings, {
      pause: control.pause,
      onProgress: (p) => control.onProgress?.({ step: "refreshing", label: `Reading ${p.tableName} back (table ${p.table} of ${p.tables})`, done: p.table - 1, total: p.tables, unit: "tables", cancellable: false }),
    });
  } catch (error) {
    // The import is in the workbook: a failed read-back is reported with it, not as a failed import.
    committed.refreshError = error;
  }
  return { ok: true, value: committed };
}
