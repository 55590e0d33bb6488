/**
 * Turns plan assignments into the segments of a period: for each rep, the days they are employed
 * and on a plan, with the proration factor (active days ÷ days in the period). A rep who moves plan
 * mid-period has two segments, each computed on its own and prorated by its own days.
 */
import type { Rep } from "../model/entities";
import type { IsoDate } from "../model/isoDate";
import type { PlanAssignment } from "./assignments";
import { EngineContext, report } from "./context";
import { NO_CREDITS, SegmentCredits } from "./creditTable";
import { daysInclusive, earlierOf, laterOf } from "./days";
import type { Plan } from "./planSchema";

export interface Segment {
  /** Numbers the run's segments from 0, for per-segment columns. */
  index: number;
  rep: Rep;
  plan: Plan;
  assignment: PlanAssignment;
  /** Days of the period on this plan while employed (both included). */
  from: IsoDate;
  to: IsoDate;
  /** Active days ÷ days in the period. */
  periodFactor: number;
  /** Deals closed from here to `to` are credited: `from`, or earlier in the fiscal year for YTD plans. */
  creditFrom: IsoDate;
  /** Active days in the fiscal year to date ÷ its days, for YTD plans. */
  ytdFactor: number | null;
  /** Set by assignCredit: the segment's credit entries, in accrual order. */
  credits: SegmentCredits;
}

const FAR_FUTURE = "9999-12-31";

/**
 * The segments of every rep with an assignment in the period, by rep, in date order.
 * Unknown plans or reps and a plan of another grain are issues; such rows make no segment.
 * @example buildSegments(ctx).get("REP-010")?.[0].periodFactor // 1 for a full quarter
 */
export function buildSegments(ctx: EngineContext, onlyReps?: ReadonlySet<string>): Map<string, Segment[]> {
  const { range, yearRange } = ctx;
  const periodDays = daysInclusive(range.start, range.end);
  const bySeg = new Map<string, Segment[]>();
  let count = 0;
  ctx.input.assignments.forEach((assignment, index) => {
    if (onlyReps && !onlyReps.has(assignment.repId)) return;
    const plan = ctx.plans.get(assignment.planId);
    const rep = ctx.reps.get(assignment.repId);
    const path = ["assignments", index];
    if (!plan) {
      const message = ctx.invalidPlans.has(assignment.planId)
        ? `${assignment.repId} is on plan "${assignment.planId}", which is invalid (see its issues): the rep is not computed until it is fixed.`
        : `assignments[${index}] puts ${assignment.repId} on plan "${assignment.planId}", which is not among the plans.`;
      report(ctx, { code: ctx.invalidPlans.has(assignment.planId) ? "invalid_plan" : "unknown_plan", path: [...path, "planId"], message }, assignment.repId);
      return;
    }
    if (!rep) {
      report(ctx, { code: "unknown_rep", path: [...path, "repId"], message: `assignments[${index}] names rep "${assignment.repId}", who is not in the reps table.` });
      return;
    }
    const from = laterOf(laterOf(range.start, assignment.from), rep.startDate);
    const to = earlierOf(earlierOf(range.end, assignment.to ?? FAR_FUTURE), rep.endDate ?? FAR_FUTURE);
    if (to < from) return;
    if (plan.period !== ctx.period.grain) {
      report(
        ctx,
        { code: "period_grain", path: ["reps", rep.id, "plan"], message: `Plan "${plan.id}" pays per ${plan.period}, but ${ctx.label} is a ${ctx.period.grain}: ask for a ${plan.period} label (${plan.period === "month" ? "FY2027-M7" : plan.period === "quarter" ? "FY2027-Q3" : "FY2027"}).` },
        rep.id,
      );
      return;
    }
    let creditFrom = from;
    let ytdFactor: number | null = null;
    if (plan.trueUp === "ytd") {
      creditFrom = laterOf(laterOf(yearRange.start, assignment.from), rep.startDate);
      ytdFactor = daysInclusive(creditFrom, to) / daysInclusive(yearRange.start, range.end);
    }
    const segment: Segment = { index: count, rep, plan, assignment, from, to, periodFactor: daysInclusive(from, to) / periodDays, creditFrom, ytdFactor, credits: NO_CREDITS };
    count += 1;
    const list = bySeg.get(rep.id);
    if (list) list.push(segment);
    else bySeg.set(rep.id, [segment]);
  });
  for (const list of bySeg.values()) list.sort((a, b) => (a.from < b.from ? -1 : 1));
  return bySeg;
}

/** The rep's segment whose credit window holds `date`, if any. */
export function segmentOn(segments: readonly Segment[] | undefined, date: IsoDate): Segment | undefined {
  if (!segments) return undefined;
  for (const segment of segments) if (date >= segment.creditFrom && date <= segment.to) return segment;
  return undefined;
}
