/**
 * Statement lines and their totals. A line's amount is rounded once, here, through toCents; a
 * total is the integer sum of its lines' cents, so a statement always adds up to its payout.
 */
import { centsToAmount, toCents } from "./money";
import type { ComponentTotals, LineKind, StatementLine } from "./types";

/** Shared by every period-level line, so they allocate no array. */
export const NO_DEALS: readonly string[] = Object.freeze([]);

/** Everything a statement line holds but its amount, which only the line builder rounds and sets. */
export type LineFields = Omit<StatementLine, "amount">;

/**
 * A statement line from its parts, amount in whole cents. Every line is built here with the same
 * fields in the same order, so a million of them share one object shape (and one fast path in V8).
 * @example lineOf("R1", "FY2027-Q2", "AE", "commission", ["O1"], "rates.tiers[0]", 0, 1000, 0.1, "Tier 1", 10000).amount // 100
 */
export function lineOf(
  repId: string,
  period: string,
  planId: string,
  kind: LineKind,
  opportunityIds: readonly string[],
  rule: string,
  tier: number | null,
  basis: number | null,
  rate: number | null,
  description: string,
  cents: number,
): StatementLine {
  return { repId, period, planId, kind, opportunityIds, rule, tier, basis, rate, description, amount: centsToAmount(cents) };
}

/** A line for an amount already in whole cents (caps, true-ups, clawbacks: differences of rounded lines). */
export function makeCentsLine(fields: LineFields, cents: number): StatementLine {
  const { repId, period, planId, kind, opportunityIds, rule, tier, basis, rate, description } = fields;
  return lineOf(repId, period, planId, kind, opportunityIds, rule, tier, basis, rate, description, cents);
}

/**
 * A statement line for an exact amount: the amount is rounded to cents (half away from zero).
 * @example makeLine({ …, kind: "bonus", rule: "bonuses[0]" }, 1000.005).amount // 1000.01
 */
export function makeLine(fields: LineFields, exactAmount: number): StatementLine {
  return makeCentsLine(fields, toCents(exactAmount));
}

/** A line's amount back in whole cents; exact because amounts are whole cents ÷ 100. */
export function lineCents(line: Pick<StatementLine, "amount">): number {
  return Math.round(line.amount * 100);
}

/** The integer cents of a list of lines. @example sumCents([{ amount: 0.1 }, { amount: 0.2 }]) // 30 */
export function sumCents(lines: readonly Pick<StatementLine, "amount">[]): number {
  let cents = 0;
  for (const line of lines) cents += Math.round(line.amount * 100);
  return cents;
}

type Bucket = keyof Omit<ComponentTotals, "earnings">;

/** Whole cents of a statement's lines by component. */
export type BucketCents = Record<Bucket, number>;

const BUCKET: Record<LineKind, Bucket> = {
  commission: "commission",
  multiplier: "multipliers",
  cap: "caps",
  trueUp: "trueUp",
  bonus: "bonuses",
  spif: "spifs",
  clawback: "clawbacks",
  adjustment: "adjustments",
  draw: "draws",
  drawRecovery: "drawRecovery",
};

/** No cents of any kind. @example allCents(noCents()) // 0 */
export const noCents = (): BucketCents => ({ commission: 0, multipliers: 0, caps: 0, trueUp: 0, bonuses: 0, spifs: 0, clawbacks: 0, adjustments: 0, draws: 0, drawRecovery: 0 });

/**
 * Adds the lines' cents to `cents` by kind (a fresh count without it) and returns it.
 * @example bucketCents([{ kind: "cap", amount: -5 }]).caps // -500
 */
export function bucketCents(lines: readonly Pick<StatementLine, "kind" | "amount">[], cents: BucketCents = noCents()): BucketCents {
  for (const line of lines) cents[BUCKET[line.kind]] += lineCents(line);
  return cents;
}

/** Adds one count of cents by kind to another. @example addCents(noCents(), { caps: -500 }).caps // -500 */
export function addCents(into: BucketCents, cents: Partial<BucketCents>): BucketCents {
  for (const key of Object.keys(cents) as Bucket[]) into[key] += cents[key] ?? 0;
  return into;
}

/** Everything on the statement, in cents: the payout. @example allCents({ ...noCents(), commission: 1000, draws: 500 }) // 1500 */
export function allCents(cents: BucketCents): number {
  return cents.commission + cents.multipliers + cents.caps + cents.trueUp + cents.bonuses + cents.spifs + cents.clawbacks + cents.adjustments + cents.draws + cents.drawRecovery;
}

/** Totals from the kinds' cents; `earnings` is everything before draws. @example totalsFromCents({ ...noCents(), commission: 1050 }).earnings // 10.5 */
export function totalsFromCents(cents: BucketCents): ComponentTotals {
  const earnings = cents.commission + cents.multipliers + cents.caps + cents.trueUp + cents.bonuses + cents.spifs + cents.clawbacks + cents.adjustments;
  return {
    commission: centsToAmount(cents.commission),
    multipliers: centsToAmount(cents.multipliers),
    caps: centsToAmount(cents.caps),
    trueUp: centsToAmount(cents.trueUp),
    bonuses: centsToAmount(cents.bonuses),
    spifs: centsToAmount(cents.spifs),
    clawbacks: centsToAmount(cents.clawbacks),
    adjustments: centsToAmount(cents.adjustments),
    earnings: centsToAmount(earnings),
    draws: centsToAmount(cents.draws),
    drawRecovery: centsToAmount(cents.drawRecovery),
  };
}

/**
 * Totals by component, each the exact sum of its lines; `earnings` is everything before draws.
 * @example totalsOf(lines).commission + totalsOf(lines).caps
 */
export function totalsOf(lines: readonly StatementLine[]): ComponentTotals {
  return totalsFromCents(bucketCents(lines));
}

/** Line kinds that are commission on deals (what YTD "paid to date" and clawbacks count). */
export const COMMISSION_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(["commission", "multiplier", "cap", "trueUp"]);
