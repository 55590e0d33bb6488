import type { CellValue } from "../model/canonicalFiles";
import { cellText } from "./cells";

/**
 * The key a header is matched by: lower case, letters and digits only, so "Probability (%)",
 * "probability" and "PROBABILITY" match and "close_date" matches "Close Date".
 * @example normalizeHeader("Probability (%)") // "probability"
 */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * The header row as column names: blank headers are named by their position ("column 7") and
 * repeated names get " (2)", " (3)" so every source column can be kept and reported by a unique name.
 * @example headerNames(["Amount", "", "Amount"]) // ["Amount", "column 2", "Amount (2)"]
 */
export function headerNames(row: readonly CellValue[]): string[] {
  const seen = new Map<string, number>();
  return row.map((cell, index) => {
    const base = cellText(cell) || `column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
