/** A small hand-built placeholder catalogue for template tests (the real one is built from a data set). */
import type { CellDescription } from "../../../../../src/workbook/description";
import type { PlaceholderCatalogue, PlaceholderList } from "../../../../../src/core/report/catalogue";
import type { TemplateCell, TemplateSheet } from "../../../../../src/workbook/templateSheet";

export const BOOKINGS: CellDescription = { formula: "=SUM(Deals[amount])", result: 3600, numberFormat: '#,##0 "USD"' };

export const REPS = [
  { name: "Ana Ruiz", region: "EMEA", bookings: 1000 },
  { name: "Ben Okafor", region: "NA", bookings: 1200 },
  { name: "Chen Wei", region: "APAC", bookings: 1400 },
];

export function list(fields: readonly string[], items: readonly Record<string, CellDescription>[]): PlaceholderList {
  return { fields, items: items.map((item) => new Map(Object.entries(item))) };
}

export function repsList(count = REPS.length): PlaceholderList {
  return list(
    ["name", "region", "bookings"],
    REPS.slice(0, count).map((rep) => ({ name: { value: rep.name }, region: { value: rep.region }, bookings: { value: rep.bookings, numberFormat: "#,##0" } })),
  );
}

export function catalogue(lists: Record<string, PlaceholderList> = { reps: repsList() }): PlaceholderCatalogue {
  const scalars = new Map<string, CellDescription>([
    ["period", { value: "FY2027-Q3" }],
    ["kpi.bookings", BOOKINGS],
    ["kpi.quota", { value: 4000, numberFormat: "#,##0" }],
    ["kpi.attainment", { formula: "=IFERROR(SUM(Deals[amount])/4000,\"n/a\")", result: 0.9, numberFormat: "0.0%" }],
  ]);
  return {
    scalars,
    lists: new Map(Object.entries(lists)),
    docs: [...scalars.keys()].map((name) => ({ placeholder: `{{${name}}}`, description: name })),
  };
}

/** A template from rows of plain entries: a string starting with "=" is a formula, anything else a value. */
export function template(rows: readonly (readonly (string | number | TemplateCell | null)[])[], extra: Partial<TemplateSheet> = {}): TemplateSheet {
  const cell = (entry: string | number | TemplateCell | null): TemplateCell | null => {
    if (entry === null) return null;
    if (typeof entry === "object") return entry;
    if (typeof entry === "string" && entry.startsWith("=")) return { formula: entry };
    return { value: entry };
  };
  return { name: "Template", cells: rows.map((row) => row.map(cell)), ...extra };
}
