/**
 * One block of cells onto a worksheet: values and formulas, number formats (the block's column
 * formats under its header rows, a cell's own format over them) and styles; a table block also
 * becomes an Excel table.
 */
import type ExcelJS from "exceljs";
import { parseCellAddress, cellAddress } from "../workbook/a1";
import { isCellDescription, type BlockDescription, type CellDescription, type CellEntry } from "../workbook/description";
import { xlsxCellValue } from "./cellValue";
import { xlsxStyle } from "./cellStyle";
import { addTable } from "./writeTable";
import { XlsxDescriptionError } from "./errors";

const asDescription = (entry: CellEntry | undefined): CellDescription | undefined =>
  entry === undefined || entry === null ? undefined : isCellDescription(entry) ? entry : { value: entry };

/** The block's width: its longest row (rows may be ragged; missing entries are empty cells). */
const blockWidth = (block: BlockDescription): number => block.rows.reduce((width, row) => Math.max(width, row.length), 0);

const blockHeaderRows = (block: BlockDescription): number => block.headerRows ?? (block.table ? 1 : 0);

/**
 * Writes the block's cells (and its table) onto the worksheet. Empty entries are left empty but
 * still get their column's number format, as a format applied to the whole range would give them.
 *
 * @example writeBlock(worksheet, "Summary", { at: "B2", rows: [["Region", "Amount"], ["NA", 100]], columnFormats: [null, "#,##0"], headerRows: 1 })
 */
export function writeBlock(worksheet: ExcelJS.Worksheet, sheetName: string, block: BlockDescription): void {
  const origin = parseCellAddress(block.at);
  const width = blockWidth(block);
  const headerRows = blockHeaderRows(block);
  const tableName = block.table?.name;
  const values: ExcelJS.CellValue[][] = block.rows.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = asDescription(row[c]);
      const path = `${sheetName}!${cellAddress(origin.row + r, origin.column + c)}`;
      if (!cell) return null;
      // Table headers are the column names: Excel needs them as text, never formulas.
      if (tableName && r === 0) {
        if (cell.formula !== undefined) throw new XlsxDescriptionError(path, `the header of table ${tableName} cannot be a formula.`);
        return cell.value === null || cell.value === undefined ? null : String(cell.value);
      }
      return xlsxCellValue(cell, { path, tableName });
    }),
  );
  if (block.table) addTable(worksheet, block.table, origin, values, `${sheetName}!${block.at}`);
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const entry = asDescription(block.rows[r][c]);
      const format = entry?.numberFormat ?? (r >= headerRows ? block.columnFormats?.[c] : null) ?? null;
      if (value === null && format === null && !entry?.style) return;
      const target = worksheet.getCell(origin.row + r + 1, origin.column + c + 1);
      target.value = value;
      if (format !== null) target.numFmt = format;
      if (entry?.style) Object.assign(target, xlsxStyle(entry.style, `${sheetName}!${cellAddress(origin.row + r, origin.column + c)}`));
    }),
  );
}
