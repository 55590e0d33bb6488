/**
 * Writing the credit table: entries are appended in data order (the order the deals are read in,
 * which is memory order and cheap), then moved, by a stable counting sort, to where each segment's
 * entries lie together in accrual order — so that every later pass over a segment reads its
 * columns front to back instead of jumping through an index. Entries are never objects.
 */
import type { Opportunity } from "../model/entities";
import type { IsoDate } from "../model/isoDate";
import type { CreditTable } from "./creditTable";
import { NO_DEALS } from "./statement";

/** Growable entry columns. Capacity is a guess that is rarely exceeded; untouched capacity costs no memory pages. */
export class CreditEntries {
  length = 0;
  segment: Int32Array;
  deal: Int32Array;
  day: Int32Array;
  share: Float64Array;
  credit: Float64Array;
  role: Uint8Array;

  /**
   * `withShares`: keep each entry's share, which only per-deal bonuses read; without them the
   * column stays empty (8 bytes an entry not written).
   */
  constructor(
    capacity: number,
    private readonly withShares = true,
  ) {
    const size = Math.max(16, capacity);
    this.segment = new Int32Array(size);
    this.deal = new Int32Array(size);
    this.day = new Int32Array(size);
    this.share = new Float64Array(withShares ? size : 0);
    this.credit = new Float64Array(size);
    this.role = new Uint8Array(size);
  }

  /** Appends an entry. @example entries.add(segment.index, dealIndex, day, 0.5, 1250, ROLE_CODE.split) */
  add(segment: number, deal: number, day: number, share: number, credit: number, role: number): void {
    if (this.length === this.deal.length) this.grow();
    const at = this.length;
    this.segment[at] = segment;
    this.deal[at] = deal;
    this.day[at] = day;
    if (this.withShares) this.share[at] = share;
    this.credit[at] = credit;
    this.role[at] = role;
    this.length = at + 1;
  }

  private grow(): void {
    const size = this.deal.length * 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(column: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(column);
      return next;
    };
    this.segment = widen(this.segment, (n) => new Int32Array(n));
    this.deal = widen(this.deal, (n) => new Int32Array(n));
    this.day = widen(this.day, (n) => new Int32Array(n));
    if (this.withShares) this.share = widen(this.share, (n) => new Float64Array(n));
    this.credit = widen(this.credit, (n) => new Float64Array(n));
    this.role = widen(this.role, (n) => new Uint8Array(n));
  }
}

/**
 * Stable counting sort of entry numbers by `keyOf[entry]` in [0, keys): `items` null means every
 * entry in the order added. Keeping the order within a key is what makes two passes (day, then
 * segment) give segment-then-day order.
 */
function sortByKey(items: Int32Array | null, count: number, keyOf: Int32Array, keys: number): Int32Array {
  const starts = new Int32Array(keys + 1);
  for (let k = 0; k < count; k += 1) starts[keyOf[items ? items[k] : k] + 1] += 1;
  for (let key = 1; key <= keys; key += 1) starts[key] += starts[key - 1];
  const sorted = new Int32Array(count);
  for (let k = 0; k < count; k += 1) {
    const item = items ? items[k] : k;
    sorted[starts[keyOf[item]]++] = item;
  }
  return sorted;
}

/** Distinct dates in the order they were numbered, sorted, with each number's rank in the sorted list. */
export interface RankedDays {
  dates: readonly IsoDate[];
  rankOf: Int32Array;
}

/** @example rankDays(["2026-05-02", "2026-05-01"]).rankOf // Int32Array [1, 0] */
export function rankDays(numbered: readonly IsoDate[]): RankedDays {
  const dates = [...numbered].sort();
  const position = new Map(dates.map((date, rank) => [date, rank]));
  const rankOf = new Int32Array(numbered.length);
  numbered.forEach((date, day) => (rankOf[day] = position.get(date) ?? 0));
  return { dates, rankOf };
}

export interface GroupedCredits {
  table: CreditTable;
  /** Per segment index: the position its entries start at; the last element is the total. */
  segmentStarts: Int32Array;
}

type Sorted = Pick<CreditTable, "deal" | "credit" | "role" | "share" | "ids">;

/**
 * Where each entry goes: its position in segment-then-day order, as added within a day. With few
 * (segment, day) pairs (a thousand reps over a quarter's 92 days make 92,000) one counting sort
 * on the pair gives it; otherwise two stable counting sorts (day, then segment). The positions
 * are written over the day column, which is not needed after: 4 bytes an entry not allocated.
 */
function positions(entries: CreditEntries, days: number, segmentCount: number): Int32Array {
  const { segment, day, length } = entries;
  if (segmentCount * days <= length + 65_536) {
    const next = new Int32Array(segmentCount * days + 1);
    for (let e = 0; e < length; e += 1) next[segment[e] * days + day[e] + 1] += 1;
    for (let key = 1; key < next.length; key += 1) next[key] += next[key - 1];
    for (let e = 0; e < length; e += 1) day[e] = next[segment[e] * days + day[e]]++;
    return day;
  }
  const order = sortByKey(sortByKey(null, length, day, days), length, segment, segmentCount);
  // The order lists entries by position; turned inside out, it gives each entry's position.
  for (let position = 0; position < length; position += 1) day[order[position]] = position;
  return day;
}

/**
 * The table's columns, each entry moved to its position. Entries are read in the order added,
 * which is deal order, so each deal's [id] array is made here, once, as its first entry comes by.
 */
function sortEntries(entries: CreditEntries, at: Int32Array, deals: readonly Opportunity[]): Sorted {
  const { deal, credit, role, share, length } = entries;
  const withShares = share.length > 0;
  const sorted = { deal: new Int32Array(length), credit: new Float64Array(length), role: new Uint8Array(length), share: new Float64Array(withShares ? length : 0), ids: new Array<readonly string[]>(length).fill(NO_DEALS) };
  let lastDeal = -1;
  let ids = NO_DEALS;
  for (let e = 0; e < length; e += 1) {
    const position = at[e];
    const index = deal[e];
    if (index !== lastDeal) {
      ids = [deals[index].id];
      lastDeal = index;
    }
    sorted.ids[position] = ids;
    sorted.deal[position] = index;
    sorted.credit[position] = credit[e];
    sorted.role[position] = role[e];
    if (withShares) sorted.share[position] = share[e];
  }
  return sorted;
}

/**
 * Puts the entries in segment-then-day order (as added within a day) and says where each
 * segment's entries start.
 * @example groupCredits(entries, rankDays(dates), segmentCount, deals, hashes).segmentStarts
 */
export function groupCredits(entries: CreditEntries, days: RankedDays, segmentCount: number, deals: readonly Opportunity[], idHash: Int32Array): GroupedCredits {
  const n = entries.length;
  const { rankOf } = days;
  const day = entries.day;
  for (let e = 0; e < n; e += 1) day[e] = rankOf[day[e]];
  const columns = sortEntries(entries, positions(entries, rankOf.length, segmentCount), deals);
  const segmentStarts = new Int32Array(segmentCount + 1);
  for (let e = 0; e < n; e += 1) segmentStarts[entries.segment[e] + 1] += 1;
  for (let s = 1; s <= segmentCount; s += 1) segmentStarts[s] += segmentStarts[s - 1];
  return { table: { deals, ...columns, idHash, scratch: new Int32Array(0) }, segmentStarts };
}
