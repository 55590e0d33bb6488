import type { CellValue } from "../core/model/canonicalFiles";

/** Lays rows out as aligned text columns for a terminal; numbers right-aligned. */
export function formatTextTable(rows: readonly (readonly CellValue[])[]): string {
  const text = rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
  const widths: number[] = [];
  for (const row of text) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return text
    .map((row, rowIndex) =>
      row
        .map((cell, index) => (rowIndex > 0 && typeof rows[rowIndex][index] === "number" ? cell.padStart(widths[index]) : cell.padEnd(widths[index])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")
    .concat("\n");
}
