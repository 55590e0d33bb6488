/**
 * Crediting: which closed-won deals count for whom and for how much. Each deal goes to its owner
 * (or its explicit splits), to overlay reps, and — on plans that roll up — to every manager above
 * the credited reps (see dealCreditor.ts). The result is the run's credit table, each segment's
 * entries together in accrual order.
 */
import { EngineContext, report } from "./context";
import { groupCredits, rankDays } from "./creditEntries";
import { reportProblems } from "./creditProblems";
import { DealCreditor } from "./dealCreditor";
import { idHash } from "./idHash";
import type { Segment } from "./segments";
import { indexSplits } from "./splits";

export { creditBasis } from "./creditBasis";

/**
 * Credits every segment (sets `segment.credits`) from the deals closed won in the segments'
 * credit windows. Problems (splits that do not add up, a missing rate, a missing term, a credited
 * rep on no plan) are reported, and the affected credit is left out — never guessed.
 */
export function assignCredit(ctx: EngineContext, segments: ReadonlyMap<string, Segment[]>): void {
  const { input, range } = ctx;
  const segmentList: Segment[] = [];
  for (const list of segments.values()) for (const segment of list) segmentList[segment.index] = segment;
  let earliest = range.start;
  for (const segment of segmentList) if (segment.creditFrom < earliest) earliest = segment.creditFrom;
  const won = new Set(input.data.settings.stageMap.filter((stage) => stage.won).map((stage) => stage.stage.trim().toLowerCase()));
  const wonCache = new Map<string, boolean>();
  // Deals mostly share one stage string ("Closed Won"): checked against the last one first.
  let lastStage: string | null = null;
  let lastWon = false;
  const split = indexSplits(input.splits ?? []);
  split.issues.forEach((issue) => report(ctx, issue));
  // A deal cancelled before this period is gone: YTD plans must not credit it again (it was clawed back).
  const gone = new Set((input.cancellations ?? []).filter((c) => c.cancelDate < range.start).map((c) => c.opportunityId));
  const rollUp = segmentList.some((segment) => segment.plan.credit.rollUpToManagers);
  const deals = input.data.opportunities;
  // Without roll-ups a deal has at most one entry per split row, or one for its owner.
  const creditor = new DealCreditor(ctx, segments, split, segmentList, { start: earliest, end: range.end }, rollUp, deals.length + (input.splits?.length ?? 0));
  const entries = creditor.entries;
  const hasSplits = split.groups.size > 0;
  const hashes = new Int32Array(deals.length);
  const dayOf = new Map<string, number>();
  const dates: string[] = [];

  // Deals are read once, in data order (memory order: the deal objects are not revisited by date,
  // where every one would be a cache miss); grouping puts the entries in accrual order afterwards.
  for (let i = 0; i < deals.length; i += 1) {
    const deal = deals[i];
    const closeDate = deal.closeDate;
    let day = dayOf.get(closeDate);
    if (day === undefined) {
      // Each distinct date is checked against the window once; dates outside it are kept as −1.
      day = closeDate < earliest || closeDate > range.end ? -1 : dates.push(closeDate) - 1;
      dayOf.set(closeDate, day);
    }
    if (day < 0) continue;
    const stage = deal.stage;
    if (stage !== lastStage) {
      let isWon = wonCache.get(stage);
      if (isWon === undefined) wonCache.set(stage, (isWon = won.has(stage.trim().toLowerCase())));
      lastStage = stage;
      lastWon = isWon;
    }
    if (!lastWon) continue;
    // The id is hashed once: for the split lookup here and for counting distinct deals later.
    const hash = idHash(deal.id);
    const group = hasSplits ? split.groups.find(deal.id, hash) : -1;
    if ((group >= 0 && split.valid[group] === 0) || (gone.size > 0 && gone.has(deal.id))) continue;
    creditor.creditDeal(i, deal, day, group);
    hashes[i] = hash;
  }

  const days = rankDays(dates);
  const { table, segmentStarts } = groupCredits(entries, days, segmentList.length, deals, hashes);
  for (const segment of segmentList) segment.credits = { table, start: segmentStarts[segment.index], end: segmentStarts[segment.index + 1] };
  reportProblems(ctx, creditor.problems, days.rankOf);
}
