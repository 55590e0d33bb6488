/**
 * The run's credit, as columns: one entry per (deal, credited rep), in typed arrays instead of an
 * object per entry. A million credit lines would otherwise be a million short-lived objects, and
 * on a machine where fresh memory is slow to touch, allocation is most of the engine's time.
 * Each segment's entries are one contiguous run of positions, in accrual order (close date, then
 * data order, then the order the deal's recipients were credited in).
 */
import type { Opportunity } from "../model/entities";
import type { IsoDate } from "../model/isoDate";

/** How a rep came to be credited; the code is what the `role` column stores. */
export type CreditRole = "owner" | "split" | "overlay" | "rollup";
export const ROLES: readonly CreditRole[] = ["owner", "split", "overlay", "rollup"];
export const ROLE_CODE: Readonly<Record<CreditRole, number>> = { owner: 0, split: 1, overlay: 2, rollup: 3 };

export interface CreditTable {
  /** The input's opportunities: `deal` holds indexes into it. */
  deals: readonly Opportunity[];
  /** Per position: the deal's index in `deals`. */
  deal: Int32Array;
  /** Per position: basis × FX factor × share, in plan currency, unrounded. */
  credit: Float64Array;
  /** Per position: a ROLE_CODE. */
  role: Uint8Array;
  /** Per position: the rep's fraction of the deal. Empty when no plan of the run has a per-deal bonus, its only reader. */
  share: Float64Array;
  /** Per position: [deal.id], one array per deal shared by every statement line of the deal. */
  ids: readonly (readonly string[])[];
  /** Per deal index: a hash of the deal's id (see idHash.ts), so counting distinct ids reads no strings. */
  idHash: Int32Array;
  /** countDeals' hash table, kept for the next segment: a fresh one per segment is a thousand allocations. */
  scratch: Int32Array;
}

/** A segment's entries: positions [start, end) of its table. */
export interface SegmentCredits {
  table: CreditTable;
  start: number;
  end: number;
}

const EMPTY_TABLE: CreditTable = {
  deals: [],
  deal: new Int32Array(0),
  credit: new Float64Array(0),
  role: new Uint8Array(0),
  share: new Float64Array(0),
  ids: [],
  idHash: new Int32Array(0),
  scratch: new Int32Array(0),
};

/** Credits of a segment nobody has credited yet. */
export const NO_CREDITS: SegmentCredits = Object.freeze({ table: EMPTY_TABLE, start: 0, end: 0 });

/**
 * The part of a segment's credits closed on or after `date`: a tail, found by halving, since
 * credits are in date order.
 * @example creditsFrom(segment.credits, segment.from).end - creditsFrom(segment.credits, segment.from).start // deals in the period
 */
export function creditsFrom(credits: SegmentCredits, date: IsoDate): SegmentCredits {
  const { table, start, end } = credits;
  const { deal, deals } = table;
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (deals[deal[mid]].closeDate < date) lo = mid + 1;
    else hi = mid;
  }
  return lo === start ? credits : { table, start: lo, end };
}

/** The sum of the credits in accrual order (the order fixes the floating-point result). @example sumCredit(segment.credits) // 1234567.5 */
export function sumCredit(credits: SegmentCredits): number {
  const { table, start, end } = credits;
  const credit = table.credit;
  let total = 0;
  for (let k = start; k < end; k += 1) total += credit[k];
  return total;
}

/**
 * Distinct deal ids among the credits. A deal's entries for one segment are adjacent, so each run
 * of one deal index is one deal; two runs are the same deal only when the data repeats an id,
 * which a small hash table over the ids' hashes finds without reading the id strings (a million
 * cache misses in date order), except to confirm a hash match.
 * @example countDeals(segment.credits) // 812
 */
export function countDeals(credits: SegmentCredits): number {
  const { table, start, end } = credits;
  const { deal, deals, idHash } = table;
  let runs = 0;
  let previous = -1;
  for (let k = start; k < end; k += 1) {
    const index = deal[k];
    if (index !== previous) runs += 1;
    previous = index;
  }
  if (runs < 2) return runs;
  let size = 4;
  while (size < runs * 2) size *= 2;
  const mask = size - 1;
  // Slots hold deal index + 1, so 0 is empty.
  if (table.scratch.length < size) table.scratch = new Int32Array(size);
  const slots = table.scratch;
  slots.fill(0, 0, size);
  let distinct = 0;
  previous = -1;
  for (let k = start; k < end; k += 1) {
    const index = deal[k];
    if (index === previous) continue;
    previous = index;
    const hash = idHash[index];
    let slot = hash & mask;
    let repeated = false;
    for (let held = slots[slot]; held !== 0; held = slots[slot]) {
      if (idHash[held - 1] === hash && deals[held - 1].id === deals[index].id) {
        repeated = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (repeated) continue;
    slots[slot] = index + 1;
    distinct += 1;
  }
  return distinct;
}
