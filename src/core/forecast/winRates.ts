import type { Issue } from "../model/result";

/** A closed deal as win-rate history: how far it got and how it ended. */
export interface ClosedDealHistory {
  id: string;
  segment: string;
  /** Corporate currency. */
  amount: number;
  won: boolean;
  closeDate: string;
  /** Order of the furthest open stage the deal reached (won deals reached them all); null when unknown. */
  furthestStageOrder: number | null;
}

export type WinRateGrouping = "stage+segment+size" | "stage+segment" | "stage" | "all";

export interface WinRate {
  rate: number;
  /** Closed deals the rate rests on. */
  deals: number;
  won: number;
  grouping: WinRateGrouping;
}

export interface WinRateOptions {
  /** Closed deals with a close date in this window (inclusive) form the history. */
  lookBack: { start: string; end: string };
  /** Below this many deals a grouping falls back to the next coarser one. */
  minDeals: number;
  /** Upper bounds of the deal-size bands, ascending; a last open band holds everything above. */
  sizeBandUpperBounds: readonly number[];
}

export const DEFAULT_SIZE_BANDS: readonly number[] = [25_000, 100_000, 500_000];

/** The deal-size band an amount falls in, as an index. @example sizeBand(60000, [25000, 100000]) // 1 */
export function sizeBand(amount: number, upperBounds: readonly number[]): number {
  const index = upperBounds.findIndex((bound) => amount < bound);
  return index === -1 ? upperBounds.length : index;
}

interface Tally {
  deals: number;
  won: number;
}

export interface WinRateTable {
  /** The historical win rate for an open deal at a stage, falling back through coarser groupings. */
  rateFor(stageOrder: number, segment: string, amount: number): WinRate;
  /** Lost deals whose furthest stage is unknown and so count only in the overall rate. */
  issues: Issue[];
}

/**
 * Historical win rates by stage: of the closed deals that reached a stage, the share that were won —
 * by stage, segment and deal-size band, falling back to stage and segment, then stage, then all
 * closed deals whenever a grouping rests on fewer than `minDeals` deals.
 * @example historicalWinRates(history, [1, 2, 3], options).rateFor(2, "Enterprise", 80000).rate
 */
export function historicalWinRates(history: readonly ClosedDealHistory[], openStageOrders: readonly number[], options: WinRateOptions): WinRateTable {
  const tallies = new Map<string, Tally>();
  const overall: Tally = { deals: 0, won: 0 };
  let unknownHistory = 0;
  const count = (key: string, won: boolean): void => {
    const tally = tallies.get(key) ?? { deals: 0, won: 0 };
    tally.deals += 1;
    if (won) tally.won += 1;
    tallies.set(key, tally);
  };
  for (const deal of history) {
    if (deal.closeDate < options.lookBack.start || deal.closeDate > options.lookBack.end) continue;
    overall.deals += 1;
    if (deal.won) overall.won += 1;
    const furthest = deal.won ? Number.POSITIVE_INFINITY : deal.furthestStageOrder;
    if (furthest === null) {
      unknownHistory += 1;
      continue;
    }
    const band = sizeBand(deal.amount, options.sizeBandUpperBounds);
    for (const stage of openStageOrders) {
      if (stage > furthest) continue;
      count(`${stage}`, deal.won);
      count(`${stage}|${deal.segment}`, deal.won);
      count(`${stage}|${deal.segment}|${band}`, deal.won);
    }
  }
  const issues: Issue[] = unknownHistory
    ? [{ code: "unknown_stage_history", path: ["last_stage"], message: `${unknownHistory} lost deals have no stage history (no snapshot and no last_stage column), so they count only in the overall win rate. Add a last_stage column to the opportunities to use them by stage.` }]
    : [];
  const rateOf = (tally: Tally, grouping: WinRateGrouping): WinRate => ({ rate: tally.deals === 0 ? 0 : tally.won / tally.deals, deals: tally.deals, won: tally.won, grouping });
  return {
    issues,
    rateFor(stageOrder, segment, amount) {
      const band = sizeBand(amount, options.sizeBandUpperBounds);
      const candidates: [string, WinRateGrouping][] = [
        [`${stageOrder}|${segment}|${band}`, "stage+segment+size"],
        [`${stageOrder}|${segment}`, "stage+segment"],
        [`${stageOrder}`, "stage"],
      ];
      for (const [key, grouping] of candidates) {
        const tally = tallies.get(key);
        if (tally && tally.deals >= options.minDeals) return rateOf(tally, grouping);
      }
      return rateOf(overall, "all");
    },
  };
}
