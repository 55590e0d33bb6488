/**
 * A segment's quota and target incentive, in plan currency, prorated by active days when the plan
 * says so. A quota comes from the assignment (per plan period) or from the rep's quota rows whose
 * fiscal periods lie inside the window (monthly quotas add up to a quarter; a yearly quota is not
 * split into quarters — phasing is the plan's business, so such a rep has no quarterly quota).
 */
import type { Quota } from "../model/entities";
import { fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import type { IsoDate } from "../model/isoDate";
import { EngineContext, report } from "./context";
import type { Segment } from "./segments";

/** Quota rows by owner, so each segment reads only its rep's rows. */
export function indexQuotas(quotas: readonly Quota[]): Map<string, Quota[]> {
  const byOwner = new Map<string, Quota[]>();
  for (const quota of quotas) {
    const list = byOwner.get(quota.ownerId);
    if (list) list.push(quota);
    else byOwner.set(quota.ownerId, [quota]);
  }
  return byOwner;
}

/**
 * The segment's quota for the period (`window: "period"`) or the fiscal year to date, or null when
 * the rep has none (or it cannot be converted — reported). Never a default.
 * @example segmentQuota(ctx, quotas, segment, "period") // 250000 for a full quarter on a 250,000 quota
 */
export function segmentQuota(ctx: EngineContext, quotas: ReadonlyMap<string, Quota[]>, segment: Segment, window: "period" | "ytd"): number | null {
  const { plan, assignment, rep } = segment;
  const start: IsoDate = window === "period" ? ctx.range.start : ctx.yearRange.start;
  const end = ctx.range.end;
  const factor = window === "period" ? segment.periodFactor : (segment.ytdFactor ?? segment.periodFactor);
  const prorate = plan.proration.quota ? factor : 1;
  if (assignment.quota !== null) {
    const periods = window === "period" || ctx.period.grain === "year" ? 1 : ctx.period.index;
    return assignment.quota * periods * prorate;
  }
  let total: number | null = null;
  for (const quota of quotas.get(rep.id) ?? []) {
    const period = parseFiscalLabel(quota.period);
    if (!period) continue;
    const range = fiscalPeriodRange(period, ctx.fiscalStartMonth);
    if (range.start < start || range.end > end) continue;
    const rate = ctx.fx.factor(quota.currency, plan.currency, range.end);
    if (!rate.ok) {
      report(ctx, { code: "missing_fx_rate", path: ["reps", rep.id, "quota", quota.period], message: `${rep.id}'s ${quota.period} quota is in ${quota.currency} and cannot be converted to ${plan.currency}: ${rate.issues[0]?.message ?? ""}` }, rep.id);
      return null;
    }
    total = (total ?? 0) + quota.amount * rate.value;
  }
  return total === null ? null : total * prorate;
}

/** The segment's target incentive per period (assignment first, then plan), prorated when the plan says so; null when neither sets one. */
export function segmentTargetIncentive(segment: Segment): number | null {
  const base = segment.assignment.targetIncentive ?? segment.plan.targetIncentive;
  if (base === null) return null;
  return segment.plan.proration.targetIncentive ? base * segment.periodFactor : base;
}

/** Whether a plan measures attainment at all (then a rep on it without a quota is an error). */
export function planNeedsQuota(plan: Segment["plan"]): boolean {
  return plan.rates.on === "attainment" || plan.gate !== null || plan.threshold !== null || plan.bonuses.some((bonus) => bonus.when.attainmentAtLeast !== undefined);
}
