/**
 * The part of a description ExcelJS can write itself: sheets, cells, formats, styles, tables,
 * conditional formats, views, print setup, widths and the active tab. Charts and defined names are
 * added to the package afterwards (./package, ./charts).
 */
import ExcelJS from "exceljs";
import { storedColumnWidth } from "../workbook/columnWidth";
import type { SheetDescription, WorkbookDescription } from "../workbook/description";
import { addConditionalFormats } from "./conditionalFormats";
import { worksheetOptions } from "./sheetOptions";
import { validateDescription } from "./validateDescription";
import { writeBlock } from "./writeBlock";

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetDescription, selected: boolean): void {
  const worksheet = workbook.addWorksheet(sheet.name, worksheetOptions(sheet, selected));
  for (const block of sheet.blocks) writeBlock(worksheet, sheet.name, block);
  // ExcelJS stores `width` as given, so it gets the stored width, padding included.
  for (const { column, width } of sheet.columnWidths ?? []) worksheet.getColumn(column + 1).width = storedColumnWidth(width);
  addConditionalFormats(worksheet, sheet.name, sheet.conditionalFormats ?? []);
}

/** The sheet that opens: the one named, else the first visible one. */
function activeIndex(description: WorkbookDescription): number {
  const named = description.sheets.findIndex((sheet) => sheet.name === description.activeSheet);
  return named >= 0 ? named : description.sheets.findIndex((sheet) => !sheet.hidden);
}

/**
 * @example const workbook = buildWorkbook({ sheets: [{ name: "Summary", blocks: [{ at: "A1", rows: [["Total", 42]] }] }] });
 */
export function buildWorkbook(description: WorkbookDescription): ExcelJS.Workbook {
  validateDescription(description);
  const workbook = new ExcelJS.Workbook();
  const active = activeIndex(description);
  description.sheets.forEach((sheet, index) => writeSheet(workbook, sheet, index === active));
  // firstSheet is the tab the tab bar scrolls to first: the first visible one.
  const firstVisible = description.sheets.findIndex((sheet) => !sheet.hidden);
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 17600, firstSheet: firstVisible, activeTab: active, visibility: "visible" }];
  return workbook;
}
