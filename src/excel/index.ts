/** Office.js adapters: the only code that calls the Excel JavaScript API. */
export { createExcelWorkbookPort } from "./workbookPort";
export type { ExcelWorkbookPort } from "./workbookPort";
export { readTableRows, readUsedRangeRows } from "./readTable";
export { writeTables, syncsForTableWrite, TABLE_STYLE } from "./writeTables";
export { WorkbookConflictError } from "./errors";
export { RECOVERY_SYNCS } from "./recoverWrite";
export { TableShapeError, planTableWrite } from "./tableWritePlan";
export { RowTooLargeError, SYNC_PAYLOAD_BUDGET_BYTES, planRowChunks } from "./payloadBudget";
export type { ExcelRunner, TableToWrite, WriteProgress } from "./types";
