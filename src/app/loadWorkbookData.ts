import { openCanonicalReader } from "../core/import/canonicalReader";
import type { CanonicalFile } from "../core/model/canonicalFiles";
import { CANONICAL_RECORD_SETS, DataSet } from "../core/model/dataSet";
import type { Issue } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import type { WorkbookPort } from "./ports";

/** Rows parsed between two pauses: about 40 ms of work on a 2-core machine. */
const ROWS_PER_SLICE = 1500;

/** Which table is being read, for a "Reading Opportunities (1 of 7)" label. */
export interface WorkbookReadProgress {
  /** 1-based. */
  table: number;
  tables: number;
  tableName: string;
}

export interface LoadWorkbookDataOptions {
  onProgress?: (progress: WorkbookReadProgress) => void;
  /**
   * Awaited before each table is read and parsed. Parsing a large table takes a while on the pane's
   * one thread; a surface passes a pause that lets it repaint (the spinner, "table 3 of 7") between
   * tables. A port whose reads resolve at once (in memory) would otherwise never give it the chance.
   */
  pause?: () => Promise<void>;
}

export interface WorkbookData {
  /** Every record set; a table the workbook lacks is an empty one. */
  dataSet: DataSet;
  /** Missing tables that matter and every rejected row, naming the table, row and column. */
  issues: Issue[];
}

/**
 * Reads the canonical tables (Opportunities, Accounts, Reps, Quotas, Territories, FxRates, Snapshots)
 * back from the workbook, the same way an import reads them, so what "Load sample data" or an import
 * wrote is what the forecast works on. Tables are read one at a time (each is its own request), with
 * the surface's pause between them.
 * @example const { dataSet, issues } = await loadWorkbookData(port, getSettings());
 */
export async function loadWorkbookData(port: WorkbookPort, settings: Settings, options: LoadWorkbookDataOptions = {}): Promise<WorkbookData> {
  const { onProgress, pause } = options;
  const dataSet: DataSet = { settings, opportunities: [], accounts: [], reps: [], quotas: [], territories: [], fxRates: [], snapshots: [] };
  const issues: Issue[] = [];
  for (const [index, { name, file }] of CANONICAL_RECORD_SETS.entries()) {
    onProgress?.({ table: index + 1, tables: CANONICAL_RECORD_SETS.length, tableName: file.tableName });
    await pause?.();
    const rows = await port.readTable(file.tableName);
    if (rows === null) {
      // Without deals there is nothing to forecast; the other tables only refine the figures.
      if (name === "opportunities") {
        issues.push({ code: "missing_table", path: [file.tableName], message: `The workbook has no ${file.tableName} table. Load sample data or import first.` });
      }
      continue;
    }
    const reader = openCanonicalReader(file as CanonicalFile<unknown>, rows, { stageMap: settings.stageMap });
    if (!reader.ok) {
      issues.push(...reader.issues.map((issue) => ({ ...issue, path: [file.tableName, ...issue.path.slice(1)], message: `${file.tableName} table: ${issue.message}` })));
      continue;
    }
    // Parsing runs about 30 µs a row: slices keep each task short enough for the pane to repaint and take clicks.
    for (let from = reader.value.firstDataRow; from < rows.length; from += ROWS_PER_SLICE) {
      reader.value.readRows(from, from + ROWS_PER_SLICE);
      if (from + ROWS_PER_SLICE < rows.length) await pause?.();
    }
    const read = reader.value.finish();
    (dataSet as unknown as Record<string, unknown[]>)[name] = read.records;
    for (const problem of read.rejected) {
      issues.push({
        code: problem.code,
        path: [file.tableName, problem.row, problem.column],
        message: `${file.tableName} row ${problem.row}, column ${problem.column}${problem.value === "" ? "" : ` ("${problem.value}")`}: ${problem.reason}. The row is left out until it is fixed.`,
      });
    }
  }
  return { dataSet, issues };
}
