/**
 * Writes record sets as formatted Excel tables, in a bounded number of requests, without ever
 * losing the user's previous table: a replacement is staged and swapped in by the last request.
 *
 * Routes (writeRoute.ts):
 * - "direct", no previous table: rows go to the target sheet (added, or existing and empty).
 * - "swap", the previous table is on the target sheet (which inspection proved holds nothing else):
 *   rows go to a new hidden staging sheet ("SalesOps staging 1"); the last request creates the table
 *   there under a temporary name, deletes the old sheet, and gives the staging sheet the old sheet's
 *   name, position and visibility and the table its real name (finalRequest.ts). Swapping whole
 *   sheets is the simplest safe design: every step after the old table's removal is a rename or
 *   move of our own objects (ExcelApi 1.1–1.2), where copying the rows back onto the old sheet would
 *   put a large copy after the point of no return (and need ExcelApi 1.9+).
 * - "move", the previous table is on another sheet: rows go to the target sheet under a temporary
 *   table name; the last request deletes the old table and renames the new one.
 *
 * Syncs per table (`syncsForTableWrite`): 1 to list sheets, tables and names; 1 more when the sheet
 * or table already exists (to check we own what is there); 1 per ~4 MB chunk of rows (the first
 * also adds the sheet and sets the column formats); 1 for the final request (create the table and,
 * for a replacement, swap it in). So 2 + chunks for a new table on a new sheet, and 3 + chunks when
 * the sheet or table exists, a replacement included. A failed write adds at most RECOVERY_SYNCS.
 *
 * On failure the error is rethrown after recoverFailedWrite (recoverWrite.ts): before the previous
 * table's removal it undoes this attempt (deletes the staging sheet or a sheet it added, or the
 * table and block it wrote on an empty sheet), so the previous table, its sheet (name, position,
 * visibility) and every other sheet are exactly as they were; after the removal it finishes the
 * renames instead, since the new rows are then the only copy.
 *
 * Known cost of the swap: what lives on the old sheet outside its cells goes with it. Charts make
 * inspection refuse the write; shapes, frozen panes, tab colour and formulas on other sheets that
 * point into the old sheet (they become #REF!) are not detected.
 */
import { inspectTarget, TargetState } from "./inspectTarget";
import { queueFinalRequest } from "./finalRequest";
import { recoverFailedWrite } from "./recoverWrite";
import { planTableWrite, TableWritePlan } from "./tableWritePlan";
import type { TableToWrite, WriteProgress } from "./types";
import { chooseRoute, WriteRoute } from "./writeRoute";

export { TABLE_STYLE } from "./finalRequest";

/**
 * The number of syncs writing one table takes when it succeeds: `targetExists` when the target
 * sheet or a table of the same name is already in the workbook (every replacement).
 * @example syncsForTableWrite(3, true) // 6: 2 to inspect, 3 chunks, 1 to create and swap in the table
 */
export function syncsForTableWrite(chunkCount: number, targetExists: boolean): number {
  return (targetExists ? 3 : 2) + chunkCount;
}

function suspendUpdates(context: Excel.RequestContext): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/** Office.js applies a single (non-array) value to every cell of a range; @types/office-js types the property as 2-D only. */
function setUniformNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Queued with the first chunk: the sheet the rows go to, with each column's number format. */
function queueWorkSheet(context: Excel.RequestContext, route: WriteRoute, plan: TableWritePlan): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const sheet = route.createsSheet ? sheets.add(route.workSheet) : sheets.getItem(route.workSheet);
  // The user never sees a half-written replacement; finalRequest.ts shows it once it is complete.
  if (route.kind === "swap") sheet.visibility = "Hidden";
  const dataRows = plan.rows.length - 1;
  plan.numberFormats.forEach((format, column) => {
    if (format && dataRows > 0) setUniformNumberFormat(sheet.getRangeByIndexes(1, column, dataRows, 1), format);
  });
  return sheet;
}

async function writeOneTable(context: Excel.RequestContext, plan: TableWritePlan, progress: (rows: number) => void): Promise<void> {
  const state: TargetState = await inspectTarget(context, plan.sheetName, plan.tableName);
  const route = chooseRoute(plan, state);
  try {
    const sheet = queueWorkSheet(context, route, plan);
    for (const chunk of plan.chunks) {
      suspendUpdates(context);
      sheet.getRangeByIndexes(chunk.start, 0, chunk.count, plan.columnCount).values = plan.rows.slice(chunk.start, chunk.start + chunk.count);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB chunk (a request over 5 MB fails), never per row
      await context.sync();
      progress(chunk.count);
    }
    suspendUpdates(context);
    queueFinalRequest(context, sheet, route, plan, state);
    await context.sync();
  } catch (error) {
    await recoverFailedWrite(context, route, plan, state);
    throw error;
  }
}

/**
 * Writes each table on its sheet, replacing the previous table of the same name.
 * Every table is checked and converted before the workbook is touched.
 * @example await writeTables(context, [{ sheetName: "Reps", tableName: "Reps", rows: [["id"], ["R1"]] }])
 */
export async function writeTables(context: Excel.RequestContext, tables: readonly TableToWrite[], onProgress?: WriteProgress): Promise<void> {
  const plans = tables.map((table) => planTableWrite(table));
  const total = plans.reduce((sum, plan) => sum + plan.rows.length, 0);
  let done = 0;
  for (const plan of plans) {
    onProgress?.(done, total, `Writing ${plan.tableName}`);
    await writeOneTable(context, plan, (rows) => {
      done += rows;
      onProgress?.(done, total, `Writing ${plan.tableName}`);
    });
  }
}
