/**
 * One segment's figures: quota and attainment, commission lines, the YTD true-up, the period cap
 * and the bonuses. A plan that measures attainment needs a quota: without one the segment is an
 * error for the rep (reported), never a silent zero.
 */
import type { Quota } from "../model/entities";
import { capLine, periodCap } from "./caps";
import { bonusLines } from "./bonuses";
import { computeCommissionLines, tierName } from "./commissionLines";
import { countDeals, creditsFrom, sumCredit } from "./creditTable";
import { EngineContext, report } from "./context";
import { toCents } from "./money";
import { planNeedsQuota, segmentQuota, segmentTargetIncentive } from "./quota";
import type { Segment } from "./segments";
import { BucketCents, addCents, bucketCents, makeCentsLine, noCents } from "./statement";
import type { CommissionByTier, RepCarryState, SegmentResult, StatementLine } from "./types";

export interface SegmentOutcome {
  result: SegmentResult;
  lines: StatementLine[];
  /** Cents of `lines` by kind. */
  cents: BucketCents;
  byTier: CommissionByTier[];
}

function quotaProblem(ctx: EngineContext, segment: Segment, quota: number | null, window: string): boolean {
  if (quota !== null && quota > 0) return false;
  const { rep, plan } = segment;
  report(
    ctx,
    {
      code: quota === null ? "no_quota" : "zero_quota",
      path: ["reps", rep.id, "quota"],
      message:
        quota === null
          ? `${rep.id} (${rep.name}) has no quota for ${window}, which plan "${plan.id}" needs to measure attainment: add a quota row or set one on the assignment. The rep is not computed.`
          : `${rep.id} (${rep.name}) has a quota of 0 for ${window}: attainment cannot be measured. The rep is not computed.`,
    },
    rep.id,
  );
  return true;
}

/**
 * Computes a segment, or returns null after reporting why it cannot be (no quota).
 * @example computeSegment(ctx, quotas, segment, undefined)?.result.attainment // 1.2
 */
export function computeSegment(ctx: EngineContext, quotas: ReadonlyMap<string, Quota[]>, segment: Segment, state: RepCarryState | undefined): SegmentOutcome | null {
  const { plan, rep } = segment;
  const ytd = plan.trueUp === "ytd";
  const periodQuota = segmentQuota(ctx, quotas, segment, "period");
  const ytdQuota = ytd ? segmentQuota(ctx, quotas, segment, "ytd") : null;
  if (planNeedsQuota(plan) && (quotaProblem(ctx, segment, periodQuota, ctx.label) || (ytd && quotaProblem(ctx, segment, ytdQuota, `FY${ctx.period.fiscalYear} to date`)))) return null;

  const fields = { repId: rep.id, period: ctx.label, planId: plan.id };
  const commission = computeCommissionLines(segment, ytd ? ytdQuota : periodQuota, ctx.label);
  const lines = commission.lines;
  // The deal lines' cents come counted; the few period-level lines are counted as they are added.
  const deals = commission.cents;
  const counted = lines.length;
  let commissionCents = deals.commission + deals.multipliers + deals.caps;
  if (ytd) {
    // Pay YTD earned − paid to date: the period's own deal lines are above; the rest of the
    // difference is what earlier deals earn now at this YTD rate, less what was paid for them.
    const paidCents = state && state.fiscalYear === ctx.period.fiscalYear ? toCents(state.ytdCommissionPaid) : 0;
    const trueUpCents = commission.priorCents - paidCents;
    if (trueUpCents !== 0) {
      commissionCents += trueUpCents;
      lines.push(
        makeCentsLine(
          { ...fields, kind: "trueUp", opportunityIds: [], rule: "trueUp", tier: null, basis: null, rate: null, description: `YTD true-up: earlier deals now earn ${commission.priorCents / 100}, paid to date ${paidCents / 100}` },
          trueUpCents,
        ),
      );
    }
  }
  const targetIncentive = segmentTargetIncentive(segment);
  if (plan.caps.targetIncentiveMultiple !== null && targetIncentive === null) {
    report(ctx, { code: "no_target_incentive", path: ["reps", rep.id, "targetIncentive"], message: `Plan "${plan.id}" caps commission at a multiple of the target incentive, but neither the plan nor ${rep.id}'s assignment sets one: that cap is not applied.` }, rep.id);
  }
  const cap = capLine(commissionCents, periodCap(plan, targetIncentive, segment.periodFactor), fields);
  if (cap) lines.push(cap);

  const periodCredits = ytd ? creditsFrom(segment.credits, segment.from) : segment.credits;
  const credit = sumCredit(periodCredits);
  const attainment = periodQuota !== null && periodQuota > 0 ? credit / periodQuota : null;
  lines.push(...bonusLines(plan.bonuses, periodCredits, attainment, fields));
  const cents = bucketCents(lines.slice(counted), addCents(noCents(), deals));

  let ytdFigures: SegmentResult["ytd"] = null;
  if (ytd && ytdQuota !== null) {
    const ytdCredit = sumCredit(segment.credits);
    ytdFigures = { credit: ytdCredit, quota: ytdQuota, attainment: ytdCredit / ytdQuota };
  }
  const byTier: CommissionByTier[] = commission.byTier.map((tier, i) => ({
    planId: plan.id,
    tier: i,
    label: tierName(plan, i),
    rate: plan.rates.tiers[i].rate * commission.factor.factor,
    credit: tier.credit,
    amount: tier.cents / 100,
  }));
  return {
    result: {
      planId: plan.id,
      from: segment.from,
      to: segment.to,
      prorationFactor: segment.periodFactor,
      credit,
      quota: periodQuota,
      attainment,
      ytd: ytdFigures,
      targetIncentive,
      creditedDeals: countDeals(periodCredits),
    },
    lines,
    cents,
    byTier,
  };
}
