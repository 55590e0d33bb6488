import type { CellValue, ProgressListener, TableData } from "../workbook/tableData";

export type { ProgressListener, TableData };

/** What the use cases need from a workbook; the Office.js adapter and the test host both provide it. */
export interface WorkbookPort {
  /** Writes each table, replacing a table of the same name; the user's other sheets are untouched. */
  writeTables(tables: readonly TableData[], onProgress?: ProgressListener): Promise<void>;
  /** The header row and data rows of a table, or null when the workbook has no such table. */
  readTable(tableName: string): Promise<CellValue[][] | null>;
}
