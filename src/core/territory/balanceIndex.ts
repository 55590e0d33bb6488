import { Result, fail, ok } from "../model/result";
import { TerritoryError } from "./territoryError";

/** The balance indexes: coefficient of variation, Gini coefficient and the max/min ratio. */
export const BALANCE_INDEXES = ["cv", "gini", "maxmin"] as const;
export type BalanceIndexName = (typeof BALANCE_INDEXES)[number];

/** Summary statistics of a list of values; the indexes are null where they are undefined. */
export interface BalanceStats {
  count: number;
  total: number;
  mean: number;
  min: number;
  max: number;
  /** Population standard deviation (divides by n, not n − 1): the territories are the whole population. */
  sd: number;
  /** sd ÷ mean; null when the mean is 0. */
  cv: number | null;
  /** Mean absolute difference ÷ (2 × mean), over all ordered pairs; null when the mean is 0. */
  gini: number | null;
  /** max ÷ min; null when the smallest value is 0. */
  maxMin: number | null;
}

/**
 * Checks the values every index needs: at least one, all finite, none negative.
 * @example checkValues([1, -2]).ok // false
 */
export function checkValues(values: readonly number[]): Result<readonly number[]> {
  if (values.length === 0) return fail("no_values", ["values"], "There are no values to measure: give at least one number.");
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) return fail("not_a_number", ["values", i], `Value ${i + 1} is ${String(value)}, not a finite number.`);
    if (value < 0) return fail("negative_value", ["values", i], `Value ${i + 1} is ${value}: balance indexes need values of 0 or more.`);
  }
  return ok(values);
}

/**
 * Count, total, mean, min, max, population SD and the three indexes in one pass plus a sort.
 * Expected problems (no values, a negative or non-numeric value) come back as issues.
 * @example balanceStats([1, 2, 3, 4]) // { ok: true, value: { count: 4, total: 10, mean: 2.5, min: 1, max: 4, sd: 1.118…, cv: 0.447…, gini: 0.25, maxMin: 4 } }
 */
export function balanceStats(values: readonly number[]): Result<BalanceStats> {
  const checked = checkValues(values);
  if (!checked.ok) return checked;
  const n = values.length;
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    total += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = total / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  // Equal values must give exactly 0, whatever the rounding of the mean.
  const sd = min === max ? 0 : Math.sqrt(squares / n);
  return ok({ count: n, total, mean, min, max, sd, cv: mean === 0 ? null : sd / mean, gini: mean === 0 ? null : gini(values, total), maxMin: min === 0 ? null : max / min });
}

/** Gini from the sorted values: G = 2 Σ i·x₍ᵢ₎ ÷ (n Σ x) − (n + 1) ÷ n, i from 1. */
function gini(values: readonly number[], total: number): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (sorted[0] === sorted[n - 1]) return 0;
  let weighted = 0;
  for (let i = 0; i < n; i += 1) weighted += (i + 1) * sorted[i];
  // Rounding can leave a tiny negative for nearly equal values; the index is never below 0.
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

const UNDEFINED_MESSAGES: Record<BalanceIndexName, { code: string; message: string }> = {
  cv: { code: "zero_mean", message: "The values average 0, so the coefficient of variation is undefined." },
  gini: { code: "zero_mean", message: "The values add up to 0, so the Gini coefficient is undefined." },
  maxmin: { code: "zero_minimum", message: "The smallest value is 0, so the max/min ratio is infinite: use the Gini or the CV instead." },
};

/**
 * One balance index of a list of values — the body of `SALESOPS.BALANCE`. `cv` is the population
 * standard deviation ÷ the mean, `gini` the Gini coefficient (0 = equal, towards 1 = concentrated),
 * `maxmin` the largest ÷ the smallest. All-equal values give 0, 0 and 1.
 * @example balanceIndex([1, 1, 1, 1], "gini") // { ok: true, value: 0 }
 * @example balanceIndex([1, 2, 3, 4], "gini") // { ok: true, value: 0.25 }
 * @example balanceIndex([0, 2], "maxmin") // { ok: false, issues: [{ code: "zero_minimum", … }] }
 */
export function balanceIndex(values: readonly number[], index: BalanceIndexName = "cv"): Result<number> {
  if (!BALANCE_INDEXES.includes(index)) throw new TerritoryError(`Unknown balance index "${String(index)}": use ${BALANCE_INDEXES.join(", ")}.`);
  const stats = balanceStats(values);
  if (!stats.ok) return stats;
  const value = index === "cv" ? stats.value.cv : index === "gini" ? stats.value.gini : stats.value.maxMin;
  if (value === null) return fail(UNDEFINED_MESSAGES[index].code, ["values"], UNDEFINED_MESSAGES[index].message);
  return ok(value);
}
