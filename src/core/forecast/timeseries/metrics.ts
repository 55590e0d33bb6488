import { assertWholeNumber } from "./errors";

/**
 * Mean absolute percentage error as a fraction (0.05 = 5 %): mean of |actual − forecast| / |actual|.
 * Periods with an actual of 0 are skipped (the percentage is undefined there); null when none is left.
 * @example mape([100, 200], [110, 180]) // 0.1
 */
export function mape(actual: readonly number[], forecast: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  actual.forEach((value, index) => {
    if (value === 0) return;
    sum += Math.abs(value - forecast[index]) / Math.abs(value);
    count++;
  });
  return count === 0 ? null : sum / count;
}

/**
 * Weighted absolute percentage error as a fraction: Σ|actual − forecast| / Σ|actual|. Unlike MAPE
 * a slow month does not dominate it, which is why sales teams prefer it; null when Σ|actual| = 0.
 * @example wape([100, 200], [110, 180]) // 0.1
 */
export function wape(actual: readonly number[], forecast: readonly number[]): number | null {
  let errors = 0;
  let total = 0;
  actual.forEach((value, index) => {
    errors += Math.abs(value - forecast[index]);
    total += Math.abs(value);
  });
  return total === 0 ? null : errors / total;
}

/**
 * In-sample mean absolute error of the seasonal naive method (y_t predicted by y_{t−m}); m = 1 is
 * the naive method. The scale of MASE. Null when the history is not longer than one season.
 * @example seasonalNaiveScale([1, 2, 4, 7], 1) // (1 + 2 + 3) / 3 = 2
 */
export function seasonalNaiveScale(history: readonly number[], period: number): number | null {
  if (history.length <= period) return null;
  let sum = 0;
  for (let t = period; t < history.length; t++) sum += Math.abs(history[t] - history[t - period]);
  return sum / (history.length - period);
}

/**
 * Mean absolute scaled error (Hyndman & Koehler 2006): the forecast's mean absolute error divided
 * by the in-sample error of the seasonal naive method on `history`. Below 1 beats that benchmark;
 * unlike MAPE it is defined when actuals are 0. Null when the scale is 0 or undefined.
 * @example mase([5, 6], [4, 6], [1, 2, 4, 7], 1) // 0.5 / 2 = 0.25
 */
export function mase(actual: readonly number[], forecast: readonly number[], history: readonly number[], period: number): number | null {
  const scale = seasonalNaiveScale(history, period);
  if (scale === null || scale === 0 || actual.length === 0) return null;
  let sum = 0;
  actual.forEach((value, index) => {
    sum += Math.abs(value - forecast[index]);
  });
  return sum / actual.length / scale;
}

/**
 * Seasonal naive forecast: each future step repeats the value one season earlier.
 * @throws TimeSeriesArgumentError when the history is shorter than one season.
 * @example seasonalNaiveForecast([1, 2, 3, 4], 3, 2) // [3, 4, 3]
 */
export function seasonalNaiveForecast(history: readonly number[], horizon: number, period: number): number[] {
  assertWholeNumber("horizon", horizon, 1);
  assertWholeNumber("period", period, 1);
  assertWholeNumber("history length", history.length, period);
  const lastSeason = history.slice(history.length - period);
  return Array.from({ length: horizon }, (_, step) => lastSeason[step % period]);
}

/**
 * Naive forecast: every future step repeats the last value (seasonal naive with a period of 1).
 * @example naiveForecast([3, 5], 2) // [5, 5]
 */
export function naiveForecast(history: readonly number[], horizon: number): number[] {
  return seasonalNaiveForecast(history, horizon, 1);
}
