/**
 * The one rounding rule of commission statements. Amounts are numbers in the currency's major
 * unit (as Excel stores them); a statement line is rounded to whole cents here and nowhere else,
 * and every total is the exact integer sum of its lines' cents.
 */
import { CommissionError } from "./errors";

/**
 * Rounds an amount to whole cents, half away from zero, and returns the cents as an integer.
 * Binary floating point stores 1.005 as 1.00499999…; a tolerance of a few units in the last place
 * treats such values as the half they were written as, so 1.005 rounds to 101 cents, as in Excel.
 * @example toCents(1.005) // 101
 * @example toCents(-2.5049) // -250
 */
export function toCents(amount: number): number {
  if (!Number.isFinite(amount)) throw new CommissionError(`A statement amount must be a finite number, got ${amount}.`);
  const scaled = Math.abs(amount) * 100;
  let cents = Math.floor(scaled);
  if (scaled - cents >= 0.5 - scaled * 4 * Number.EPSILON) cents += 1;
  // Never return -0: it prints as "-0" in JSON-minded surfaces.
  return amount < 0 && cents !== 0 ? -cents : cents;
}

/** Cents back to the major unit, for output. @example centsToAmount(1300050) // 13000.5 */
export function centsToAmount(cents: number): number {
  return cents / 100;
}
