/**
 * What a sheet's cells hold according to its description, looked up by position: charts cache the
 * values (and number formats) of their source cells, which may come from any block on the sheet.
 */
import { parseCellAddress } from "../../workbook/a1";
import { isCellDescription, type BlockDescription, type CellEntry, type SheetDescription, type ScalarValue } from "../../workbook/description";

export interface SheetCell {
  /** A constant, or a formula's cached result. */
  value: ScalarValue;
  /** The cell's own format, else its block's column format below the header rows. */
  numberFormat: string | null;
}

export type CellLookup = (row: number, column: number) => SheetCell;

/** Wider than Excel's 16,384 columns, so row and column pack into one number. */
const ROW_STRIDE = 1 << 15;

const EMPTY: SheetCell = { value: null, numberFormat: null };

function sheetCell(entry: CellEntry, block: BlockDescription, row: number, column: number): SheetCell {
  const headerRows = block.headerRows ?? (block.table ? 1 : 0);
  const columnFormat = row >= headerRows ? (block.columnFormats?.[column] ?? null) : null;
  if (!isCellDescription(entry)) return { value: entry, numberFormat: columnFormat };
  const value = entry.formula !== undefined ? (entry.result ?? null) : (entry.value ?? null);
  return { value, numberFormat: entry.numberFormat ?? columnFormat };
}

/**
 * Later blocks win where blocks overlap, as they overwrite earlier ones when written.
 *
 * @example sheetCellLookup({ name: "S", blocks: [{ at: "B2", rows: [[1, { formula: "=B2*2", result: 2 }]] }] })(1, 2).value // 2
 */
export function sheetCellLookup(sheet: SheetDescription): CellLookup {
  const cells = new Map<number, SheetCell>();
  for (const block of sheet.blocks) {
    const origin = parseCellAddress(block.at);
    block.rows.forEach((row, r) => row.forEach((entry, c) => cells.set((origin.row + r) * ROW_STRIDE + origin.column + c, sheetCell(entry, block, r, c))));
  }
  return (row, column) => cells.get(row * ROW_STRIDE + column) ?? EMPTY;
}
