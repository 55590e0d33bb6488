/**
 * Plans as workbook tables (Plans, PlanTiers, PlanMultipliers, PlanBonuses) and back. Both
 * directions give the same typed plan as the JSON form: the tables are assembled into the JSON
 * shape and validated by parsePlan, and each problem is pointed back at its table, row and column.
 */
import type { CellValue } from "../model/canonicalFiles";
import { Issue, Result, ok } from "../model/result";
import { parsePlan } from "./parsePlan";
import { BONUS_COLUMNS, ColumnSpec, MULTIPLIER_COLUMNS, OPTIONAL_PARTS, PLAN_COLUMNS, PLAN_TABLES, TIER_COLUMNS } from "./planTableLayout";
import type { Plan } from "./planSchema";
import { TableRecord, isBlank, readCell, tableRecords, writeCell } from "./tableCells";

/** Each table as a 2-D array of cells with its header row first (what a table's `values` hold). */
export interface PlanTables {
  plans: CellValue[][];
  tiers: CellValue[][];
  multipliers?: CellValue[][];
  bonuses?: CellValue[][];
}

type Json = Record<string, unknown>;

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[path[path.length - 1]] = value;
}

function getPath(source: unknown, path: readonly string[]): unknown {
  let node = source;
  for (const key of path) node = node === null || typeof node !== "object" ? undefined : (node as Json)[key];
  return node;
}

/** Reads one row by its columns; cells that cannot be read become issues. */
export function readRow(record: TableRecord, specs: readonly ColumnSpec[], table: string, issues: Issue[]): Json {
  const value: Json = {};
  for (const spec of specs) {
    const read = readCell(record.cells.get(spec.column), spec.kind, { table, row: record.row, column: spec.column });
    if ("issue" in read) issues.push(read.issue);
    else if (read.value !== undefined) setPath(value, spec.path, read.value);
  }
  return value;
}

interface Placed {
  row: number;
  value: Json;
}

/** Rows of a per-plan table grouped by plan_id. */
function groupByPlan(rows: CellValue[][] | undefined, specs: readonly ColumnSpec[], table: string, planIds: ReadonlySet<string>, issues: Issue[], unreadable: Set<string>): Map<string, Placed[]> {
  const byPlan = new Map<string, Placed[]>();
  for (const record of tableRecords(rows ?? [])) {
    const planId = record.cells.get("plan_id");
    if (isBlank(planId)) {
      issues.push({ code: "invalid_cell", path: [table, record.row, "plan_id"], message: `${table} row ${record.row}: plan_id is empty — say which plan the row belongs to.` });
      continue;
    }
    const id = String(planId).trim();
    if (!planIds.has(id)) {
      issues.push({ code: "unknown_plan", path: [table, record.row, "plan_id"], message: `${table} row ${record.row}: plan "${id}" is not in the ${PLAN_TABLES.plans} table.` });
      continue;
    }
    const before = issues.length;
    byPlan.set(id, [...(byPlan.get(id) ?? []), { row: record.row, value: readRow(record, specs, table, issues) }]);
    if (issues.length > before) unreadable.add(id);
  }
  return byPlan;
}

/** Points a parsePlan issue at the table cell it comes from. */
function locate(issue: Issue, planId: string, planRow: number, parts: Record<"tiers" | "multipliers" | "bonuses", Placed[]>): Issue {
  const [first, second, third, ...rest] = issue.path;
  let table: string = PLAN_TABLES.plans;
  let row = planRow;
  let specs: readonly ColumnSpec[] = PLAN_COLUMNS;
  let fieldPath = issue.path.map(String);
  const list =
    first === "rates" && second === "tiers"
      ? { key: "tiers" as const, index: third, rest }
      : first === "multipliers" || first === "bonuses"
        ? { key: first as "multipliers" | "bonuses", index: second, rest: [third, ...rest] }
        : null;
  if (list && typeof list.index === "number" && parts[list.key][list.index]) {
    table = PLAN_TABLES[list.key];
    row = parts[list.key][list.index].row;
    specs = list.key === "tiers" ? TIER_COLUMNS : list.key === "multipliers" ? MULTIPLIER_COLUMNS : BONUS_COLUMNS;
    fieldPath = list.rest.filter((part) => part !== undefined).map(String);
  }
  const field = fieldPath.join(".");
  const column = specs.find((spec) => field !== "" && (spec.path.join(".") === field || field.startsWith(`${spec.path.join(".")}.`) || spec.path.join(".").startsWith(`${field}.`)))?.column;
  return { ...issue, path: column ? [table, row, column] : [table, row], message: `${table} row ${row}${column ? `, column ${column}` : ""} (plan ${planId}): ${issue.message}` };
}

