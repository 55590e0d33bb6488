/** A1-style addresses: parsing and formatting of rectangles on a sheet (0-based, inclusive). */
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]), row: null };
  const row = ROW.exec(text);
  if (row) return { column: null, row: Number(row[1]) - 1 };
  return null;
}

/** Splits "Sheet1!A1:B2" or "'My sheet'!A1" into the sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "A1:C3", "B:B" or "2:4" (no sheet part) into a rectangle. */
export function parseRect(local: string): Rect {
  const parts = local.split(":");
  const first = parts.length <= 2 ? parseCorner(parts[0]) : null;
  const second = parts.length === 2 ? parseCorner(parts[1]) : first;
  const bad = () => invalidArgument(`The argument is invalid or missing or has an incorrect format. (address "${local}")`, "Worksheet.getRange");
  if (!first || !second) throw bad();
  const wholeColumns = first.row === null && second.row === null;
  const wholeRows = first.column === null && second.column === null;
  if ((first.row === null || second.row === null) && !wholeColumns) throw bad();
  if ((first.column === null || second.column === null) && !wholeRows) throw bad();
  const r0 = wholeColumns ? 0 : Math.min(first.row as number, second.row as number);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(first.row as number, second.row as number);
  const c0 = wholeRows ? 0 : Math.min(first.column as number, second.column as number);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(first.column as number, second.column as number);
  if (r1 >= MAX_ROWS || c1 >= MAX_COLUMNS) throw bad();
  return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/** "A1" for one cell, "A1:C3" otherwise (Excel's `address` minus the sheet part). */
export function formatRect(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** Names Excel would read as a cell reference (A1 or R1C1 style), so a sheet prefix with one is quoted. */
export const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** Sheet names that are not plain identifiers are quoted, as Excel does: 'My sheet'!A1. */
export function qualify(sheetName: string, rect: Rect): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !CELL_LIKE.test(sheetName);
  const sheet = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${formatRect(rect)}`;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}
