/**
 * Crediting: which closed-won deals count for whom and for how much. Each deal goes to its owner
 * (or its explicit splits), to overlay reps, and — on plans that roll up — to every manager above
 * the credited reps. Each recipient's plan (the one they are on at the close date) decides whether
 * the deal counts (types, products), its basis (amount, ACV, first-year value) and the currency.
 */
import type { Opportunity } from "../model/entities";
import { EngineContext, report } from "./context";
import type { Plan } from "./planSchema";
import { Segment, segmentOn } from "./segments";
import { DealSplits, indexSplits } from "./splits";

/** A deal's credit to one rep. A segment's lines are in accrual order: by close date, same-day deals in data order. */
export interface CreditLine {
  deal: Opportunity;
  role: "owner" | "split" | "overlay" | "rollup";
  /** The rep's fraction of the deal. */
  share: number;
  /** basis × share, in plan currency, unrounded. */
  credit: number;
  /** [deal.id], shared by every statement line of the deal (one array per deal, not per line). */
  ids: readonly string[];
}

/**
 * The value a plan credits for a deal before splits, in the deal's currency, or null when the
 * deal has no term and the basis needs one.
 * @example creditBasis({ amount: 36000, termMonths: 36 }, "acv") // 12000
 * @example creditBasis({ amount: 6000, termMonths: 6 }, "firstYear") // 6000
 */
export function creditBasis(deal: Pick<Opportunity, "amount" | "termMonths">, basis: Plan["credit"]["basis"]): number | null {
  if (basis === "amount") return deal.amount;
  const term = deal.termMonths;
  if (term === null || !(term > 0)) return null;
  // ACV annualises the contract; first-year value is what falls in the first 12 months.
  return basis === "acv" ? (deal.amount / term) * 12 : (deal.amount * Math.min(term, 12)) / term;
}

interface PlanFilter {
  types: ReadonlySet<string> | null;
  products: ReadonlySet<string> | null;
}

const filterOf = (plan: Plan): PlanFilter => ({
  types: plan.credit.types.length > 0 ? new Set(plan.credit.types) : null,
  products: plan.credit.products.length > 0 ? new Set(plan.credit.products) : null,
});

/**
 * Fills `segment.credits` for every segment from the deals closed won in the segments' credit
 * windows. Problems (splits that do not add up, a missing rate, a missing term, a credited rep on
 * no plan) are reported, and the affected credit is left out — never guessed.
 */
