/**
 * Effective-dated plan assignments: which plan a rep is on from which day to which day. A rep who
 * moves plans mid-year has two rows; a quota change mid-period is two rows of the same plan with
 * different quotas. Both ends are included.
 */
import { z } from "zod";
import { isIsoDate } from "../model/isoDate";
import { Issue, Result, ok } from "../model/result";
import type { CellValue } from "../model/canonicalFiles";
import { zodIssues } from "./parsePlan";
import { ASSIGNMENT_COLUMNS, PLAN_TABLES } from "./planTableLayout";
import { readRow, rowsOf } from "./planTables";
import { tableRecords } from "./tableCells";

const isoDate = z.string().refine(isIsoDate, "a date in the form YYYY-MM-DD");

export const planAssignmentSchema = z
  .object({
    repId: z.string().min(1),
    planId: z.string().min(1),
    from: isoDate,
    /** Null: open-ended. */
    to: isoDate.nullable().default(null),
    /** Quota per plan period in plan currency, instead of the rep's rows in the quota table. */
    quota: z.number().finite().positive().nullable().default(null),
    /** Target incentive per plan period, instead of the plan's. */
    targetIncentive: z.number().finite().positive().nullable().default(null),
  })
  .strict();
export type PlanAssignment = z.infer<typeof planAssignmentSchema>;

/**
 * Validates assignments: each row by the schema, `to` not before `from`, and no two rows of one rep
 * overlapping (a rep is on one plan on any day).
 * @example parseAssignments([{ repId: "R1", planId: "AE", from: "2026-02-01", to: null }]).ok // true
 */
export function parseAssignments(input: unknown): Result<PlanAssignment[]> {
  const parsed = z.array(planAssignmentSchema).safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, ["assignments"]).map((issue) => ({ ...issue, code: "invalid_assignment" })) };
  const issues: Issue[] = [];
  parsed.data.forEach((row, i) => {
    if (row.to !== null && row.to < row.from) {
      issues.push({ code: "invalid_assignment", path: ["assignments", i, "to"], message: `assignments[${i}].to (${row.to}) is before its from (${row.from}).` });
    }
  });
  const byRep = new Map<string, { row: PlanAssignment; index: number }[]>();
  parsed.data.forEach((row, index) => byRep.set(row.repId, [...(byRep.get(row.repId) ?? []), { row, index }]));
  for (const [repId, rows] of byRep) {
    const sorted = [...rows].sort((a, b) => (a.row.from < b.row.from ? -1 : a.row.from > b.row.from ? 1 : 0));
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1].row;
      if (previous.to === null || previous.to >= sorted[i].row.from) {
        issues.push({
          code: "assignment_overlap",
          path: ["assignments", sorted[i].index, "from"],
          message: `${repId} is on two plans at once: assignments[${sorted[i].index}] starts ${sorted[i].row.from}, before assignments[${sorted[i - 1].index}] (${previous.planId}) ends${previous.to ? ` on ${previous.to}` : ""}.`,
        });
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : ok(parsed.data);
}

/**
 * Assignments from a PlanAssignments table (rep_id, plan_id, from, to, quota, target_incentive),
 * dates as ISO text or Excel serials. Problems name the row and column.
 * @example assignmentsFromTable([["rep_id", "plan_id", "from", "to"], ["R1", "AE", "2026-02-01", null]]).ok // true
 */
export function assignmentsFromTable(rows: CellValue[][]): Result<PlanAssignment[]> {
  const issues: Issue[] = [];
  const records = tableRecords(rows);
  const raw = records.map((record) => readRow(record, ASSIGNMENT_COLUMNS, PLAN_TABLES.assignments, issues));
  if (issues.length > 0) return { ok: false, issues };
  const parsed = parseAssignments(raw);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    issues: parsed.issues.map((issue) => {
      const index = typeof issue.path[1] === "number" ? issue.path[1] : -1;
      const row = records[index]?.row;
      const column = ASSIGNMENT_COLUMNS.find((spec) => spec.path[0] === issue.path[2])?.column;
      return row === undefined ? issue : { ...issue, path: [PLAN_TABLES.assignments, row, ...(column ? [column] : [])], message: `${PLAN_TABLES.assignments} row ${row}: ${issue.message}` };
    }),
  };
}

/** Assignments as a PlanAssignments table, header first. @example assignmentsToTable([]) // [["rep_id", "plan_id", "from", "to", "quota", "target_incentive"]] */
export function assignmentsToTable(assignments: readonly PlanAssignment[]): CellValue[][] {
  return rowsOf(assignments, ASSIGNMENT_COLUMNS);
}
