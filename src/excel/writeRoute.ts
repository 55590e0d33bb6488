/**
 * Where a table's rows are written, and under which name its table is created, so that the
 * previous table stays whole until the new one is complete (the pure half of writeTables.ts).
 */
import type { TargetState } from "./inspectTarget";
import type { TableWritePlan } from "./tableWritePlan";

export type RouteKind =
  /** No previous table: rows go straight to the target sheet (new, or existing and empty) under the real table name. */
  | "direct"
  /** The previous table is on another sheet: rows go to the target sheet (new or empty) under a temporary table name; the old table goes last. */
  | "move"
  /** The previous table is on the target sheet: rows go to a hidden staging sheet, which takes the target sheet's place last. */
  | "swap";

export interface WriteRoute {
  kind: RouteKind;
  /** The sheet the rows are written to. */
  workSheet: string;
  /** Whether this write adds that sheet (so recovery deletes it) or found it existing and empty (so recovery clears it). */
  createsSheet: boolean;
  /** The name the table is created under; it becomes the real name once the previous table is gone. */
  createTableAs: string;
}

export const STAGING_SHEET_PREFIX = "SalesOps staging ";
export const STAGING_TABLE_PREFIX = "SalesOps_staging_";

/**
 * The first `prefix + n` (n = 1, 2, …) not taken, ignoring case as Excel does.
 * @example unusedName("SalesOps staging ", ["SalesOps Staging 1"]) // "SalesOps staging 2"
 */
export function unusedName(prefix: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let n = 1;
  while (lower.has(`${prefix}${n}`.toLowerCase())) n += 1;
  return `${prefix}${n}`;
}

/**
 * @example chooseRoute(plan, { existingSheet: null, oldTable: null, … }) // { kind: "direct", workSheet: plan.sheetName, createsSheet: true, createTableAs: plan.tableName }
 */
export function chooseRoute(plan: TableWritePlan, state: TargetState): WriteRoute {
  const target = { workSheet: state.existingSheet ?? plan.sheetName, createsSheet: state.existingSheet === null };
  if (!state.oldTable) return { kind: "direct", ...target, createTableAs: plan.tableName };
  const temporary = unusedName(STAGING_TABLE_PREFIX, state.takenTableNames);
  const onTarget = state.existingSheet !== null && state.oldTable.sheetName.toLowerCase() === state.existingSheet.toLowerCase();
  if (!onTarget) return { kind: "move", ...target, createTableAs: temporary };
  return { kind: "swap", workSheet: unusedName(STAGING_SHEET_PREFIX, state.takenSheetNames), createsSheet: true, createTableAs: temporary };
}
