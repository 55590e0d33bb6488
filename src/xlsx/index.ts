/** ExcelJS adapter: a workbook description rendered to .xlsx (see ../workbook/description.ts). */
export { writeWorkbookXlsx } from "./writeWorkbookXlsx";
export { writeWorkbookXlsxFile } from "./writeWorkbookXlsxFile";
export { prefixFutureFunctions, FUTURE_FUNCTION_PREFIXES } from "./formulas/futureFunctions";
export { XlsxDescriptionError } from "./errors";
