import { assertWholeNumber } from "./errors";

/** A least-squares line through (1, y₁), (2, y₂), …: value at position x = intercept + slope·x. */
export interface LinearFit {
  intercept: number;
  slope: number;
  /** In-sample residuals y − ŷ, in order. */
  residuals: number[];
}

/**
 * Fits an ordinary least-squares line with the positions 1..n as x, as Excel's TREND and
 * FORECAST.LINEAR do with the timeline 1..n.
 *
 * @example
 * linearFit([1, 3, 5]) // { intercept: -1, slope: 2, residuals: [0, 0, 0] }
 */
export function linearFit(values: readonly number[]): LinearFit {
  const n = values.length;
  if (n === 0) return { intercept: 0, slope: 0, residuals: [] };
  const meanX = (n + 1) / 2;
  let meanY = 0;
  for (const value of values) meanY += value;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  for (let index = 0; index < n; index++) {
    const dx = index + 1 - meanX;
    sxy += dx * (values[index] - meanY);
    sxx += dx * dx;
  }
  // One point has no slope: Excel returns #DIV/0!, a flat line is the useful answer inside the engine.
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residuals = values.map((value, index) => value - (intercept + slope * (index + 1)));
  return { intercept, slope, residuals };
}

/**
 * Forecasts `horizon` steps past the end of an evenly spaced series with a least-squares line,
 * the same numbers as `=FORECAST.LINEAR(n+h, values, 1..n)` or `=TREND(values,,n+h)` in Excel.
 * Gaps must already be filled (see `prepareSeries`).
 *
 * @throws TimeSeriesArgumentError when `horizon` is not a whole number ≥ 1.
 * @example
 * linearForecast([10, 12, 14], 2) // [16, 18]
 */
export function linearForecast(values: readonly number[], horizon: number): number[] {
  assertWholeNumber("horizon", horizon, 1);
  const { intercept, slope } = linearFit(values);
  const n = values.length;
  return Array.from({ length: horizon }, (_, step) => intercept + slope * (n + step + 1));
}
