/**
 * Best-effort repair after a failed table write, in two requests: first ask what is there, then
 * either undo or finish, so the workbook holds exactly one whole version of the table.
 *
 * - Before the point of no return (the previous table still exists, see finalRequest.ts): undo.
 *   A sheet this write added (the staging sheet, or a new target sheet) is deleted with all on it;
 *   on a target sheet that existed (inspection found it empty) the tables this write created and
 *   the block it wrote are removed, and the sheet stays.
 * - Past it (the previous table is gone): the new rows are the only copy, so nothing is removed;
 *   the renames the request didn't reach are replayed (they are idempotent).
 *
 * Lookups go by name and id rather than through the write's proxies, which may point at objects a
 * lost request never created.
 */
import { queueAfterRemoval } from "./finalRequest";
import type { TargetState } from "./inspectTarget";
import type { TableWritePlan } from "./tableWritePlan";
import type { WriteRoute } from "./writeRoute";

/** The syncs recovery adds to a failed write, at most. */
export const RECOVERY_SYNCS = 2;

const existing = <T extends { isNullObject: boolean }>(item: T | null): T | null => (item && !item.isNullObject ? item : null);

export async function recoverFailedWrite(context: Excel.RequestContext, route: WriteRoute, plan: TableWritePlan, state: TargetState): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    const oldTable = state.oldTable ? context.workbook.tables.getItemOrNullObject(state.oldTable.id) : null;
    const workSheet = sheets.getItemOrNullObject(route.workSheet);
    // A swap cut short after its rename: the staging sheet already carries the target's name (the old sheet is gone by then).
    const renamedSheet = route.kind === "swap" && state.existingSheet !== null ? sheets.getItemOrNullObject(state.existingSheet) : null;
    const temporaryTable = route.createTableAs !== plan.tableName ? context.workbook.tables.getItemOrNullObject(route.createTableAs) : null;
    // The sheet existed and held nothing, so every table on it now is this write's (one that failed
    // to take its name keeps Excel's default "TableN").
    const ownTables = route.createsSheet ? null : sheets.getItem(route.workSheet).tables.load("items/name");
    await context.sync();

    if (oldTable && oldTable.isNullObject) {
      queueAfterRemoval(existing(workSheet) ?? existing(renamedSheet), existing(temporaryTable), route, plan, state);
    } else if (route.createsSheet) {
      existing(workSheet)?.delete();
      if (route.kind === "swap" && state.sheetVisibility === "VeryHidden" && state.existingSheet !== null) sheets.getItem(state.existingSheet).visibility = "VeryHidden";
    } else {
      for (const table of ownTables?.items ?? []) table.delete();
      sheets.getItem(route.workSheet).getRangeByIndexes(0, 0, plan.rows.length, plan.columnCount).clear();
    }
    await context.sync();
  } catch {
    // Swallowed on purpose: the write's own error is the one worth reporting (the caller rethrows
    // it), and a retry's inspection still protects the user's data.
  }
}
