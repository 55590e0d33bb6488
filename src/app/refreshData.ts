/*
 * "Refresh" in the Data view: the canonical tables read again from the workbook into the session
 * the custom functions and the other views share, after the user edited them in Excel.
 */
import { CANONICAL_RECORD_SETS, DataSet } from "../core/model/dataSet";
import type { Issue } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import { loadWorkbookData, LoadWorkbookDataOptions } from "./loadWorkbookData";
import type { ImportControl } from "./importDataTypes";
import type { WorkbookPort } from "./ports";
import { setWorkbookData } from "./sessionState";

export interface RefreshedData {
  dataSet: DataSet;
  /** A missing Opportunities table and every row left out, naming the table, row and column. */
  issues: Issue[];
  /** Each canonical table with the records read from it (0 for a table the workbook lacks). */
  tables: { tableName: string; records: number }[];
}

/**
 * Reads the canonical tables as loadWorkbookData does and makes them the session's data, so the
 * SALESOPS functions and every view work on what the workbook holds now. The plans in force stay
 * (a data refresh does not change who is on which plan). Rows that fail their checks are left out
 * and listed in the issues.
 * @example const { tables, issues } = await refreshWorkbookData(port, getSettings(), { onProgress, pause });
 */
export async function refreshWorkbookData(port: WorkbookPort, settings: Settings, options: LoadWorkbookDataOptions = {}): Promise<RefreshedData> {
  const { dataSet, issues } = await loadWorkbookData(port, settings, options);
  setWorkbookData(dataSet);
  const tables = CANONICAL_RECORD_SETS.map(({ name, file }) => ({ tableName: file.tableName, records: dataSet[name].length }));
  return { dataSet, issues, tables };
}

/** The session's refresh after a change was written: the data read back, or why that failed. */
export interface ReadBack {
  refreshed: RefreshedData | null;
  /** Why reading the workbook back failed after a complete write (the pane then asks for a Refresh); null otherwise. */
  refreshError: unknown;
}

/**
 * Reads the workbook back into the session after an import or a pull wrote it, reporting each table
 * as a "refreshing" step that can no longer be cancelled. The change is in the workbook by then, so
 * a failed read-back is returned beside it, not thrown as a failed change.
 * @example const { refreshed, refreshError } = await readBackAfterWrite(port, settings, control);
 */
export async function readBackAfterWrite(port: WorkbookPort, settings: Settings, control: Pick<ImportControl, "pause" | "onProgress">): Promise<ReadBack> {
  try {
    const refreshed = await refreshWorkbookData(port, settings, {
      pause: control.pause,
      onProgress: (p) => control.onProgress?.({ step: "refreshing", label: `Reading ${p.tableName} back (table ${p.table} of ${p.tables})`, done: p.table - 1, total: p.tables, unit: "tables", cancellable: false }),
    });
    return { refreshed, refreshError: null };
  } catch (error) {
    return { refreshed: null, refreshError: error };
  }
}
