/** Lists the workbook's tables for the import's source picker: names, sheets and row counts. */

/** Structurally the app's `WorkbookTableInfo` (src/app/ports.ts), which this layer may not import. */
export interface WorkbookTableSummary {
  name: string;
  sheet: string;
  /** Data rows: the table's rows less the header and, when shown, the totals row. */
  rows: number;
}

/**
 * Every table of the workbook in two syncs, whatever their number: the names first (the proxies
 * for each table's sheet and range can only be made once the items are known), then all the
 * sheets' names and the ranges' row counts together.
 * @example await listWorkbookTables(context) // [{ name: "Deals", sheet: "Export", rows: 120 }]
 */
export async function listWorkbookTables(context: Excel.RequestContext): Promise<WorkbookTableSummary[]> {
  const tables = context.workbook.tables.load("items/name,items/showTotals");
  await context.sync();
  const details = tables.items.map((table) => ({ table, sheet: table.worksheet.load("name"), range: table.getRange().load("rowCount") }));
  await context.sync();
  return details.map(({ table, sheet, range }) => ({
    name: table.name,
    sheet: sheet.name,
    rows: Math.max(0, range.rowCount - 1 - (table.showTotals ? 1 : 0)),
  }));
}
