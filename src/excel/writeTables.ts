/**
 * Writes record sets as formatted Excel tables, in a bounded number of requests.
 *
 * Per table: 1 sync to list sheets and tables, 1 more when the sheet or table already exists (to
 * check we own what is there), 1 per ~4 MB chunk of rows (the first also removes the previous
 * table and sets the column formats), and 1 to create the table over the whole block and format it.
 * So a new table costs 2 + chunks syncs and a replacement 3 + chunks (`syncsForTableWrite`).
 *
 * What is replaced: only the previous table of the same name (its cells are cleared and the table
 * deleted), on a sheet that holds nothing else; a sheet with other data stops the write before
 * anything changes (WorkbookConflictError). Other sheets are never touched.
 *
 * On failure mid-write: the error is rethrown after best-effort requests that delete any table this
 * attempt created and clear the block it wrote, so the sheet is left empty (the previous version of
 * the table is gone; the user's other sheets and data are untouched) and a retry starts clean.
 */
import { blockAddress } from "./a1";
import { inspectTarget, TargetState } from "./inspectTarget";
import { planTableWrite, TableWritePlan } from "./tableWritePlan";
import type { TableToWrite, WriteProgress } from "./types";

export const TABLE_STYLE = "TableStyleMedium2";

/** The number of syncs writing one table takes. */
export function syncsForTableWrite(chunkCount: number, replacing: boolean): number {
  return (replacing ? 3 : 2) + chunkCount;
}

function suspendUpdates(context: Excel.RequestContext): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/** Office.js applies a single (non-array) value to every cell of a range; @types/office-js types the property as 2-D only. */
function setUniformNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Queued with the first chunk: remove our previous table and give each column its number format. */
function queuePrepare(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: TableWritePlan, state: TargetState): void {
  if (state.oldTable) {
    const old = context.workbook.tables.getItem(state.oldTable.name);
    old.getRange().clear();
    old.delete();
  }
  const dataRows = plan.rows.length - 1;
  plan.numberFormats.forEach((format, column) => {
    if (format && dataRows > 0) setUniformNumberFormat(sheet.getRangeByIndexes(1, column, dataRows, 1), format);
  });
}

async function writeOneTable(context: Excel.RequestContext, plan: TableWritePlan, progress: (rows: number) => void): Promise<void> {
  const state = await inspectTarget(context, plan.sheetName, plan.tableName);
  const sheet = state.existingSheet ? context.workbook.worksheets.getItem(state.existingSheet) : context.workbook.worksheets.add(plan.sheetName);
  queuePrepare(context, sheet, plan, state);
  try {
    for (const chunk of plan.chunks) {
      suspendUpdates(context);
      sheet.getRangeByIndexes(chunk.start, 0, chunk.count, plan.columnCount).values = plan.rows.slice(chunk.start, chunk.start + chunk.count);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB chunk (a request over 5 MB fails), never per row
      await context.sync();
      progress(chunk.count);
    }
    suspendUpdates(context);
    const table = sheet.tables.add(blockAddress(0, 0, plan.rows.length, plan.columnCount), true);
    table.name = plan.tableName;
    table.style = TABLE_STYLE;
    table.getHeaderRowRange().format.font.bold = true;
    table.getRange().format.autofitColumns();
    await context.sync();
  } catch (error) {
    await clearAttempt(context, sheet, plan);
    throw error;
  }
}

/**
 * Best effort: removes what this attempt left on its sheet (a table a failed batch created, the rows
 * written). The inspection found nothing but our own table there, so every table on it is ours.
 * If this fails too, the write's own error is the one worth reporting, and a retry's inspection
 * still protects the user's data.
 */
async function clearAttempt(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: TableWritePlan): Promise<void> {
  try {
    const tables = sheet.tables.load("items/name");
    await context.sync();
    for (const table of tables.items) table.delete();
    sheet.getRangeByIndexes(0, 0, plan.rows.length, plan.columnCount).clear();
    await context.sync();
  } catch {
    // Swallowed on purpose (see above); the caller rethrows the write's own error.
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
