/*
 * Replacing several canonical tables as one change: all of them or none.
 * - Each table goes through the port's staged replacement: a table whose write fails keeps its
 *   previous version (src/excel/writeTables.ts), except when the swap failed past the old table's
 *   removal and was finished instead; the rollback then puts that table back too.
 * - Before the first write, a copy of every table to replace is read. When a later table fails,
 *   the tables already replaced get their copies back (a table that did not exist before is left
 *   empty), so Opportunities never disagrees with Accounts and Reps.
 * - Cancel is honoured until the first write starts: the workbook is then untouched. From the
 *   first write on the change completes (or, on a failure, is rolled back).
 * Used by the pane's import and by the Salesforce pull.
 */
import type { CellValue } from "../core/model/canonicalFiles";
import { cancelled, ImportControl, pauseAndCheck } from "./importDataTypes";
import type { LoadedTable } from "./loadSampleData";
import type { Result } from "../core/model/result";
import type { TableData, TableListingPort, WorkbookPort } from "./ports";

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

/**
 * Replaces `tables` in the workbook all or nothing (see the file comment). `untouched` words the
 * cancelled result ("deals.csv was not imported; the workbook is unchanged."). A failed write
 * throws ImportWriteError after the rollback.
 * @example const written = await replaceTablesAllOrNothing(port, dataSetTables(dataSet), control, "Nothing was written.");
 */
export async function replaceTablesAllOrNothing(port: WorkbookPort & TableListingPort, tables: readonly TableData[], control: ImportControl, untouched: string): Promise<Result<LoadedTable[]>> {
  if (control.signal?.aborted) return cancelled(untouched);
  const sheets = new Map((await port.listTables()).map((table) => [table.name.toLowerCase(), table.sheet]));
  const copies: TableCopy[] = [];
  for (const [index, table] of tables.entries()) {
    control.onProgress?.({ step: "saving", label: `Keeping a copy of ${table.tableName}`, done: index, total: tables.length, unit: "tables", cancellable: true });
    const rows = await port.readTable(table.tableName);
    copies.push({ tableName: table.tableName, sheetName: sheets.get(table.tableName.toLowerCase()) ?? table.sheetName, rows });
    if (await pauseAndCheck(control)) return cancelled(untouched);
  }
  return { ok: true, value: await writeAll(port, tables, copies, control) };
}
