/**
 * Queues a block's cells, number formats and styles on a sheet (no sync here: requestPlan.ts
 * decides which request carries what).
 */
import type { CellStyle } from "../workbook/description";
import type { BlockPlan } from "./blockPlan";
import type { KeyedRect } from "./cellRects";

/** Office.js applies a single (non-array) value to every cell of a range; @types/office-js types these properties as 2-D only. */
function setUniform(range: Excel.Range, property: "numberFormat", value: string): void {
  (range as unknown as Record<string, string>)[property] = value;
}

const rangeOf = (sheet: Excel.Worksheet, block: BlockPlan, rect: KeyedRect) => sheet.getRangeByIndexes(block.row + rect.row, block.column + rect.column, rect.rowCount, rect.columnCount);

/**
 * Rows `start` to `start + count` of the block, in one write: `formulas` when the block holds any
 * (constants go through it unchanged), `values` otherwise; with the number formats when they travel as a grid.
 * @example queueCells(sheet, planBlock("S", { at: "A1", rows: [["a", 1]] }, (f) => f)!, 0, 1)
 */
export function queueCells(sheet: Excel.Worksheet, block: BlockPlan, start: number, count: number): void {
  const range = sheet.getRangeByIndexes(block.row + start, block.column, count, block.columnCount);
  const rows = block.inputs.slice(start, start + count);
  if (block.useFormulas) range.formulas = rows;
  else range.values = rows;
  // null entries leave a cell's format as it is (Office.js: null in a 2-D input changes nothing).
  if (block.formatGrid) range.numberFormat = block.formatGrid.slice(start, start + count);
}

/** One number format over a rectangle of the block. */
export function queueNumberFormat(sheet: Excel.Worksheet, block: BlockPlan, rect: KeyedRect): void {
  setUniform(rangeOf(sheet, block, rect), "numberFormat", rect.key);
}

/**
 * A cell style over a rectangle of the block. Borders go on the rectangle's top or bottom edge,
 * which is each cell's own edge because blockPlan.ts never stacks rows that carry borders.
 */
export function queueStyle(sheet: Excel.Worksheet, block: BlockPlan, rect: KeyedRect, style: CellStyle): void {
  const format = rangeOf(sheet, block, rect).format;
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    const font = format.font;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = style.fontColor;
  }
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  // ExcelApi 1.9.
  if (style.indentLevel !== undefined) format.indentLevel = style.indentLevel;
  for (const [edge, weight] of [["EdgeTop", style.borderTop], ["EdgeBottom", style.borderBottom]] as const) {
    if (!weight) continue;
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = weight;
  }
}
