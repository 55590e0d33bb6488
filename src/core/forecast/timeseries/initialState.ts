import type { HoltWintersState } from "./holtWinters";
import { linearFit } from "./linear";

/**
 * Seasonal indices by classical additive decomposition: a centred moving average of length m
 * (2×m for an even m) estimates the trend, and the mean detrended value per position in the
 * cycle, centred to sum to zero, is the season. Uses the first three cycles when there are that
 * many (the start of the series is what the recursion needs), else all of it.
 *
 * @example
 * decomposeSeason([1, 3, 1, 3, 1, 3, 1, 3], 2) // [-1, 1]
 */
export function decomposeSeason(values: readonly number[], period: number): number[] {
  const length = Math.min(values.length, Math.max(3 * period, 2 * period + 1));
  const half = Math.floor(period / 2);
  const sums = new Array<number>(period).fill(0);
  const counts = new Array<number>(period).fill(0);
  for (let t = half; t + half < length; t++) {
    let total = 0;
    if (period % 2 === 1) {
      for (let k = t - half; k <= t + half; k++) total += values[k];
      total /= period;
    } else {
      // 2×m moving average: half weight on the two ends so the window is centred on t.
      for (let k = t - half + 1; k < t + half; k++) total += values[k];
      total = (total + (values[t - half] + values[t + half]) / 2) / period;
    }
    sums[t % period] += values[t] - total;
    counts[t % period]++;
  }
  const raw = sums.map((sum, position) => (counts[position] > 0 ? sum / counts[position] : 0));
  const mean = raw.reduce((a, b) => a + b, 0) / period;
  return raw.map((value) => value - mean);
}

/**
 * Starting level, trend and season for the Holt-Winters recursion, by the heuristic of Hyndman
 * et al. (2008, §2.6.1): seasonal indices from a classical decomposition of the first cycles, then a
 * least-squares line through the first max(10, 2m) seasonally adjusted values gives level and
 * trend. The level is set one step before the first value, as the recursion expects.
 *
 * @example
 * initialState([10, 12, 14, 16], 1, true) // { level: 8, trend: 2, season: [0] }
 */
export function initialState(values: readonly number[], period: number, withTrend: boolean): HoltWintersState {
  const season = period > 1 ? decomposeSeason(values, period) : [0];
  const span = Math.min(values.length, Math.max(10, 2 * period));
  const adjusted = values.slice(0, span).map((value, t) => value - season[t % season.length]);
  if (!withTrend) {
    return { level: adjusted.reduce((a, b) => a + b, 0) / adjusted.length, trend: 0, season };
  }
  const { intercept, slope } = linearFit(adjusted);
  // linearFit puts the first value at x = 1, so the intercept is already the level at t = 0.
  return { level: intercept, trend: slope, season };
}
