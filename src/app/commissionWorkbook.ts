/*
 * Commission plans kept in the workbook itself, as the tables of docs/commissions.md (Plans,
 * PlanTiers, PlanMultipliers, PlanBonuses, PlanAssignments): read them, validated, for a run and
 * for SALESOPS.PAYOUT; write them for "Load sample data" and the pane's plan editor.
 */
import {
  ASSIGNMENT_COLUMNS, BONUS_COLUMNS, MULTIPLIER_COLUMNS, PLAN_COLUMNS, PLAN_TABLES, TIER_COLUMNS,
  assignmentsFromTable, assignmentsToTable, parsePlans, planFromTables, planToTables,
  type Plan, type PlanAssignment,
} from "../core/commission";
import type { CellValue } from "../core/model/canonicalFiles";
import { isoDateToExcelSerial } from "../core/model/isoDate";
import type { Issue, Result } from "../core/model/result";
import type { TableData, WorkbookPort } from "./ports";
import type { CompensationSetup } from "./runCommissions";

/** Pane-side pacing of a read, as loadWorkbookData takes it. */
export interface ReadPacing {
  onProgress?: (tableName: string) => void;
  pause?: () => Promise<void>;
}

export interface CompensationRead {
  /** The plans and who is on them; null when the tables are missing or have problems: nothing is computed on a guess. */
  compensation: CompensationSetup | null;
  /** Missing tables and every invalid cell, each naming its table, row and column. */
  issues: Issue[];
}

/** Columns whose values are amounts or fractions get a format that shows them as such; the rest follow their kind. */
const COLUMN_FORMATS: Record<string, string> = {
  rate: "0.00%",
  target_incentive: "#,##0.00",
  cap_per_deal: "#,##0.00",
  cap_per_period: "#,##0.00",
  draw_amount: "#,##0.00",
  amount: "#,##0.00",
  quota: "#,##0.00",
  credit_at_least: "#,##0.00",
  gate_min_attainment: "0%",
  threshold_attainment: "0%",
  threshold_rate_factor: "0%",
  attainment_at_least: "0%",
};
// Thresholds stay General: they are fractions of quota on one plan and amounts on another.
const KIND_FORMATS = { text: "@", list: "@", date: "yyyy-mm-dd", number: null, boolean: null } as const;
const SPECS = [...PLAN_COLUMNS, ...TIER_COLUMNS, ...MULTIPLIER_COLUMNS, ...BONUS_COLUMNS, ...ASSIGNMENT_COLUMNS];

function formatOf(header: CellValue): string | null {
  const name = String(header);
  if (name === "plan_id" || name === "rep_id") return "@";
  if (name in COLUMN_FORMATS) return COLUMN_FORMATS[name];
  const spec = SPECS.find((candidate) => candidate.column === name);
  return spec ? KIND_FORMATS[spec.kind] : null;
}

function table(tableName: string, rows: CellValue[][]): TableData {
  return { sheetName: tableName, tableName, rows, numberFormats: rows[0].map(formatOf) };
}

/** Dates go in as Excel serials, so they are real dates in every locale (text would be read by the user's). */
function withSerialDates(rows: CellValue[][]): CellValue[][] {
  const dateColumns = rows[0].flatMap((header, i) => (ASSIGNMENT_COLUMNS.some((spec) => spec.kind === "date" && spec.column === header) ? [i] : []));
  return rows.map((row, r) => (r === 0 ? row : row.map((cell, i) => (dateColumns.includes(i) && typeof cell === "string" ? (isoDateToExcelSerial(cell) ?? cell) : cell))));
}

/**
 * The plan tables for plans (and, when given, their assignments), one sheet each, with formats.
 * @example planTables({ plans: [DEMO_AE_PLAN] }).map((t) => t.tableName) // ["Plans", "PlanTiers", "PlanMultipliers", "PlanBonuses"]
 */
export function planTables(setup: { plans: readonly Plan[]; assignments?: readonly PlanAssignment[] }): TableData[] {
  const rows = planToTables(setup.plans);
  const tables = [table(PLAN_TABLES.plans, rows.plans), table(PLAN_TABLES.tiers, rows.tiers), table(PLAN_TABLES.multipliers, rows.multipliers), table(PLAN_TABLES.bonuses, rows.bonuses)];
  if (setup.assignments) tables.push(table(PLAN_TABLES.assignments, withSerialDates(assignmentsToTable(setup.assignments))));
  return tables;
}

const missing = (tableName: string, what: string): Issue => ({
  code: "missing_table",
  path: [tableName],
  message: `The workbook has no ${tableName} table, ${what}. Load sample data for the demo plan, or add the table (its columns are in docs/commissions.md), then choose Calculate.`,
});

/**
 * The plans and assignments in the workbook's plan tables. Any problem (a missing table, a cell
 * that is not a number, tiers out of order) comes back as an issue naming the table, row and
 * column, e.g. "PlanTiers row 3, column threshold (plan AE): tiers[1].threshold must be greater
 * than tiers[0].threshold (0 is not above 0)."; then no compensation is returned at all.
 * @example const { compensation, issues } = await readCompensation(port);
 */
export async function readCompensation(port: WorkbookPort, pacing: ReadPacing = {}): Promise<CompensationRead> {
  const read = async (tableName: string) => {
    pacing.onProgress?.(tableName);
    await pacing.pause?.();
    return port.readTable(tableName);
  };
  const plans = await read(PLAN_TABLES.plans);
  if (plans === null) return { compensation: null, issues: [missing(PLAN_TABLES.plans, "so no commission plan is defined")] };
  const tiers = await read(PLAN_TABLES.tiers);
  const multipliers = await read(PLAN_TABLES.multipliers);
  const bonuses = await read(PLAN_TABLES.bonuses);
  const assignments = await read(PLAN_TABLES.assignments);
  const issues: Issue[] = [];
  if (tiers === null) issues.push(missing(PLAN_TABLES.tiers, "so the plans have no rates"));
  if (assignments === null) issues.push(missing(PLAN_TABLES.assignments, "so no rep is on a plan"));
  if (issues.length > 0) return { compensation: null, issues };
  const parsedPlans = planFromTables({ plans, tiers: tiers ?? [], multipliers: multipliers ?? undefined, bonuses: bonuses ?? undefined });
  const parsedAssignments = assignmentsFromTable(assignments ?? []);
  if (!parsedPlans.ok) issues.push(...parsedPlans.issues);
  if (!parsedAssignments.ok) issues.push(...parsedAssignments.issues);
  if (!parsedPlans.ok || !parsedAssignments.ok) return { compensation: null, issues };
  if (parsedPlans.value.length === 0) return { compensation: null, issues: [{ code: "no_plans", path: [PLAN_TABLES.plans], message: `The ${PLAN_TABLES.plans} table has no rows: add a plan (one row per plan), then choose Calculate.` }] };
  return { compensation: { plans: parsedPlans.value, assignments: parsedAssignments.value }, issues: [] };
}

/**
 * Saves edited plans back to their tables (Plans, PlanTiers, PlanMultipliers, PlanBonuses; the
 * assignments are left as they are). Nothing is written while any plan is invalid: the issues
 * come back instead, with paths into the plan ("plans", i, "rates", "tiers", 2, "threshold").
 * @example await savePlans(port, [{ ...DEMO_AE_PLAN, targetIncentive: 20000 }])
 */
export async function savePlans(port: WorkbookPort, plans: readonly unknown[]): Promise<Result<Plan[]>> {
  const parsed = parsePlans([...plans]);
  if (!parsed.ok) return parsed;
  await port.writeTables(planTables({ plans: parsed.value }));
  return parsed;
}
