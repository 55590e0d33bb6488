/**
 * A custom report template as read from a workbook: the sheet a user designed in Excel, with
 * placeholders ({{period}}, {{kpi.bookings}}) in its text cells and row blocks
 * ({{#each reps}} … {{/each}}). It mirrors SheetDescription (./description.ts) so filling a
 * template (src/core/report/template) is a transformation from one to the other: the grid of cells
 * becomes the sheet's one block at A1, and the sheet-level settings carry over with their rows
 * moved by the expansion.
 *
 * Readers: src/xlsx/readTemplate.ts (an .xlsx file) and src/excel/readTemplateSheet.ts (the open
 * workbook). What a reader finds but a description cannot carry (merged cells, side borders, theme
 * effects…) is listed in `lost`, so the filler reports it instead of dropping it silently.
 */
import type { CellDescription, SheetDescription } from "./description";

/**
 * One template cell: a constant (text may hold placeholders), or a formula as typed in Excel
 * ("=SUM(C5:C5)"), with its number format and style. A template formula's cached result is not
 * kept: it was computed over the designer's sample data, not the report's.
 */
export type TemplateCell = Omit<CellDescription, "result">;

/** Something the designed sheet has that a filled report cannot keep, with the cells that have it. */
export interface TemplateLoss {
  /** What is lost, in words for the user: "merged cells", "left and right borders". */
  feature: string;
  /** Template addresses ("B4", "A1:C1"), in reading order. */
  addresses: readonly string[];
}

/** The sheet-level settings a template shares with the sheet it fills. */
export type TemplateSheetSettings = Pick<SheetDescription, "columnWidths" | "freeze" | "conditionalFormats" | "print" | "tabColor" | "showGridlines">;

export interface TemplateSheet extends TemplateSheetSettings {
  /** The template sheet's name in its workbook (issues name it, so the user knows where to look). */
  name: string;
  /**
   * The cells from A1, row by row: `cells[r][c]` is the cell at row r + 1, column c (0-based).
   * Rows may be ragged; null (or a missing entry) is an empty, unformatted cell.
   */
  cells: readonly (readonly (TemplateCell | null)[])[];
  /** Features of the designed sheet the report cannot keep (see TemplateLoss). */
  lost?: readonly TemplateLoss[];
}
