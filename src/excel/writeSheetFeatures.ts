/**
 * Queues what a generated sheet has besides its blocks' cells: the sheet itself (added hidden under
 * its temporary name, marked as SalesOps', with its tab colour and gridlines), its tables, and its
 * sheet-wide features (conditional formats, charts, frozen panes, column widths, print setup).
 *
 * Requirement sets: worksheet custom properties ExcelApi 1.12 (the highest the writer needs, checked
 * by writeWorkbook.ts), page layout 1.9, gridlines 1.8, tab colour and frozen panes 1.7,
 * conditional formats 1.6, tables and charts 1.1.
 */
import { rangeAddress } from "../workbook/a1";
import type { SheetDescription } from "../workbook/description";
import type { BlockPlan } from "./blockPlan";
import { columnWidthPoints } from "./columnWidth";
import { GENERATED_PROPERTY, generatedMark } from "./workbookInspection";
import type { SheetTarget, TableTarget } from "./workbookTargets";
import { queueChart } from "./writeCharts";

/**
 * @example const sheet = queueAddSheet(context, { requested: "Summary", temporary: "SalesOps new 1", final: "Summary", description })
 */
export function queueAddSheet(context: Excel.RequestContext, target: SheetTarget): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(target.temporary);
  // The user never sees a half-built sheet; finishWorkbook.ts shows it once every sheet is complete.
  sheet.visibility = "Hidden";
  sheet.customProperties.add(GENERATED_PROPERTY, generatedMark({ requested: target.requested, name: target.final }));
  const { tabColor, showGridlines } = target.description;
  if (tabColor !== undefined) sheet.tabColor = tabColor;
  if (showGridlines !== undefined) sheet.showGridlines = showGridlines;
  // Kept so recovery and the last request find this very sheet whatever its name by then.
  sheet.load("id");
  return sheet;
}

/**
 * The table over the block's rectangle, created before the block's cells are written so formulas
 * anywhere in the description can name it; the cells written later fill in its header and rows.
 * A Range rather than an address: an address without a sheet means the active sheet to Excel.
 */
export function queueTable(sheet: Excel.Worksheet, block: BlockPlan, target: TableTarget): void {
  const table = sheet.tables.add(sheet.getRangeByIndexes(block.row, block.column, Math.max(block.rowCount, 2), block.columnCount), true);
  table.name = target.temporary;
  if (block.table?.style !== undefined) table.style = block.table.style;
  if (block.table?.showBandedRows !== undefined) table.showBandedRows = block.table.showBandedRows;
}

function queueConditionalFormats(sheet: Excel.Worksheet, description: SheetDescription, rewrite: (formula: string) => string): void {
  // A number or a formula in the description; Excel takes either as a formula.
  const formula = (text: string) => (text.startsWith("=") ? rewrite(text) : `=${text}`);
  for (const rule of description.conditionalFormats ?? []) {
    const format = sheet.getRange(rule.range).conditionalFormats.add("CellValue").cellValue;
    format.rule = { operator: rule.operator, formula1: formula(rule.formula1), ...(rule.formula2 !== undefined ? { formula2: formula(rule.formula2) } : {}) };
    if (rule.fill !== undefined) format.format.fill.color = rule.fill;
    if (rule.fontColor !== undefined) format.format.font.color = rule.fontColor;
  }
}

function queuePrint(sheet: Excel.Worksheet, print: NonNullable<SheetDescription["print"]>): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation;
  // One page wide, as many tall as needed (0 pages is "automatic", as in the file format's fitToHeight).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const match = print.titleRows ? /^\$?(\d+):\$?(\d+)$/.exec(print.titleRows) : null;
  // The title rows must be whole rows of the sheet itself: a Range of it, not an address Excel could read on another sheet.
  if (match) layout.setPrintTitleRows(sheet.getRange(`${match[1]}:${match[2]}`));
}

/** Conditional formats, charts, frozen panes, column widths and print setup, after the sheet's cells. */
export function queueSheetFeatures(sheet: Excel.Worksheet, description: SheetDescription, rewrite: (formula: string) => string): void {
  queueConditionalFormats(sheet, description, rewrite);
  for (const chart of description.charts ?? []) queueChart(sheet, chart);
  const rows = description.freeze?.rows ?? 0;
  const columns = description.freeze?.columns ?? 0;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(0, 0, rows, columns)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  for (const { column, width } of description.columnWidths ?? []) sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  if (description.print) queuePrint(sheet, description.print);
}
