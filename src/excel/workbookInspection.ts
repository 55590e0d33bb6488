/**
 * What the workbook holds before a description is written, in two requests: the sheets, tables,
 * defined names and active sheet; then which sheets SalesOps generated (a worksheet custom property,
 * ExcelApi 1.12) and the tables on each sheet (a replaced sheet frees its tables' names).
 */

/** The worksheet custom property that marks a sheet SalesOps generated (its value: `GeneratedMark` as JSON). */
export const GENERATED_PROPERTY = "SalesOps.generated";

/**
 * What a generated sheet's mark records: the name the description asked for, and the name the sheet
 * was given. A sheet whose name no longer matches was renamed or copied by the user (a copy keeps
 * the custom property), which is how a user keeps a generated sheet: it is never replaced.
 */
export interface GeneratedMark {
  requested: string;
  name: string;
}

export const generatedMark = (mark: GeneratedMark): string => JSON.stringify({ v: 1, requested: mark.requested, name: mark.name });

/** The mark in a property value, or null for anything else (a sheet of the user's). */
export function readGeneratedMark(value: string): GeneratedMark | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { requested, name } = parsed as Record<string, unknown>;
    return typeof requested === "string" && typeof name === "string" ? { requested, name } : null;
  } catch {
    return null;
  }
}

export interface ExistingSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** The mark of a sheet SalesOps generated, or null for a sheet of the user's. */
  generated: GeneratedMark | null;
  tables: string[];
}

export interface WorkbookState {
  /** In workbook order, hidden sheets included. */
  sheets: ExistingSheet[];
  tables: string[];
  names: { name: string; formula: string }[];
  activeSheetId: string | null;
}

/**
 * @example const state = await inspectWorkbook(context); state.sheets.filter((s) => s.generatedFor !== null)
 */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  await context.sync();

  const details = sheets.items.map((sheet) => ({
    marker: sheet.customProperties.getItemOrNullObject(GENERATED_PROPERTY).load("value"),
    tables: sheet.tables.load("items/name"),
  }));
  await context.sync();

  return {
    sheets: sheets.items.map((sheet, index) => {
      const { marker, tables: sheetTables } = details[index];
      return {
        id: sheet.id,
        name: sheet.name,
        visibility: sheet.visibility as ExistingSheet["visibility"],
        generated: marker.isNullObject ? null : readGeneratedMark(marker.value),
        tables: sheetTables.items.map((table) => table.name),
      };
    }),
    tables: tables.items.map((table) => table.name),
    names: names.items.map((item) => ({ name: item.name, formula: String(item.formula) })),
    activeSheetId: active.id,
  };
}
