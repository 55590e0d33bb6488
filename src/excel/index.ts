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
export { createExcelWorkbookWriter, writeWorkbook, REQUIRED_EXCEL_API } from "./writeWorkbook";
export type { ExcelWorkbookWriter, WorkbookWriteOptions, WorkbookWriterOptions, WrittenSheet } from "./writeWorkbook";
export { ExcelVersionError, SheetTooLargeError, WorkbookDescriptionError, WorkbookNameConflictError, WorkbookWriteError } from "./workbookErrors";
export { GENERATED_PROPERTY } from "./workbookInspection";
export { MAX_REQUESTS_PER_SHEET } from "./requestPlan";
export { WORKBOOK_RECOVERY_SYNCS } from "./recoverWorkbook";
export { columnWidthPoints } from "./columnWidth";
