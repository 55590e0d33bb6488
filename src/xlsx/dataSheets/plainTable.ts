/**
 * Which sheets the writer renders itself instead of through ExcelJS: a sheet that is one table of
 * constants (a data sheet — Opportunities, Snapshots…), however large. ExcelJS keeps an object per
 * cell and serialises through a DOM-like stream, which for millions of cells costs seconds and
 * gigabytes; such a sheet needs none of that — only values, a number format per column and the
 * table — so its rows are written straight to XML (./sheetDataXml).
 */
import type { BlockDescription, SheetDescription } from "../../workbook/description";

/** A table block whose cells are all constants (no cell descriptions: no formulas, per-cell formats or styles). */
export type PlainTableBlock = BlockDescription & { table: NonNullable<BlockDescription["table"]> };

/**
 * The sheet's block when the sheet is a plain table, else null. Sheet-level settings (widths,
 * freeze, tab colour, print, conditional formats, charts) are no obstacle: ExcelJS still writes
 * them around the rows.
 *
 * @example plainTableBlock(tableSheet({ sheetName: "Quotas", tableName: "Quotas", rows: [["owner_id"], ["R1"]] }))?.table.name // "Quotas"
 */
export function plainTableBlock(sheet: SheetDescription): PlainTableBlock | null {
  if (sheet.blocks.length !== 1) return null;
  const [block] = sheet.blocks;
  if (!block.table) return null;
  // Millions of entries: the check is written out rather than called per entry.
  for (const row of block.rows) {
    for (let c = 0; c < row.length; c += 1) {
      const entry = row[c];
      if (typeof entry === "object" && entry !== null) return null;
    }
  }
  return block as PlainTableBlock;
}
