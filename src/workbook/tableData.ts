/**
 * Plain data about workbook tables, shared by the use cases (src/app) and the adapters that write
 * them (src/excel, later src/xlsx): both may import this folder, so neither mirrors the other.
 */

/** A cell as it travels between files, tables and the engine. */
export type CellValue = string | number | boolean | null;

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
