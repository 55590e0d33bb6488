import type { CellValue } from "../core/model/canonicalFiles";

/** One Excel table to write: a header row followed by data rows, on its own sheet. */
export interface TableData {
  sheetName: string;
  tableName: string;
  /** Header row first. */
  rows: CellValue[][];
  /** One Excel number format per column (e.g. "yyyy-mm-dd", "#,##0.00", "@"); null leaves General. */
  numberFormats?: (string | null)[];
}

/** Progress of a long operation, for a progress bar with counts. */
export type ProgressListener = (done: number, total: number, label: string) => void;

/** What the use cases need from a workbook; the Office.js adapter and the test host both provide it. */
export interface WorkbookPort {
  /** Writes each table, replacing a table of the same name; the user's other sheets are untouched. */
  writeTables(tables: readonly TableData[], onProgress?: ProgressListener): Promise<void>;
  /** The header row and data rows of a table, or null when the workbook has no such table. */
  readTable(tableName: string): Promise<CellValue[][] | null>;
}
