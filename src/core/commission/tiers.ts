/**
 * Rate-table arithmetic shared by the engine and the custom functions SALESOPS.COMMISSION and
 * SALESOPS.TIERRATE. Bands are [threshold, next threshold); the first threshold is 0 and the last
 * band is open-ended. Results are exact (unrounded): rounding belongs to statement lines.
 */
import { CommissionError } from "./errors";
import { TierLike, checkTiers } from "./planChecks";

export type TierMethod = "marginal" | "retroactive";

function assertTiers(tiers: readonly TierLike[]): void {
  const issues = checkTiers(tiers);
  if (issues.length > 0) throw new CommissionError(issues.map((issue) => issue.message).join(" "));
}

/**
 * Index of the tier a value falls in: the last tier whose threshold is at or below it (0 below
 * the first threshold, e.g. for negative credit). Assumes checked tiers.
 * @example tierIndex(1.2, [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }]) // 1
 */
export function tierIndex(value: number, tiers: readonly TierLike[]): number {
  let index = 0;
  for (let i = 1; i < tiers.length; i += 1) {
    if (value >= tiers[i].threshold) index = i;
    else break;
  }
  return index;
}

/**
 * The rate of the tier that attainment falls in (SALESOPS.TIERRATE). Throws a CommissionError when
 * the tiers break their rules (use checkTiers first to get the problems as issues).
 * @example tierRate(1.2, [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }]) // 0.15
 * @example tierRate(0.99, [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }]) // 0.1
 */
export function tierRate(attainment: number, tiers: readonly TierLike[]): number {
  assertTiers(tiers);
  if (!Number.isFinite(attainment)) throw new CommissionError(`Attainment must be a finite number, got ${attainment}.`);
  return tiers[tierIndex(attainment, tiers)].rate;
}

/**
 * How much of the move from `from` to `to` (cumulative credit) falls in each band, with band lower
 * bounds in credit units. Band 0 reaches down to −∞ so negative credit is paid back at its rate.
 * The portions add up to `to − from`; a negative move gives negative portions.
 * @example bandPortions(80, 120, [0, 100]) // [20, 20]
 */
export function bandPortions(from: number, to: number, bounds: readonly number[]): number[] {
  const portions = new Array<number>(bounds.length).fill(0);
  for (let i = 0; i < bounds.length; i += 1) {
    const lo = i === 0 ? -Infinity : bounds[i];
    const hi = i + 1 < bounds.length ? bounds[i + 1] : Infinity;
    const clampTo = to < lo ? lo : to > hi ? hi : to;
    const clampFrom = from < lo ? lo : from > hi ? hi : from;
    portions[i] = clampTo - clampFrom;
  }
  return portions;
}

/**
 * Commission on `credit` against `quota` with attainment tiers (SALESOPS.COMMISSION). Marginal pays
 * each band of credit at its own rate; retroactive pays all credit at the rate of the tier the
 * attainment reaches. `cap`, when given, is the most it pays. Exact, not rounded.
 * @example tieredCommission(120000, 100000, [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }], "marginal") // 13000
 * @example tieredCommission(120000, 100000, [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }], "retroactive") // 18000
 * @example tieredCommission(120000, 100000, [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }], "marginal", 12000) // 12000
 */
export function tieredCommission(credit: number, quota: number, tiers: readonly TierLike[], method: TierMethod = "marginal", cap?: number | null): number {
  assertTiers(tiers);
  if (!Number.isFinite(credit)) throw new CommissionError(`Credit must be a finite number, got ${credit}.`);
  if (!Number.isFinite(quota) || quota <= 0) throw new CommissionError(`Quota must be a number greater than 0, got ${quota}: attainment cannot be measured against it.`);
  if (cap !== undefined && cap !== null && !(cap >= 0)) throw new CommissionError(`A cap must be a number of 0 or more, got ${cap}.`);
  let amount: number;
  if (method === "retroactive") {
    amount = credit * tiers[tierIndex(credit / quota, tiers)].rate;
  } else if (method === "marginal") {
    const portions = bandPortions(0, credit, tiers.map((tier) => tier.threshold * quota));
    amount = portions.reduce((sum, portion, i) => sum + portion * tiers[i].rate, 0);
  } else {
    throw new CommissionError(`The method must be "marginal" or "retroactive", got "${String(method)}".`);
  }
  return cap !== undefined && cap !== null && amount > cap ? cap : amount;
}
