import type { CellDescription } from "../../workbook/description";

/** One placeholder a template can use, for the documented catalogue and for "unknown placeholder" hints. */
export interface PlaceholderDoc {
  /** As written in a cell, e.g. "{{kpi.bookings}}" or "{{#each reps}}". */
  placeholder: string;
  description: string;
}

/** A list a row block expands over: one row per item, each item's fields by name. */
export interface PlaceholderList {
  /** Field names usable inside the block, e.g. "name" for {{name}} (also written {{reps.name}}). */
  fields: readonly string[];
  items: readonly ReadonlyMap<string, CellDescription>[];
}

/**
 * What a custom template's placeholders resolve to for one report: scalars ({{period}},
 * {{kpi.bookings}}) and lists for row blocks ({{#each reps}} … {{/each}}). A value is a cell: a
 * live formula with its result where the figure can be one (over the data tables and the report's
 * FX sheet), else a constant. `supportSheets` are sheets the formulas read (the FX sheet) and
 * must be written with the filled template.
 */
export interface PlaceholderCatalogue {
  scalars: ReadonlyMap<string, CellDescription>;
  lists: ReadonlyMap<string, PlaceholderList>;
  docs: readonly PlaceholderDoc[];
}
