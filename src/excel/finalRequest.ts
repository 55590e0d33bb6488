/**
 * The last request of a table write, queued once every row is on its sheet. Office.js applies a
 * request's operations in order and stops at the first failure, so the order is the safety:
 *
 * 1. create the table under `route.createTableAs`, style it, show the staging sheet, autofit:
 *    a failure here leaves the previous table exactly as it was;
 * 2. remove the previous table (the point of no return): its whole sheet for a "swap" (inspection
 *    proved the sheet holds nothing else), the table and its block for a "move";
 * 3. only renames and moves of what this write created, whose names the removal has just freed
 *    and whose position exists, so they have nothing left to fail on:
 *    the staging sheet takes the old sheet's name, position and visibility (and focus, if it had
 *    it), and the table takes its real name.
 */
import { blockAddress } from "./a1";
import type { TargetState } from "./inspectTarget";
import type { TableWritePlan } from "./tableWritePlan";
import type { WriteRoute } from "./writeRoute";

export const TABLE_STYLE = "TableStyleMedium2";

export function queueFinalRequest(context: Excel.RequestContext, sheet: Excel.Worksheet, route: WriteRoute, plan: TableWritePlan, state: TargetState): void {
  const table = sheet.tables.add(blockAddress(0, 0, plan.rows.length, plan.columnCount), true);
  table.name = route.createTableAs;
  table.style = TABLE_STYLE;
  table.getHeaderRowRange().format.font.bold = true;
  // Shown before autofit (column widths are measured for display) and before the old sheet goes
  // (Excel refuses to delete the last visible sheet, which the old one may be).
  if (route.kind === "swap") sheet.visibility = "Visible";
  table.getRange().format.autofitColumns();

  const old = state.oldTable;
  if (route.kind === "move" && old) {
    context.workbook.tables.getItem(old.id).delete();
    // Table.delete drops the table; clearing its former block too leaves no stale rows on a build that keeps the cells.
    context.workbook.worksheets.getItem(old.sheetName).getRangeByIndexes(old.block.row, old.block.column, old.block.rowCount, old.block.columnCount).clear();
  }
  if (route.kind === "swap" && old) {
    const oldSheet = context.workbook.worksheets.getItem(old.sheetName);
    // Excel refuses to delete a "VeryHidden" sheet; recovery restores this if the request stops here.
    if (state.sheetVisibility === "VeryHidden") oldSheet.visibility = "Hidden";
    oldSheet.delete();
  }
  queueAfterRemoval(sheet, table, route, plan, state);
}

/**
 * Step 3: what follows the previous table's removal. Recovery replays it when a request stopped
 * part-way through (every step is idempotent), with null for what has already been done.
 */
export function queueAfterRemoval(sheet: Excel.Worksheet | null, table: Excel.Table | null, route: WriteRoute, plan: TableWritePlan, state: TargetState): void {
  if (route.kind === "swap" && sheet && state.existingSheet !== null && state.sheetPosition !== null) {
    sheet.name = state.existingSheet;
    sheet.position = state.sheetPosition;
    // Shown for the swap (see above); a sheet the user had hidden goes back to hidden.
    if (state.sheetVisibility !== "Visible") sheet.visibility = state.sheetVisibility;
  }
  if (table && route.createTableAs !== plan.tableName) table.name = plan.tableName;
  // Last: only what the user sees, so nothing of substance waits on it.
  if (route.kind === "swap" && sheet && state.sheetActive) sheet.activate();
}
