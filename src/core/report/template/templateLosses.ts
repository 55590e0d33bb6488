/**
 * Collects what a template reader finds but a report cannot keep, grouped by feature, so the
 * filler reports "merged cells (A1:C1, A9:C9)" once instead of one issue per cell. Shared by the
 * .xlsx and Office.js readers so both word their findings the same.
 */
import type { TemplateLoss } from "../../../workbook/templateSheet";

export interface LossCollector {
  /** Notes that the cell or range at `address` has `feature`. */
  note(feature: string, address: string): void;
  /** The losses noted, features in the order first seen, addresses without repeats. */
  losses(): TemplateLoss[];
}

/**
 * @example
 * const lost = lossCollector();
 * lost.note("merged cells", "A1:C1");
 * lost.losses() // [{ feature: "merged cells", addresses: ["A1:C1"] }]
 */
export function lossCollector(): LossCollector {
  const byFeature = new Map<string, Set<string>>();
  return {
    note(feature, address) {
      const addresses = byFeature.get(feature) ?? new Set<string>();
      addresses.add(address);
      byFeature.set(feature, addresses);
    },
    losses: () => [...byFeature].map(([feature, addresses]) => ({ feature, addresses: [...addresses] })),
  };
}

/** The features both readers name, so issues read the same whichever surface filled the template. */
export const LOST = {
  merged: "merged cells",
  sideBorders: "left, right and diagonal borders",
  borderStyles: "dashed, dotted, double and thick border lines (written as thin or medium lines)",
  fillPatterns: "patterned and gradient fills",
  alignment: "alignments other than left, center and right (justify, fill, vertical alignment…)",
  fontEffects: "underline, strikethrough and other typefaces",
  colors: "colours given by palette index (written in the default colour)",
  notes: "notes and comments",
  hyperlinks: "hyperlinks (their text is kept)",
  richText: "formatting of parts of a cell's text",
  validation: "data validation (drop-down lists)",
  images: "images",
  tables: "Excel tables (the cells are kept, as plain cells)",
  hiddenRows: "hidden rows",
  hiddenColumns: "hidden columns",
  conditionalFormats: "conditional formats other than cell-value rules (colour scales, data bars, icon sets, formulas…)",
  arrayFormulas: "array formulas (written as ordinary formulas)",
} as const;
