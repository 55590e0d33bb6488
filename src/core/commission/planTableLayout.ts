/**
 * The workbook layout of plans: which column of which table holds which field of the plan JSON.
 * One list drives both directions (planFromTables and planToTables), so they cannot drift apart.
 */
import type { CellKind } from "./tableCells";

export interface ColumnSpec {
  column: string;
  /** Where the value goes in the plan (or tier, multiplier, bonus) object. */
  path: readonly string[];
  kind: CellKind;
}

const c = (column: string, path: string, kind: CellKind): ColumnSpec => ({ column, path: path.split("."), kind });

export const PLAN_TABLES = { plans: "Plans", tiers: "PlanTiers", multipliers: "PlanMultipliers", bonuses: "PlanBonuses", assignments: "PlanAssignments" } as const;

/** Plans: one row per plan. Blank optional cells take the schema's defaults (a blank gate = no gate). */
export const PLAN_COLUMNS: readonly ColumnSpec[] = [
  c("plan_id", "id", "text"),
  c("name", "name", "text"),
  c("version", "version", "number"),
  c("currency", "currency", "text"),
  c("period", "period", "text"),
  c("target_incentive", "targetIncentive", "number"),
  c("credit_basis", "credit.basis", "text"),
  c("deal_types", "credit.types", "list"),
  c("products", "credit.products", "list"),
  c("roll_up_to_managers", "credit.rollUpToManagers", "boolean"),
  c("rate_on", "rates.on", "text"),
  c("method", "rates.method", "text"),
  c("gate_min_attainment", "gate.minAttainment", "number"),
  c("threshold_attainment", "threshold.attainment", "number"),
  c("threshold_rate_factor", "threshold.rateFactor", "number"),
  c("cap_per_deal", "caps.perDeal", "number"),
  c("cap_per_period", "caps.perPeriod", "number"),
  c("cap_target_incentive_multiple", "caps.targetIncentiveMultiple", "number"),
  c("draw_amount", "draw.amount", "number"),
  c("draw_recoverable", "draw.recoverable", "boolean"),
  c("clawback_days", "clawback.windowDays", "number"),
  c("prorate_quota", "proration.quota", "boolean"),
  c("prorate_target_incentive", "proration.targetIncentive", "boolean"),
  c("prorate_draw", "proration.draw", "boolean"),
  c("true_up", "trueUp", "text"),
];

/** PlanTiers: one row per tier, in order, keyed by plan_id. */
export const TIER_COLUMNS: readonly ColumnSpec[] = [c("threshold", "threshold", "number"), c("up_to", "upTo", "number"), c("rate", "rate", "number"), c("label", "label", "text")];

const CONDITION_COLUMNS: readonly ColumnSpec[] = [
  c("types", "when.types", "list"),
  c("products", "when.products", "list"),
  c("term_months_over", "when.termMonthsOver", "number"),
  c("credit_at_least", "when.creditAtLeast", "number"),
];

export const MULTIPLIER_COLUMNS: readonly ColumnSpec[] = [c("id", "id", "text"), c("factor", "factor", "number"), ...CONDITION_COLUMNS];

export const BONUS_COLUMNS: readonly ColumnSpec[] = [
  c("id", "id", "text"),
  c("kind", "kind", "text"),
  c("amount", "amount", "number"),
  c("per", "per", "text"),
  c("attainment_at_least", "when.attainmentAtLeast", "number"),
  c("min_deals", "when.minDeals", "number"),
  ...CONDITION_COLUMNS,
];

export const ASSIGNMENT_COLUMNS: readonly ColumnSpec[] = [
  c("rep_id", "repId", "text"),
  c("plan_id", "planId", "text"),
  c("from", "from", "date"),
  c("to", "to", "date"),
  c("quota", "quota", "number"),
  c("target_incentive", "targetIncentive", "number"),
];

/** Parts of a plan that are absent (null) unless one of their cells is filled. */
export const OPTIONAL_PARTS = ["gate", "threshold", "draw", "clawback"] as const;
