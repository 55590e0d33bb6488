/**
 * The app's workbook port over Office.js: each operation runs in its own `Excel.run` batch.
 * Structurally a `WorkbookPort` and a `TableListingPort` (src/app/ports.ts), which the entry points
 * pass to the use cases.
 */
import type { CellValue } from "../core/model/canonicalFiles";
import { listWorkbookTables, WorkbookTableSummary } from "./listTables";
import { readTableRows } from "./readTable";
import type { ExcelRunner, TableToWrite, WriteProgress } from "./types";
import { writeTables } from "./writeTables";

export interface ExcelWorkbookPort {
  writeTables(tables: readonly TableToWrite[], onProgress?: WriteProgress): Promise<void>;
  readTable(tableName: string): Promise<CellValue[][] | null>;
  listTables(): Promise<WorkbookTableSummary[]>;
}

/**
 * @example const port = createExcelWorkbookPort((batch) => Excel.run(batch));
 */
export function createExcelWorkbookPort(run: ExcelRunner): ExcelWorkbookPort {
  return {
    writeTables: (tables, onProgress) => run((context) => writeTables(context, tables, onProgress)),
    readTable: (tableName) => run((context) => readTableRows(context, tableName)),
    listTables: () => run((context) => listWorkbookTables(context)),
  };
}
