/**
 * Credits deals to reps: each deal to its split reps (or its owner), with roll-ups to managers on
 * plans that roll up, then to its overlay reps. Each recipient's plan (the one they are on at the
 * close date) decides whether the deal counts (types, products), its basis and its currency.
 */
import type { Opportunity } from "../model/entities";
import type { IsoDate } from "../model/isoDate";
import type { EngineContext } from "./context";
import { creditBasis } from "./creditBasis";
import { CreditEntries } from "./creditEntries";
import type { CreditProblem } from "./creditProblems";
import { ROLE_CODE } from "./creditTable";
import type { Plan } from "./planSchema";
import { Segment, segmentOn } from "./segments";
import { SplitIndex, isOverlay } from "./splits";

interface PlanFilter {
  types: ReadonlySet<string> | null;
  products: ReadonlySet<string> | null;
}

const filterOf = (plan: Plan): PlanFilter => ({
  types: plan.credit.types.length > 0 ? new Set(plan.credit.types) : null,
  products: plan.credit.products.length > 0 ? new Set(plan.credit.products) : null,
});

/** Credits one deal at a time into the entry columns; one object for the run, so the per-deal path allocates nothing. */
export class DealCreditor {
  readonly entries: CreditEntries;
  readonly problems: CreditProblem[] = [];
  private readonly filters: PlanFilter[];
  /** Reps met on the way up one hierarchy; a short array beats a Set per deal. */
  private readonly seen: string[] = [];
  /** Per segment index: 1 when its credit window holds every date the run credits (most reps). */
  private readonly coversWindow: Uint8Array;

  constructor(
    private readonly ctx: EngineContext,
    private readonly segments: ReadonlyMap<string, Segment[]>,
    private readonly splits: SplitIndex,
    segmentList: readonly Segment[],
    window: { start: IsoDate; end: IsoDate },
    private readonly rollUp: boolean,
    capacity: number,
  ) {
    this.entries = new CreditEntries(capacity, segmentList.some((segment) => segment.plan.bonuses.some((bonus) => bonus.per === "deal")));
    const byPlan = new Map<string, PlanFilter>();
    this.filters = segmentList.map((segment) => {
      let filter = byPlan.get(segment.plan.id);
      if (!filter) byPlan.set(segment.plan.id, (filter = filterOf(segment.plan)));
      return filter;
    });
    this.coversWindow = Uint8Array.from(segmentList, (segment) => (segment.creditFrom <= window.start && segment.to >= window.end ? 1 : 0));
  }

  /**
   * The rep's segment on the deal's close date. Deals come only from within the window, so a
   * rep's single segment covering all of it is the answer without comparing dates.
   */
  private segmentOf(repId: string, deal: Opportunity): Segment | undefined {
    const list = this.segments.get(repId);
    if (list !== undefined && list.length === 1 && this.coversWindow[list[0].index] === 1) return list[0];
    return segmentOn(list, deal.closeDate);
  }

  /**
   * Credits a deal to its split reps (or its owner when it has none), with roll-ups, then to its
   * overlay reps. `group` is the deal's split group, or −1.
   * @example creditor.creditDeal(i, deals[i], day, -1) // the owner's entry, if the owner's plan counts the deal
   */
  creditDeal(index: number, deal: Opportunity, day: number, group: number): void {
    if (group < 0) {
      this.creditWithRollup(deal.ownerId, index, deal, day, ROLE_CODE.owner, 1);
      return;
    }
    const { starts, rows, list } = this.splits;
    const start = starts[group];
    const end = starts[group + 1];
    let parts = 0;
    for (let k = start; k < end; k += 1) {
      const part = list[rows[k]];
      if (isOverlay(part)) continue;
      this.creditWithRollup(part.repId, index, deal, day, ROLE_CODE.split, part.share);
      parts += 1;
    }
    if (parts === 0) this.creditWithRollup(deal.ownerId, index, deal, day, ROLE_CODE.owner, 1);
    for (let k = start; k < end; k += 1) {
      const overlay = list[rows[k]];
      if (isOverlay(overlay)) this.credit(overlay.repId, index, deal, day, ROLE_CODE.overlay, overlay.share);
    }
  }

  private note(kind: CreditProblem["kind"], deal: Opportunity, day: number, repId: string, plan: Plan | null, rate: CreditProblem["rate"]): void {
    this.problems.push({ kind, day, sequence: this.problems.length, deal, repId, plan, rate });
  }

  /** False when the rep has no segment on the close date; true when the deal was credited or deliberately not. */
  private credit(repId: string, index: number, deal: Opportunity, day: number, role: number, share: number): boolean {
    const segment = this.segmentOf(repId, deal);
    if (!segment) return false;
    const plan = segment.plan;
    const filter = this.filters[segment.index];
    if ((filter.types && !filter.types.has(deal.type)) || (filter.products && !filter.products.has(deal.product))) return true;
    const basis = creditBasis(deal, plan.credit.basis);
    if (basis === null) {
      this.note("term", deal, day, repId, plan, null);
      return true;
    }
    const rate = this.ctx.fx.factor(deal.currency, plan.currency, deal.closeDate);
    if (!rate.ok) {
      this.note("fx", deal, day, repId, plan, rate);
      return true;
    }
    this.entries.add(segment.index, index, day, share, basis * rate.value * share, role);
    return true;
  }

  private creditWithRollup(repId: string, index: number, deal: Opportunity, day: number, role: number, share: number): void {
    if (!this.credit(repId, index, deal, day, role, share) && deal.closeDate >= this.ctx.range.start) this.note("unplanned", deal, day, repId, null, null);
    if (!this.rollUp) return;
    // Walk up the hierarchy; a cycle in managerId (bad data) stops at the first repeat.
    const seen = this.seen;
    seen.length = 0;
    seen.push(repId);
    const reps = this.ctx.reps;
    let managerId = reps.get(repId)?.managerId ?? "";
    while (managerId !== "" && !seen.includes(managerId)) {
      seen.push(managerId);
      const managerSegment = this.segmentOf(managerId, deal);
      if (managerSegment?.plan.credit.rollUpToManagers) this.credit(managerId, index, deal, day, ROLE_CODE.rollup, share);
      managerId = reps.get(managerId)?.managerId ?? "";
    }
  }
}
