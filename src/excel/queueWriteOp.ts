/** Turns one planned operation (requestPlan.ts) into Office.js calls on the sheet it belongs to. */
import type { SheetPlan, WriteOp } from "./requestPlan";
import type { TableTarget } from "./workbookTargets";
import { queueCells, queueNumberFormat, queueStyle } from "./writeSheetContent";
import { queueAddSheet, queueSheetFeatures, queueTable } from "./writeSheetFeatures";

export interface BuildState {
  context: Excel.RequestContext;
  sheets: readonly SheetPlan[];
  /** By lower-case requested table name. */
  tables: ReadonlyMap<string, TableTarget>;
  /** Points a formula at the sheets and tables as they are named while building. */
  rewrite: (formula: string) => string;
  /** The sheets added so far, by index in `sheets`: later requests keep using the proxies. */
  added: Excel.Worksheet[];
}

/**
 * @example queueWriteOp(state, { kind: "cells", sheet: 0, block: 0, start: 0, count: 500 })
 */
export function queueWriteOp(state: BuildState, op: WriteOp): void {
  const plan = state.sheets[op.sheet];
  if (op.kind === "addSheet") {
    state.added[op.sheet] = queueAddSheet(state.context, plan.target);
    return;
  }
  const sheet = state.added[op.sheet];
  if (op.kind === "sheetFeatures") {
    queueSheetFeatures(sheet, plan.target.description, state.rewrite);
    return;
  }
  // requestPlan.ts plans operations only for blocks that have cells.
  const block = plan.blocks[op.block];
  if (!block) return;
  if (op.kind === "addTable") {
    const target = block.table ? state.tables.get(block.table.name.toLowerCase()) : undefined;
    if (target) queueTable(sheet, block, target);
  } else if (op.kind === "cells") queueCells(sheet, block, op.start, op.count);
  else if (op.kind === "numberFormat") queueNumberFormat(sheet, block, op.rect);
  else queueStyle(sheet, block, op.rect.rect, op.rect.style);
}
