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
  // A plain loop: this runs for every closed deal and every open one, and a closure per call showed up.
  for (let index = 0; index < upperBounds.length; index += 1) if (amount < upperBounds[index]) return index;
  return upperBounds.length;
}

export interface WinRateTable {
  /** The historical win rate for an open deal at a stage, falling back through coarser groupings. */
  rateFor(stageOrder: number, segment: string, amount: number): WinRate;
  /** Lost deals whose furthest stage is unknown and so count only in the overall rate. */
  issues: Issue[];
}

/** Closed deals counted one at a time, then read as a {@link WinRateTable}. */
export interface WinRateTally {
  /** Counts one closed deal (the fields of a {@link ClosedDealHistory}, passed bare to spare an object per deal). */
  add(segment: string, amount: number, won: boolean, closeDate: string, furthestStageOrder: number | null): void;
  table(): WinRateTable;
}

/**
 * The counting behind {@link historicalWinRates}, fed one closed deal at a time so a caller with a
 * million deals need not build a history record for each. A deal is counted once, under its segment,
 * size band and furthest stage; the per-stage tallies (a deal counts at every stage up to its
 * furthest) are summed from those few cells when the table is read, not per deal and stage.
 * @example const tally = winRateTally([1, 2], options); tally.add("SMB", 9000, true, "2026-06-01", null); tally.table().rateFor(1, "SMB", 9000).rate // 1
 */
export function winRateTally(openStageOrders: readonly number[], options: WinRateOptions): WinRateTally {
  const bands = options.sizeBandUpperBounds.length + 1;
  const segmentIndex = new Map<string, number>();
  // The distinct furthest stages seen (a won deal reached them all: +Infinity), and per furthest
  // stage the deals and wins in each segment × size-band cell.
  const reaches: number[] = [];
  const deals: number[][] = [];
  const wins: number[][] = [];
  let cells = 0;
  const overall = { deals: 0, won: 0 };
  let unknownHistory = 0;
  const segmentCell = (segment: string): number => {
    let index = segmentIndex.get(segment);
    if (index === undefined) {
      index = segmentIndex.size;
      segmentIndex.set(segment, index);
      cells += bands;
      for (let reach = 0; reach < reaches.length; reach += 1) {
        for (let band = 0; band < bands; band += 1) {
          deals[reach].push(0);
          wins[reach].push(0);
        }
      }
    }
    return index * bands;
  };
  const reachOf = (furthest: number): number => {
    // A handful of stages: a scan beats a map keyed by numbers. Object.is also finds NaN.
    for (let reach = 0; reach < reaches.length; reach += 1) if (reaches[reach] === furthest || Object.is(reaches[reach], furthest)) return reach;
    deals.push(new Array<number>(cells).fill(0));
    wins.push(new Array<number>(cells).fill(0));
    return reaches.push(furthest) - 1;
  };
  const add = (segmentName: string, amount: number, isWon: boolean, closeDate: string, furthestStageOrder: number | null): void => {
    if (closeDate < options.lookBack.start || closeDate > options.lookBack.end) return;
    overall.deals += 1;
    if (isWon) overall.won += 1;
    const furthest = isWon ? Number.POSITIVE_INFINITY : furthestStageOrder;
    if (furthest === null) {
      unknownHistory += 1;
      return;
    }
    const cell = segmentCell(segmentName) + sizeBand(amount, options.sizeBandUpperBounds);
    const reach = reachOf(furthest);
    deals[reach][cell] += 1;
    if (isWon) wins[reach][cell] += 1;
  };
  const table = (): WinRateTable => {
    // Each entry of openStageOrders counts, duplicates included, into the slot of its order.
    const slotOf = new Map<number, number>();
    for (const order of openStageOrders) if (!slotOf.has(order)) slotOf.set(order, slotOf.size);
    const stages = slotOf.size;
    const byStage = { deals: new Float64Array(stages), won: new Float64Array(stages) };
    const bySegment = [...segmentIndex.keys()].map(() => ({ deals: new Float64Array(stages), won: new Float64Array(stages) }));
    const bySize = [...segmentIndex.keys()].map(() => ({ deals: new Float64Array(stages * bands), won: new Float64Array(stages * bands) }));
    for (const order of openStageOrders) {
      const slot = slotOf.get(order) as number;
      for (let reach = 0; reach < reaches.length; reach += 1) {
        if (order > reaches[reach]) continue;
        for (let cell = 0; cell < cells; cell += 1) {
          const dealCount = deals[reach][cell];
          if (dealCount === 0) continue;
          const wonCount = wins[reach][cell];
          const segment = Math.floor(cell / bands);
          byStage.deals[slot] += dealCount;
          byStage.won[slot] += wonCount;
          bySegment[segment].deals[slot] += dealCount;
          bySegment[segment].won[slot] += wonCount;
          bySize[segment].deals[slot * bands + (cell % bands)] += dealCount;
          bySize[segment].won[slot * bands + (cell % bands)] += wonCount;
        }
      }
    }
    const issues: Issue[] = unknownHistory
      ? [{ code: "unknown_stage_history", path: ["last_stage"], message: `${unknownHistory} lost deals have no stage history (no snapshot and no last_stage column), so they count only in the overall win rate. Add a last_stage column to the opportunities to use them by stage.` }]
      : [];
    const rateOf = (dealCount: number, won: number, grouping: WinRateGrouping): WinRate => ({ rate: dealCount === 0 ? 0 : won / dealCount, deals: dealCount, won, grouping });
    return {
      issues,
      rateFor(stageOrder, segment, amount) {
        const slot = slotOf.get(stageOrder);
        const index = segmentIndex.get(segment);
        if (slot !== undefined && index !== undefined) {
          const cell = slot * bands + sizeBand(amount, options.sizeBandUpperBounds);
          if (bySize[index].deals[cell] >= options.minDeals && bySize[index].deals[cell] > 0) return rateOf(bySize[index].deals[cell], bySize[index].won[cell], "stage+segment+size");
          if (bySegment[index].deals[slot] >= options.minDeals && bySegment[index].deals[slot] > 0) return rateOf(bySegment[index].deals[slot], bySegment[index].won[slot], "stage+segment");
        }
        if (slot !== undefined && byStage.deals[slot] >= options.minDeals && byStage.deals[slot] > 0) return rateOf(byStage.deals[slot], byStage.won[slot], "stage");
        return rateOf(overall.deals, overall.won, "all");
      },
    };
  };
  return { add, table };
}

/**
 * Historical win rates by stage: of the closed deals that reached a stage, the share that were won —
 * by stage, segment and deal-size band, falling back to stage and segment, then stage, then all
 * closed deals whenever a grouping rests on fewer than `minDeals` deals.
 * @example historicalWinRates(history, [1, 2, 3], options).rateFor(2, "Enterprise", 80000).rate
 */
export function historicalWinRates(history: readonly ClosedDealHistory[], openStageOrders: readonly number[], options: WinRateOptions): WinRateTable {
  const tally = winRateTally(openStageOrders, options);
  for (const deal of history) tally.add(deal.segment, deal.amount, deal.won, deal.closeDate, deal.furthestStageOrder);
  return tally.table();
}
