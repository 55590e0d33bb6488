import type { ForecastDeal } from "./forecastDeal";

export const WATERFALL_BUCKETS = ["created", "pulledIn", "increased", "decreased", "pushedOut", "won", "lost"] as const;
export type WaterfallBucket = (typeof WATERFALL_BUCKETS)[number];

export interface WaterfallTotals {
  start: number;
  created: number;
  pulledIn: number;
  increased: number;
  decreased: number;
  pushedOut: number;
  won: number;
  lost: number;
  end: number;
}

/** One opportunity's part in the movement, so every figure traces to deals. Amounts are positive. */
export interface WaterfallMovement {
  id: string;
  ownerId: string;
  start: number;
  end: number;
  buckets: { bucket: WaterfallBucket; amount: number }[];
}

export interface Waterfall {
  totals: WaterfallTotals;
  movements: WaterfallMovement[];
  /** start + created + pulledIn + increased − decreased − pushedOut − won − lost = end, checked in whole cents. */
  balances: boolean;
}

export interface WaterfallInput {
  /** Open pipeline at the first snapshot (amounts in the corporate currency). */
  startDeals: readonly ForecastDeal[];
  /** Open pipeline at the last snapshot. */
  endDeals: readonly ForecastDeal[];
  /** How deals that left the pipeline ended: the current opportunities, closed ones included. */
  outcomes: readonly ForecastDeal[];
  /** Only deals closing in this window count as pipeline; omit for the whole open pipeline. */
  window?: { start: string; end: string };
}

const cents = (amount: number): number => Math.round(amount * 100);
const isOpen = (deal: ForecastDeal): boolean => !deal.closed && deal.category !== "Omitted" && deal.category !== "Closed";

/**
 * How open pipeline moved between two snapshots. Work is done in whole cents (each deal's amount
 * rounded once), so the identity holds exactly. A deal that left the window is pushed out at its
 * start amount; one that came into it is pulled in at its start amount and any change since counts as
 * increased or decreased; a won deal leaves at its booked amount, the difference from its start
 * amount counting as increased or decreased; a lost or vanished deal leaves at its start amount.
 * @example movePipeline({ startDeals: [], endDeals: [deal], outcomes: [] }).totals.created // deal.amount
 */
export function movePipeline(input: WaterfallInput): Waterfall {
  const inWindow = (deal: ForecastDeal): boolean => !input.window || (deal.closeDate >= input.window.start && deal.closeDate <= input.window.end);
  const startOpen = new Map(input.startDeals.filter(isOpen).map((deal) => [deal.id, deal]));
  const endOpen = new Map(input.endDeals.filter(isOpen).map((deal) => [deal.id, deal]));
  const outcomeById = new Map(input.outcomes.map((deal) => [deal.id, deal]));
  const totalsInCents: Record<keyof WaterfallTotals, number> = { start: 0, created: 0, pulledIn: 0, increased: 0, decreased: 0, pushedOut: 0, won: 0, lost: 0, end: 0 };
  const movements: WaterfallMovement[] = [];

  const ids = new Set<string>([...startOpen.keys(), ...endOpen.keys()]);
  for (const id of [...ids].sort()) {
    const before = startOpen.get(id);
    const after = endOpen.get(id);
    const startCents = before && inWindow(before) ? cents(before.amount) : 0;
    const endCents = after && inWindow(after) ? cents(after.amount) : 0;
    const counted = before !== undefined && inWindow(before);
    const countedAtEnd = after !== undefined && inWindow(after);
    if (!counted && !countedAtEnd) continue;
    const buckets: { bucket: WaterfallBucket; amount: number }[] = [];
    const add = (bucket: WaterfallBucket, amountInCents: number): void => {
      if (amountInCents === 0) return;
      buckets.push({ bucket, amount: amountInCents });
      totalsInCents[bucket] += amountInCents;
    };
    const change = (fromCents: number, toCents: number): void => {
      if (toCents > fromCents) add("increased", toCents - fromCents);
      else add("decreased", fromCents - toCents);
    };

    if (counted && countedAtEnd) {
      change(startCents, endCents);
    } else if (countedAtEnd) {
      if (before) {
        add("pulledIn", cents(before.amount));
        change(cents(before.amount), endCents);
      } else {
        add("created", endCents);
      }
    } else if (after) {
      add("pushedOut", startCents);
    } else {
      const outcome = outcomeById.get(id);
      if (outcome?.won) {
        change(startCents, cents(outcome.amount));
        add("won", cents(outcome.amount));
      } else {
        add("lost", startCents);
      }
    }
    totalsInCents.start += startCents;
    totalsInCents.end += endCents;
    movements.push({ id, ownerId: (after ?? before)?.ownerId ?? "", start: startCents / 100, end: endCents / 100, buckets: buckets.map((b) => ({ bucket: b.bucket, amount: b.amount / 100 })) });
  }

  const t = totalsInCents;
  const balances = t.start + t.created + t.pulledIn + t.increased - t.decreased - t.pushedOut - t.won - t.lost === t.end;
  const totals = Object.fromEntries(Object.entries(t).map(([key, value]) => [key, value / 100])) as unknown as WaterfallTotals;
  return { totals, movements, balances };
}
