/**
 * A rep's period: the segments' lines, clawbacks and manual adjustments make the earnings; the
 * draw tops them up to the guarantee (or recovers an earlier draw); the payout is the sum of every
 * line, and the state to carry into the next period is derived from it.
 */
import type { Quota } from "../model/entities";
import { EngineContext, report } from "./context";
import { applyDraw } from "./draws";
import { toCents } from "./money";
import type { Segment } from "./segments";
import { computeSegment, SegmentOutcome } from "./segmentResult";
import { addCents, allCents, bucketCents, lineCents, makeCentsLine, makeLine, noCents, totalsFromCents } from "./statement";
import type { RepCarryState, RepPeriodResult, StatementLine } from "./types";

/** Whether the rep needs last period's state: a recoverable draw or a YTD true-up that started before this period. */
function missingState(ctx: EngineContext, segments: readonly Segment[], state: RepCarryState | undefined): boolean {
  if (state || ctx.input.priorState === "fresh") return false;
  return segments.some(
    (segment) =>
      (segment.plan.draw?.recoverable === true && segment.assignment.from < ctx.range.start && segment.rep.startDate < ctx.range.start) ||
      (segment.plan.trueUp === "ytd" && segment.creditFrom < segment.from),
  );
}

/**
 * Computes one rep's period, or returns null after reporting why it cannot be.
 * @example assembleRep(ctx, quotas, segments, undefined, [])?.payout
 */
export function assembleRep(ctx: EngineContext, quotas: ReadonlyMap<string, Quota[]>, segments: readonly Segment[], state: RepCarryState | undefined, clawbacks: readonly StatementLine[]): RepPeriodResult | null {
  const rep = segments[0].rep;
  const currencies = new Set(segments.map((segment) => segment.plan.currency));
  if (currencies.size > 1) {
    report(ctx, { code: "plan_currency_change", path: ["reps", rep.id, "plan"], message: `${rep.id} moves between plans in ${[...currencies].join(" and ")} within ${ctx.label}: one payout cannot add both. Move plans at a period boundary.` }, rep.id);
    return null;
  }
  if (missingState(ctx, segments, state)) {
    report(ctx, { code: "missing_prior_state", path: ["reps", rep.id, "priorState"], message: `${rep.id}'s plan carries a draw balance or YTD payments from earlier periods: pass the previous period's state (or compute the periods in order). The rep is not computed.` }, rep.id);
    return null;
  }
  const outcomes: SegmentOutcome[] = [];
  for (const segment of segments) {
    const outcome = computeSegment(ctx, quotas, segment, state);
    if (!outcome) return null;
    outcomes.push(outcome);
  }
  const last = segments[segments.length - 1];
  // The usual single segment's lines become the statement as they are: no copy of a long list.
  const lines: StatementLine[] = outcomes.length === 1 ? outcomes[0].lines : [];
  if (outcomes.length > 1) for (const outcome of outcomes) for (const line of outcome.lines) lines.push(line);
  // The segments counted their lines' cents by kind; the lines added here are counted as they come.
  const counted = lines.length;
  const cents = noCents();
  for (const outcome of outcomes) addCents(cents, outcome.cents);
  for (const line of clawbacks) lines.push(line);
  for (const adjustment of ctx.input.adjustments ?? []) {
    if (adjustment.repId !== rep.id || adjustment.period !== ctx.label) continue;
    lines.push(makeLine({ repId: rep.id, period: ctx.label, planId: last.plan.id, kind: "adjustment", opportunityIds: [], rule: "adjustment", tier: null, basis: null, rate: null, description: adjustment.reason }, adjustment.amount));
  }

  // The guarantee follows each segment's plan and days; the balance is the rep's, whatever the plan.
  let guarantee = 0;
  for (const segment of segments) if (segment.plan.draw) guarantee += segment.plan.draw.amount * (segment.plan.proration.draw ? segment.periodFactor : 1);
  const recoverable = last.plan.draw?.recoverable ?? true;
  const balanceBefore = state ? toCents(state.drawBalance) : 0;
  const hasDraw = segments.some((segment) => segment.plan.draw !== null);
  // Without a draw nothing tops earnings up (negative earnings after a clawback stay owed); an old balance is still recovered.
  bucketCents(lines.slice(counted), cents);
  const draw = hasDraw || balanceBefore > 0 ? applyDraw(allCents(cents), toCents(guarantee), balanceBefore, recoverable) : { drawCents: 0, recoveryCents: 0, balanceCents: 0 };
  const drawFields = { repId: rep.id, period: ctx.label, planId: last.plan.id, opportunityIds: [], rule: "draw", tier: null, basis: null, rate: null };
  if (draw.drawCents > 0) {
    lines.push(makeCentsLine({ ...drawFields, kind: "draw", description: `${recoverable ? "Recoverable" : "Non-recoverable"} draw up to the ${guarantee} guarantee` }, draw.drawCents));
    cents.draws += draw.drawCents;
  }
  if (draw.recoveryCents > 0) {
    lines.push(makeCentsLine({ ...drawFields, kind: "drawRecovery", description: `Recovery of earlier draws (balance ${balanceBefore / 100})` }, -draw.recoveryCents));
    cents.drawRecovery -= draw.recoveryCents;
  }

  const payoutCents = allCents(cents);
  const locked = ctx.input.lockedPayouts?.find((entry) => entry.repId === rep.id && entry.period === ctx.label);
  let credit = 0;
  let quota: number | null = 0;
  for (const outcome of outcomes) {
    credit += outcome.result.credit;
    quota = quota === null || outcome.result.quota === null ? null : quota + outcome.result.quota;
  }
  return {
    repId: rep.id,
    repName: rep.name,
    period: ctx.label,
    currency: last.plan.currency,
    segments: outcomes.map((outcome) => outcome.result),
    credit,
    quota,
    attainment: quota !== null && quota > 0 ? credit / quota : null,
    commissionByTier: outcomes.flatMap((outcome) => outcome.byTier),
    totals: totalsFromCents(cents),
    payout: payoutCents / 100,
    drawBalance: draw.balanceCents / 100,
    lines,
    locked: locked ? { payout: locked.payout, difference: (payoutCents - toCents(locked.payout)) / 100 } : null,
    issues: ctx.repIssues.get(rep.id) ?? [],
  };
}

/** The state to carry: draw balance, and commission paid in the fiscal year for YTD true-ups. */
export function nextState(ctx: EngineContext, result: RepPeriodResult, state: RepCarryState | undefined): RepCarryState {
  let paidCents = state && state.fiscalYear === ctx.period.fiscalYear ? toCents(state.ytdCommissionPaid) : 0;
  // The commission kinds' totals are exact sums of their lines' cents: the same as adding up the lines.
  const { commission, multipliers, caps, trueUp } = result.totals;
  for (const amount of [commission, multipliers, caps, trueUp]) paidCents += lineCents({ amount });
  return { repId: result.repId, period: ctx.label, fiscalYear: ctx.period.fiscalYear, drawBalance: result.drawBalance, ytdCommissionPaid: paidCents / 100 };
}
