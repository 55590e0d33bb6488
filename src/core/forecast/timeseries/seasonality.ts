import { linearFit } from "./linear";

/** Excel's largest accepted seasonality (hours in a year); in practice a period is capped at n/2. */
export const MAX_SEASONALITY = 8760;

/** z-value for a detected season: stricter than 1.96 because up to n/2 lags are tested at once. */
export const Z_DETECT = 3;
/** How far a peak must rise above the lowest autocorrelation at shorter lags. */
const MIN_PROMINENCE = 0.3;

/**
 * Sample autocorrelation of `values` at lags 0..maxLag (biased estimator, as in most textbooks and
 * R's `acf`, so that values stay in [−1, 1]).
 *
 * @example
 * autocorrelation([1, -1, 1, -1], 2) // [1, -0.75, 0.5]
 */
export function autocorrelation(values: readonly number[], maxLag: number): number[] {
  const n = values.length;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= n || 1;
  let denominator = 0;
  for (const value of values) denominator += (value - mean) ** 2;
  const acf: number[] = [];
  for (let lag = 0; lag <= maxLag; lag++) {
    let sum = 0;
    for (let index = lag; index < n; index++) sum += (values[index] - mean) * (values[index - lag] - mean);
    acf.push(denominator === 0 ? 0 : sum / denominator);
  }
  return acf;
}

/**
 * Candidate season lengths of an evenly spaced series, strongest first (empty when there is none).
 *
 * The series is differenced first: a trend, a curved trend or a random walk makes every
 * autocorrelation of the raw series large and hides the seasonal peaks, while a repeating pattern
 * survives differencing. Among the lags 2..n/2 (two full cycles are needed to estimate a season) a
 * candidate must be
 * - a local maximum of the autocorrelation that rises clearly above the lowest value at shorter
 *   lags (a season has a trough between its peaks; small bumps on a smooth curve are noise), and
 * - significant: above z·√(1.5/n), Bartlett's standard error for differenced white noise (whose
 *   r₁ = −0.5). {@link detectSeasonality} uses z = 3 because up to n/2 lags are tested at once;
 *   a model search that judges each candidate by AICc can pass a lower z, so that a short series
 *   (16 quarters) can still show its season.
 * Differencing also amplifies noise, so a smooth season can peak one lag off; each candidate is
 * refined to whichever of its neighbours (±1) has the highest autocorrelation in the series
 * detrended by a least-squares line, where such a pattern is clearer.
 *
 * Several candidates matter because sales seasons nest: quarter-end spikes peak at 3 and 6 months,
 * the fiscal year at 12, and the strongest peak is not always the season worth modelling.
 *
 * @example
 * const monthly = Array.from({ length: 48 }, (_, t) => 100 + t + 10 * Math.sin((2 * Math.PI * t) / 12));
 * seasonalityCandidates(monthly)[0] // 12
 */
export function seasonalityCandidates(values: readonly number[], maxPeriod = MAX_SEASONALITY, z = Z_DETECT): number[] {
  const maxLag = Math.min(maxPeriod, Math.floor(values.length / 2));
  if (maxLag < 2) return [];
  const differences: number[] = [];
  for (let index = 1; index < values.length; index++) differences.push(values[index] - values[index - 1]);
  const n = differences.length;
  // One lag beyond maxLag so a peak at maxLag itself can be recognised.
  const acf = autocorrelation(differences, Math.min(maxLag + 1, n - 1));
  const threshold = z * Math.sqrt(1.5 / n);
  const peaks: { lag: number; value: number }[] = [];
  let lowest = acf[1];
  for (let lag = 2; lag <= maxLag && lag < acf.length; lag++) {
    const value = acf[lag];
    const isPeak = value > acf[lag - 1] && (lag + 1 >= acf.length || value >= acf[lag + 1]);
    if (isPeak && value > threshold && value - lowest > MIN_PROMINENCE) peaks.push({ lag, value });
    lowest = Math.min(lowest, value);
  }
  if (peaks.length === 0) return [];
  peaks.sort((a, b) => b.value - a.value || a.lag - b.lag);
  const detrended = autocorrelation(linearFit(values).residuals, maxLag);
  const refined: number[] = [];
  for (const { lag } of peaks) {
    let best = lag;
    for (const neighbour of [lag - 1, lag + 1]) {
      if (neighbour >= 2 && neighbour <= maxLag && detrended[neighbour] > detrended[best]) best = neighbour;
    }
    if (!refined.includes(best)) refined.push(best);
  }
  return refined;
}

/**
 * Detects the season length of an evenly spaced series, the job of FORECAST.ETS's seasonality
 * argument when it is 1 or omitted: the strongest significant autocorrelation peak found by
 * {@link seasonalityCandidates}, or 1 when there is no seasonality.
 *
 * @example
 * const monthly = Array.from({ length: 48 }, (_, t) => 100 + t + 10 * Math.sin((2 * Math.PI * t) / 12));
 * detectSeasonality(monthly) // 12
 */
export function detectSeasonality(values: readonly number[], maxPeriod = MAX_SEASONALITY): number {
  return seasonalityCandidates(values, maxPeriod)[0] ?? 1;
}
