import type { Issue } from "../../../core/model/result";

export interface IssueGroup {
  title: string;
  /** What to do about every issue in the group. */
  todo: string;
  issues: Issue[];
}

const CALC = "then choose Calculate.";

/** Issue codes (docs/commissions.md) by what the analyst has to fix; codes not listed fall in "Other". */
const GROUPS: readonly { title: string; todo: string; codes: readonly string[] }[] = [
  { title: "Rep without a quota", todo: `Add the rep's quota for the period to the Quotas table (or a quota in PlanAssignments), ${CALC}`, codes: ["no_quota", "zero_quota"] },
  { title: "Deal in a currency without a rate", todo: `Add the currency's rate for that month, quarter or year to the FxRates table, ${CALC}`, codes: ["missing_fx_rate"] },
  { title: "Deal without a term", todo: `Fill in term_months for the deal in the Opportunities table, ${CALC}`, codes: ["missing_term"] },
  { title: "Rep or plan not found", todo: `Check the PlanAssignments table: every rep_id must be in Reps and every plan_id in Plans, ${CALC}`, codes: ["no_plan", "unknown_plan", "unknown_rep", "invalid_assignment", "assignment_overlap", "period_grain", "plan_currency_change", "no_target_incentive"] },
  { title: "Splits and cancellations", todo: `Fix the split or cancellation named, ${CALC}`, codes: ["split_total", "invalid_split", "split_duplicate", "unknown_opportunity", "cancel_before_close", "clawback_unapplied"] },
  { title: "Locked payouts", todo: "Settle the amount named by hand, or fix what keeps the rep from being calculated.", codes: ["locked_not_computed", "adjustment_unapplied", "invalid_lock", "invalid_locks"] },
  { title: "Rows left out of the data", todo: `Fix the rows named in their tables, ${CALC}`, codes: [] },
];
const OTHER = { title: "Other", todo: `Fix what is named, ${CALC}` };

/**
 * Issues grouped by what to do about them, in a fixed order. Rejected data rows (their path starts
 * with a table name) go in "Rows left out of the data".
 * @example groupIssues([{ code: "no_quota", path: ["reps", "R1"], message: "…" }])[0].title // "Rep without a quota"
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  const rowsGroup = GROUPS[GROUPS.length - 1];
  for (const issue of issues) {
    const spec = GROUPS.find((group) => group.codes.includes(issue.code)) ?? (typeof issue.path[1] === "number" ? rowsGroup : OTHER);
    const group = groups.get(spec.title) ?? { title: spec.title, todo: spec.todo, issues: [] };
    group.issues.push(issue);
    groups.set(spec.title, group);
  }
  const order = [...GROUPS.map((group) => group.title), OTHER.title];
  return [...groups.values()].sort((a, b) => order.indexOf(a.title) - order.indexOf(b.title));
}
