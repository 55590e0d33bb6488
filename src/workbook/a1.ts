/** A1 addresses for workbook descriptions: 0-based row and column indexes in, Excel's text out. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** cellAddress(3, 1) → "B4". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** rangeAddress(0, 0, 2, 3) → "A1:C2"; a single cell is its own address. */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const first = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** "$B$4" for formulas that must not shift when copied. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetters(column)}$${row + 1}`;
}

/** The row and column of "B4" (or "$B$4"). Throws on anything else: addresses come from our own builders. */
export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`"${address}" is not a cell address such as B4.`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** The rectangle of "B4:F20" (or a single cell). */
export function parseRangeAddress(address: string): { row: number; column: number; rowCount: number; columnCount: number } {
  const [first, second = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  return { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column), rowCount: Math.abs(b.row - a.row) + 1, columnCount: Math.abs(b.column - a.column) + 1 };
}

/**
 * A sheet name as formulas need it: quoted unless it is plain letters, digits and underscores that
 * cannot be read as a reference ("FY27", "Q1" and "R1C1" look like cells, so they are quoted too).
 * @example quoteSheetName("QBR Summary") // "'QBR Summary'"
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
