/**
 * What the commission engine takes and gives. Amounts are in the plan currency's major unit;
 * statement-line amounts are rounded to cents (see money.ts) and every total is the exact sum of
 * its lines.
 */
import type { FxRate } from "../model/currency";
import type { Opportunity, Quota, Rep } from "../model/entities";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import type { Settings } from "../model/settings";
import type { PlanAssignment } from "./assignments";
import type { Plan } from "./planSchema";

/** Part of a deal's credit given to a rep. Splits of one deal must add up to 1; overlays need not. */
export interface CreditSplit {
  opportunityId: string;
  repId: string;
  /** Fraction of the deal: 0.6 = 60%. */
  share: number;
  /** "split" (default) shares the deal; "overlay" credits a specialist on top of the splits. */
  kind?: "split" | "overlay";
}

/** A deal cancelled or churned after it closed won. */
export interface Cancellation {
  opportunityId: string;
  cancelDate: IsoDate;
}

/** What carries from one period to the next for a rep: the result's `state`, fed to the next run. */
export interface RepCarryState {
  repId: string;
  /** The period this state is the end of. */
  period: string;
  /** Fiscal year the YTD figures belong to. */
  fiscalYear: number;
  /** Recoverable draw still owed, in plan currency (0 or more). */
  drawBalance: number;
  /** Commission paid so far in the fiscal year, for the YTD true-up. */
  ytdCommissionPaid: number;
}

/** A manual correction paid in a period, e.g. the difference found after a period was locked. */
export interface ManualAdjustment {
  repId: string;
  period: string;
  amount: number;
  reason: string;
}

/** A payout already stored by "Lock period": a recalculation reports its difference, never changes it silently. */
export interface LockedPayout {
  repId: string;
  period: string;
  payout: number;
}

/** The data the engine reads: a DataSet or just these parts of it. */
export interface CommissionData {
  settings: Pick<Settings, "fiscalYearStartMonth" | "corporateCurrency" | "stageMap">;
  opportunities: readonly Opportunity[];
  reps: readonly Rep[];
  quotas: readonly Quota[];
  fxRates: readonly FxRate[];
}

export interface CommissionInput {
  plans: readonly Plan[];
  assignments: readonly PlanAssignment[];
  data: CommissionData;
  /** A fiscal label of the plans' grain, e.g. "FY2027-Q2". */
  period: string;
  splits?: readonly CreditSplit[];
  cancellations?: readonly Cancellation[];
  /**
   * The previous period's `state`. Plans with a recoverable draw or a YTD true-up need it for reps
   * who were on the plan before this period; "fresh" says there is nothing to carry (a first run).
   */
  priorState?: readonly RepCarryState[] | "fresh";
  adjustments?: readonly ManualAdjustment[];
  lockedPayouts?: readonly LockedPayout[];
}

export type LineKind = "commission" | "multiplier" | "cap" | "trueUp" | "bonus" | "spif" | "clawback" | "adjustment" | "draw" | "drawRecovery";

/** One statement line: every amount on a statement is one of these, traceable to its deal(s) and rule. */
export interface StatementLine {
  repId: string;
  period: string;
  planId: string;
  kind: LineKind;
  /** The deal(s) the line comes from; empty for period-level lines (period cap, period bonus, draw). */
  opportunityIds: readonly string[];
  /** The plan rule, as a path into the plan: "rates.tiers[1]", "multipliers[0]", "caps.perDeal", "bonuses[2]", "draw". */
  rule: string;
  /** Index of the rate-table tier, for commission lines. */
  tier: number | null;
  /** What the rate applies to (credit in plan currency), when the line is a rate times a basis. */
  basis: number | null;
  /** The rate applied (tier rate × gate/threshold factor), or the multiplier's factor − 1. */
  rate: number | null;
  /** Rounded to cents, in plan currency. */
  amount: number;
  description: string;
}

/** Totals of a rep's period by component: each the exact sum of its lines. */
export interface ComponentTotals {
  commission: number;
  multipliers: number;
  caps: number;
  trueUp: number;
  bonuses: number;
  spifs: number;
  clawbacks: number;
  adjustments: number;
  /** Everything above: what the rep earned in the period. */
  earnings: number;
  draws: number;
  drawRecovery: number;
}

/** One plan assignment's part of a rep's period. */
export interface SegmentResult {
  planId: string;
  from: IsoDate;
  to: IsoDate;
  /** Active days ÷ days in the period (or the year to date for YTD plans). */
  prorationFactor: number;
  credit: number;
  /** Prorated quota in plan currency; null when the plan needs none and none is set. */
  quota: number | null;
  /** credit ÷ quota for the period; null without a quota. */
  attainment: number | null;
  /** Year-to-date credit, quota and attainment, for YTD true-up plans. */
  ytd: { credit: number; quota: number; attainment: number } | null;
  targetIncentive: number | null;
  creditedDeals: number;
}

export interface CommissionByTier {
  planId: string;
  tier: number;
  label: string;
  rate: number;
  credit: number;
  amount: number;
}

export interface RepPeriodResult {
  repId: string;
  repName: string;
  period: string;
  currency: string;
  segments: SegmentResult[];
  credit: number;
  quota: number | null;
  attainment: number | null;
  commissionByTier: CommissionByTier[];
  totals: ComponentTotals;
  payout: number;
  /** Recoverable draw owed after this period. */
  drawBalance: number;
  lines: StatementLine[];
  /** When the period was locked: the stored payout and how far the recalculation differs from it. */
  locked: { payout: number; difference: number } | null;
  /** Problems that affect this rep's figures (e.g. a deal skipped for a missing FX rate). */
  issues: Issue[];
}

export interface CommissionRun {
  period: string;
  /** The period's first and last day; null when the period label is not one. */
  range: { start: IsoDate; end: IsoDate } | null;
  reps: RepPeriodResult[];
  /** Every problem found. Rep-specific ones have the path ["reps", repId, …], deal ones ["opportunities", id, …]. */
  issues: Issue[];
  /** Feed to the next period's `priorState`. */
  state: RepCarryState[];
}
