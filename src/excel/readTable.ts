/** Reads an Excel table or a sheet's used range into rows for import (header row first). */
import type { CellValue } from "../core/model/canonicalFiles";
import { readRangeInChunks } from "./readRows";

/**
 * The header row and data rows of the table named `tableName`, or null when the workbook has none.
 * @example await readTableRows(context, "Opportunities") // [["id", "name", …], ["O-1", "Renewal", …], …]
 */
export async function readTableRows(context: Excel.RequestContext, tableName: string): Promise<CellValue[][] | null> {
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getRange().load("rowCount,columnCount");
  await context.sync();
  return readRangeInChunks(context, range, range.rowCount, range.columnCount);
}

/**
 * The used cells (with values) of the sheet named `sheetName` as rows, [] for an empty sheet,
 * or null when there is no such sheet.
 */
export async function readUsedRangeRows(context: Excel.RequestContext, sheetName: string): Promise<CellValue[][] | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true).load("rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return [];
  return readRangeInChunks(context, used, used.rowCount, used.columnCount);
}
