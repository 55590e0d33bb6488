/**
 * The last request of a workbook write, sent once every new sheet is complete. Office.js applies a
 * request's operations in order and stops at the first failure, so the order is the safety:
 *
 * 1. show the new sheets (the description's hidden ones stay hidden): before any deletion, so the
 *    workbook never runs out of visible sheets, and undone by deleting them;
 * 2. delete SalesOps' earlier sheets that the new ones replace (a "VeryHidden" one is made "Hidden"
 *    first, as Excel requires) — the point of no return;
 * 3. give the new sheets their final names and the tables theirs: Excel rewrites every formula,
 *    chart source and rule written against the temporary names, so they now name the final ones;
 * 4. move the new sheets to where the replaced ones were; set the defined names (SalesOps' own from
 *    an earlier run are set again in place, so formulas using them keep working); activate the sheet
 *    to show; recalculate, since every content request suspended calculation.
 *
 * Every step is idempotent, so recovery (recoverWorkbook.ts) replays the whole list with what a
 * fresh look at the workbook says is still to do.
 */
import type { WorkbookTargets } from "./workbookTargets";

/** What is still in the workbook, by lower-case name or id. */
export interface FinishState {
  /** Ids of the replaced sheets that still exist. */
  replacedLeft: ReadonlySet<string>;
  /** Temporary table names still in use. */
  temporaryTablesLeft: ReadonlySet<string>;
  /** Defined names that exist. */
  names: ReadonlySet<string>;
}

/** Before any step of the last request has run: everything the plan expects is there. */
export function initialFinishState(targets: WorkbookTargets): FinishState {
  return {
    replacedLeft: new Set(targets.replaced.map((sheet) => sheet.id)),
    temporaryTablesLeft: new Set([...targets.tables.values()].map((table) => table.temporary.toLowerCase())),
    names: new Set(targets.names.filter((item) => item.exists).map((item) => item.name.toLowerCase())),
  };
}

/**
 * `sheetIds` are the new sheets' ids, in the order of `targets.sheets`.
 * @example queueFinish(context, targets, ids, initialFinishState(targets)); await context.sync();
 */
export function queueFinish(context: Excel.RequestContext, targets: WorkbookTargets, sheetIds: readonly string[], state: FinishState): void {
  const sheets = context.workbook.worksheets;
  const created = sheetIds.map((id) => sheets.getItem(id));
  context.workbook.application.suspendScreenUpdatingUntilNextSync();

  targets.sheets.forEach((target, index) => {
    if (!target.description.hidden) created[index].visibility = "Visible";
  });
  for (const old of targets.replaced) {
    if (!state.replacedLeft.has(old.id)) continue;
    const sheet = sheets.getItem(old.id);
    if (old.visibility === "VeryHidden") sheet.visibility = "Hidden";
    sheet.delete();
  }
  targets.sheets.forEach((target, index) => (created[index].name = target.final));
  for (const table of targets.tables.values()) {
    if (state.temporaryTablesLeft.has(table.temporary.toLowerCase())) context.workbook.tables.getItem(table.temporary).name = table.final;
  }
  const position = targets.position;
  if (position !== null) created.forEach((sheet, index) => (sheet.position = position + index));
  for (const item of targets.names) {
    if (state.names.has(item.name.toLowerCase())) {
      const existing = context.workbook.names.getItem(item.name);
      existing.formula = item.reference;
      existing.comment = item.comment;
    } else {
      context.workbook.names.add(item.name, item.reference, item.comment);
    }
  }
  if (targets.activate !== null) sheets.getItem(targets.activate).activate();
  // "Full": cells written while calculation was suspended, and everything that reads them, compute now.
  context.workbook.application.calculate("Full");
}
