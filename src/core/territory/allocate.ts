import { Result, fail, ok } from "../model/result";

/**
 * Splits a total in proportion to weights — the body of `SALESOPS.ALLOCATE`.
 *
 * Without `roundTo` the shares are unrounded (total × weight ÷ Σ weights), as money aggregates are.
 * With `roundTo` (1, 100, 1000, 0.01 …) each share is a multiple of it, chosen by the largest-remainder
 * method: every share first gets its proportional amount rounded down to a multiple, then the units
 * left over go one each to the largest remainders (the earlier position first on equal remainders).
 * When `total` is itself a multiple of `roundTo`, the shares add up to exactly `total` (for whole
 * numbers; with a fractional `roundTo` up to binary floating point). When it is not, the part of the
 * total below one unit is added to the largest share, so the sum is still `total` and that one share
 * is the only one off the grid.
 *
 * Expected problems — no weights, a negative or non-numeric weight, weights adding up to 0, a negative
 * or non-finite total, a `roundTo` that is not positive — come back as issues.
 * @example allocate(100, [1, 1, 1], 1) // { ok: true, value: [34, 33, 33] }
 * @example allocate(1000, [2, 1, 1]) // { ok: true, value: [500, 250, 250] }
 * @example allocate(1050, [1, 1], 100) // { ok: true, value: [550, 500] }
 */
export function allocate(total: number, weights: readonly number[], roundTo?: number): Result<number[]> {
  if (typeof total !== "number" || !Number.isFinite(total)) return fail("not_a_number", ["total"], `The total is ${String(total)}, not a finite number.`);
  if (total < 0) return fail("negative_total", ["total"], `The total is ${total}: allocate 0 or more.`);
  if (roundTo !== undefined && (!Number.isFinite(roundTo) || roundTo <= 0)) return fail("invalid_round_to", ["roundTo"], `Round to ${String(roundTo)} is not a positive number: use 1, 100, 1000 … or leave it blank for no rounding.`);
  if (weights.length === 0) return fail("no_weights", ["weights"], "There are no weights: give one weight per share.");
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const weight = weights[i];
    if (typeof weight !== "number" || !Number.isFinite(weight)) return fail("not_a_number", ["weights", i], `Weight ${i + 1} is ${String(weight)}, not a finite number.`);
    if (weight < 0) return fail("negative_weight", ["weights", i], `Weight ${i + 1} is ${weight}: weights must be 0 or more.`);
    sum += weight;
  }
  if (sum === 0) return fail("zero_weights", ["weights"], "The weights add up to 0: give at least one positive weight, or equal weights for an even split.");
  if (roundTo === undefined) return ok(weights.map((weight) => (total * weight) / sum));
  return ok(largestRemainder(total, weights, sum, roundTo));
}

/** Whole units of `roundTo`, counted in integers so the sum is exact. */
function largestRemainder(total: number, weights: readonly number[], sum: number, roundTo: number): number[] {
  const exactUnits = total / roundTo;
  // 1050 / 0.1 is 10499.999…: treat a hair below a whole number as that number.
  const nearest = Math.round(exactUnits);
  const units = Math.abs(exactUnits - nearest) < 1e-9 * Math.max(1, nearest) ? nearest : Math.floor(exactUnits);
  const shares = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const ideal = (units * weights[i]) / sum;
    shares[i] = Math.floor(ideal + 1e-9);
    remainders[i] = ideal - shares[i];
    given += shares[i];
  }
  const order = weights.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
  // Shares nudged up past a whole number by rounding can overshoot by a unit: take it back from the smallest remainders.
  for (let k = order.length - 1; given > units && k >= 0; k -= 1) {
    if (shares[order[k]] > 0) {
      shares[order[k]] -= 1;
      given -= 1;
    }
  }
  for (let k = 0; k < units - given; k += 1) shares[order[k % order.length]] += 1;
  const values = shares.map((count) => toGrid(count, roundTo));
  const leftover = total - units * roundTo;
  if (Math.abs(leftover) > 1e-9 * Math.max(1, Math.abs(total))) {
    let largest = 0;
    for (let i = 1; i < values.length; i += 1) if (values[i] > values[largest]) largest = i;
    values[largest] += leftover;
  }
  return values;
}

/** count × roundTo without 3 × 0.1 = 0.30000000000000004 when roundTo is 1 / a whole number. */
function toGrid(count: number, roundTo: number): number {
  const inverse = 1 / roundTo;
  return roundTo < 1 && Number.isInteger(Math.round(inverse)) && Math.abs(inverse - Math.round(inverse)) < 1e-9 ? count / Math.round(inverse) : count * roundTo;
}