/**
 * Plans from their workbook tables. Problems come back as issues with [table, row, column] paths.
 * @example planFromTables(planToTables([DEMO_AE_PLAN])) // { ok: true, value: [DEMO_AE_PLAN] }
 */
export function planFromTables(tables: PlanTables): Result<Plan[]> {
  const issues: Issue[] = [];
  // A plan with a cell that could not be read is not validated further: its problem is already named.
  const unreadable = new Set<string>();
  const planRows = tableRecords(tables.plans).map((record) => {
    const before = issues.length;
    const value = readRow(record, PLAN_COLUMNS, PLAN_TABLES.plans, issues);
    if (issues.length > before) unreadable.add(String(value.id ?? ""));
    return { row: record.row, value };
  });
  const ids = new Set(planRows.map((placed) => String(placed.value.id ?? "")));
  const tiers = groupByPlan(tables.tiers, TIER_COLUMNS, PLAN_TABLES.tiers, ids, issues, unreadable);
  const multipliers = groupByPlan(tables.multipliers, MULTIPLIER_COLUMNS, PLAN_TABLES.multipliers, ids, issues, unreadable);
  const bonuses = groupByPlan(tables.bonuses, BONUS_COLUMNS, PLAN_TABLES.bonuses, ids, issues, unreadable);
  const plans: Plan[] = [];
  const seen = new Set<string>();
  for (const { row, value } of planRows) {
    const id = String(value.id ?? "");
    if (seen.has(id)) issues.push({ code: "duplicate_id", path: [PLAN_TABLES.plans, row, "plan_id"], message: `${PLAN_TABLES.plans} row ${row}: plan "${id}" is defined twice.` });
    seen.add(id);
    if (unreadable.has(id)) continue;
    const parts = { tiers: tiers.get(id) ?? [], multipliers: multipliers.get(id) ?? [], bonuses: bonuses.get(id) ?? [] };
    const raw: Json = { ...value, credit: value.credit ?? {}, rates: { ...((value.rates as Json | undefined) ?? {}), tiers: parts.tiers.map((placed) => placed.value) } };
    for (const part of OPTIONAL_PARTS) raw[part] ??= null;
    raw.multipliers = parts.multipliers.map((placed) => placed.value);
    raw.bonuses = parts.bonuses.map((placed) => placed.value);
    const parsed = parsePlan(raw);
    if (parsed.ok) plans.push(parsed.value);
    else issues.push(...parsed.issues.map((issue) => locate(issue, id, row, parts)));
  }
  return issues.length > 0 ? { ok: false, issues } : ok(plans);
}

/** Rows for a list of objects by column specs, header first. */
export function rowsOf(items: readonly unknown[], specs: readonly ColumnSpec[], lead: readonly { column: string; value: (item: unknown) => CellValue }[] = []): CellValue[][] {
  return [[...lead.map((column) => column.column), ...specs.map((spec) => spec.column)], ...items.map((item) => [...lead.map((column) => column.value(item)), ...specs.map((spec) => writeCell(getPath(item, spec.path)))])];
}

/**
 * Plans as workbook tables (header row first), ready to write as Excel tables or CSV.
 * @example planToTables([DEMO_AE_PLAN]).tiers[1] // ["AE-FY27", 0, 0.5, 0.05, "Base (0–50%)"]
 */
export function planToTables(plans: readonly Plan[]): Required<PlanTables> {
  const withPlan = <T>(pick: (plan: Plan) => readonly T[]): { planId: string; item: T }[] => plans.flatMap((plan) => pick(plan).map((item) => ({ planId: plan.id, item })));
  const lead = [{ column: "plan_id", value: (entry: unknown) => (entry as { planId: string }).planId }];
  const unwrap = (specs: readonly ColumnSpec[]): ColumnSpec[] => specs.map((spec) => ({ ...spec, path: ["item", ...spec.path] }));
  return {
    plans: rowsOf(plans, PLAN_COLUMNS),
    tiers: rowsOf(withPlan((plan) => plan.rates.tiers), unwrap(TIER_COLUMNS), lead),
    multipliers: rowsOf(withPlan((plan) => plan.multipliers), unwrap(MULTIPLIER_COLUMNS), lead),
    bonuses: rowsOf(withPlan((plan) => plan.bonuses), unwrap(BONUS_COLUMNS), lead),
  };
}