export function assignCredit(ctx: EngineContext, segments: ReadonlyMap<string, Segment[]>): void {
  const { input, range } = ctx;
  let earliest = range.start;
  for (const list of segments.values()) for (const segment of list) if (segment.creditFrom < earliest) earliest = segment.creditFrom;
  const won = new Set(input.data.settings.stageMap.filter((stage) => stage.won).map((stage) => stage.stage.trim().toLowerCase()));
  const wonCache = new Map<string, boolean>();
  const split = indexSplits(input.splits ?? []);
  split.issues.forEach((issue) => report(ctx, issue));
  const filters = new Map<string, PlanFilter>();
  const unplanned = new Map<string, number>();
  const reported = new Set<string>();
  // A deal cancelled before this period is gone: YTD plans must not credit it again (it was clawed back).
  const gone = new Set((input.cancellations ?? []).filter((c) => c.cancelDate < range.start).map((c) => c.opportunityId));
  const rollUp = [...segments.values()].some((list) => list.some((segment) => segment.plan.credit.rollUpToManagers));

  let ids: readonly string[] = [];
  const credit = (repId: string, deal: Opportunity, role: CreditLine["role"], share: number): boolean => {
    const segment = segmentOn(segments.get(repId), deal.closeDate);
    if (!segment) return false;
    const plan = segment.plan;
    let filter = filters.get(plan.id);
    if (!filter) filters.set(plan.id, (filter = filterOf(plan)));
    if ((filter.types && !filter.types.has(deal.type)) || (filter.products && !filter.products.has(deal.product))) return true;
    const basis = creditBasis(deal, plan.credit.basis);
    if (basis === null) {
      const key = `term|${deal.id}|${plan.id}`;
      if (!reported.has(key)) {
        reported.add(key);
        report(ctx, { code: "missing_term", path: ["opportunities", deal.id, "termMonths"], message: `${deal.id} has no term in months, which plan "${plan.id}" needs for its ${plan.credit.basis} basis: the deal is not credited until it has one.` }, repId);
      }
      return true;
    }
    const rate = ctx.fx.factor(deal.currency, plan.currency, deal.closeDate);
    if (!rate.ok) {
      const key = `fx|${deal.id}`;
      if (!reported.has(key)) {
        reported.add(key);
        const reason = rate.issues[0]?.message ?? "";
        report(ctx, { code: "missing_fx_rate", path: ["opportunities", deal.id, "currency"], message: `${deal.id} is in ${deal.currency} and cannot be converted to ${plan.currency}: ${reason} The deal is not credited until then.` }, repId);
      }
      return true;
    }
    segment.credits.push({ deal, role, share, credit: basis * rate.value * share, ids });
    return true;
  };

  const creditWithRollup = (repId: string, deal: Opportunity, role: CreditLine["role"], share: number): void => {
    if (!credit(repId, deal, role, share) && deal.closeDate >= range.start) unplanned.set(repId, (unplanned.get(repId) ?? 0) + 1);
    if (!rollUp) return;
    // Walk up the hierarchy; a cycle in managerId (bad data) stops at the first repeat.
    const seen = new Set<string>([repId]);
    let managerId = ctx.reps.get(repId)?.managerId ?? "";
    while (managerId !== "" && !seen.has(managerId)) {
      seen.add(managerId);
      const managerSegment = segmentOn(segments.get(managerId), deal.closeDate);
      if (managerSegment?.plan.credit.rollUpToManagers) credit(managerId, deal, "rollup", share);
      managerId = ctx.reps.get(managerId)?.managerId ?? "";
    }
  };

  // Credit accrues in close-date order, so deals are visited day by day (same-day deals in data
  // order): every segment's credit lines then come out already in accrual order, with no sort.
  // A counting sort over the period's few hundred days, in typed arrays: no array per day.
  const deals = input.data.opportunities;
  const dayOf = new Int32Array(deals.length).fill(-1);
  const dayIndex = new Map<string, number>();
  // Id lookups happen here, in data order (memory order), not in the date-ordered pass below where
  // every deal is a cache miss; empty sets and maps are not consulted at all.
  const checkIds = split.rejected.size > 0 || gone.size > 0;
  const hasSplits = split.byDeal.size > 0;
  // Array.from, not new Array(n): V8 makes a large preallocated array a slow dictionary.
  const explicitOf: (DealSplits | undefined)[] = hasSplits ? Array.from<DealSplits | undefined>({ length: deals.length }) : [];
  for (let i = 0; i < deals.length; i += 1) {
    const deal = deals[i];
    if (deal.closeDate < earliest || deal.closeDate > range.end) continue;
    let isWon = wonCache.get(deal.stage);
    if (isWon === undefined) wonCache.set(deal.stage, (isWon = won.has(deal.stage.trim().toLowerCase())));
    if (!isWon || (checkIds && (split.rejected.has(deal.id) || gone.has(deal.id)))) continue;
    let day = dayIndex.get(deal.closeDate);
    if (day === undefined) dayIndex.set(deal.closeDate, (day = dayIndex.size));
    dayOf[i] = day;
    if (hasSplits) explicitOf[i] = split.byDeal.get(deal.id);
  }
  const rank = new Int32Array(dayIndex.size);
  [...dayIndex.keys()].sort().forEach((date, order) => (rank[dayIndex.get(date) ?? 0] = order));
  const starts = new Int32Array(dayIndex.size + 1);
  for (let i = 0; i < deals.length; i += 1) if (dayOf[i] >= 0) starts[rank[dayOf[i]] + 1] += 1;
  for (let d = 1; d < starts.length; d += 1) starts[d] += starts[d - 1];
  const ordered = new Int32Array(starts[starts.length - 1]);
  for (let i = 0; i < deals.length; i += 1) if (dayOf[i] >= 0) ordered[starts[rank[dayOf[i]]]++] = i;

  for (let k = 0; k < ordered.length; k += 1) {
    const index = ordered[k];
    const deal = deals[index];
    ids = [deal.id];
    const explicit = hasSplits ? explicitOf[index] : undefined;
    if (explicit && explicit.splits.length > 0) for (const part of explicit.splits) creditWithRollup(part.repId, deal, "split", part.share);
    else creditWithRollup(deal.ownerId, deal, "owner", 1);
    if (explicit) for (const overlay of explicit.overlays) credit(overlay.repId, deal, "overlay", overlay.share);
  }

  for (const [repId, deals] of unplanned) {
    report(ctx, { code: "no_plan", path: ["reps", repId], message: `${repId} is credited with ${deals} closed-won deal(s) in ${ctx.label} but no plan assignment covers their close dates: no commission is computed on them.` }, repId);
  }
}
