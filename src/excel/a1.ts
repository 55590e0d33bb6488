/** A1 addresses for the ranges the adapters write (0-based row and column indexes). */
import { columnIndex, columnLetters } from "../workbook/a1";

export { columnLetters };

/** "A1:N50001" for a block starting at (row, column). */
export function blockAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  return `${columnLetters(column)}${row + 1}:${columnLetters(column + columnCount - 1)}${row + rowCount}`;
}

/** The part of "Sheet1!A1:C3" after the sheet name. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

export interface Block {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Parses the "A1" or "A1:C3" part of an address Excel returned (sheet part and $ signs ignored). */
export function parseBlock(address: string): Block {
  const [first, second = first] = localAddress(address).replace(/\$/g, "").split(":");
  const corner = (text: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(text);
    if (!match) throw new Error(`Unexpected cell address "${text}" from Excel.`);
    return { column: columnIndex(match[1]), row: Number(match[2]) - 1 };
  };
  const a = corner(first);
  const b = corner(second);
  return { row: a.row, column: a.column, rowCount: b.row - a.row + 1, columnCount: b.column - a.column + 1 };
}

export function blockContains(outer: Block, inner: Block): boolean {
  return inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rowCount <= outer.row + outer.rowCount && inner.column + inner.columnCount <= outer.column + outer.columnCount;
}
