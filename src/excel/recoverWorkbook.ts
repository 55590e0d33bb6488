/**
 * Best-effort repair after a failed workbook write, in two requests: look, then act, so the
 * workbook holds either everything it held before or the whole new report, never a mix.
 *
 * - Before the last request's point of no return (no replaced sheet deleted, no new sheet renamed):
 *   undo. Every sheet this write added is deleted, with its tables and charts; nothing else was
 *   touched (defined names and the earlier sheets change only in the last request).
 * - Past it: the new sheets are complete, so the last request's remaining steps are replayed.
 *
 * New sheets are found by id when the request that added them came back, else by temporary name.
 */
import { FinishState, queueFinish } from "./finishWorkbook";
import type { WorkbookTargets } from "./workbookTargets";

/** The syncs recovery adds to a failed write, at most. */
export const WORKBOOK_RECOVERY_SYNCS = 2;

export type RecoveryOutcome = "undone" | "finished" | "failed";

/** Never throws: the write's own error is the one to report, and "failed" says the repair did not happen. */
export async function recoverWorkbookWrite(context: Excel.RequestContext, targets: WorkbookTargets, sheetIds: readonly (string | undefined)[]): Promise<RecoveryOutcome> {
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    const tables = context.workbook.tables.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();

    const byId = new Map(sheets.items.map((sheet) => [sheet.id, sheet]));
    const byName = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    const created = targets.sheets.map((target, index) => {
      const id = sheetIds[index];
      return id !== undefined ? (byId.get(id) ?? null) : (byName.get(target.temporary.toLowerCase()) ?? null);
    });
    const renamed = created.some((sheet, index) => sheet !== null && sheet.name.toLowerCase() !== targets.sheets[index].temporary.toLowerCase());
    const deleted = targets.replaced.some((old) => !byId.has(old.id));

    if (renamed || deleted) {
      const ids = sheetIds.filter((id): id is string => id !== undefined);
      // The last request runs only after every content request came back, so every id is known here.
      if (ids.length !== targets.sheets.length) return "failed";
      const state: FinishState = {
        replacedLeft: new Set(targets.replaced.filter((old) => byId.has(old.id)).map((old) => old.id)),
        temporaryTablesLeft: new Set(tables.items.map((table) => table.name.toLowerCase())),
        names: new Set(names.items.map((item) => item.name.toLowerCase())),
      };
      queueFinish(context, targets, ids, state);
      await context.sync();
      return "finished";
    }
    for (const sheet of created) sheet?.delete();
    await context.sync();
    return "undone";
  } catch {
    return "failed";
  }
}
