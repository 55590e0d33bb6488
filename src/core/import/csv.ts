import Papa from "papaparse";
import type { CellValue } from "../model/canonicalFiles";

/**
 * Parses CSV text into rows of strings (RFC 4180 quoting, any line ending, a leading BOM dropped).
 * Blank lines are skipped; every other row is kept as is, so row numbers stay traceable.
 * @example parseCsv('id,amount\n1,"1,200"\n') // [["id", "amount"], ["1", "1,200"]]
 */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  return result.data;
}

/**
 * Writes rows as CSV with `\n` line endings; numbers keep full precision, null becomes empty.
 * @example toCsv([["id", "amount"], ["1", 1200.5]]) // "id,amount\n1,1200.5\n"
 */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  if (rows.length === 0) return "";
  const text = Papa.unparse(
    rows.map((row) => row.map((cell) => (cell === null ? "" : cell))),
    { newline: "\n", quotes: false },
  );
  return `${text}\n`;
}
