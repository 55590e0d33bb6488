/**
 * Forecast KPIs. Each returns null where the figure has no meaning (a zero quota, no closed deals),
 * so a surface can show `#DIV/0!` or a dash instead of a misleading number.
 */

/** Closed won ÷ quota. @example attainment(120000, 100000) // 1.2 */
export function attainment(closedWon: number, quota: number): number | null {
  return quota === 0 ? null : closedWon / quota;
}

/**
 * Open pipeline ÷ what is left to close (quota − closed won). Salesforce's Forecast Insights shows
 * the inverse (what is left ÷ pipeline); we follow the pipeline-review convention of "3× coverage".
 * Null when nothing remains: the quota is already attained.
 * @example pipelineCoverage(300000, 200000, 50000) // 2
 */
export function pipelineCoverage(openPipeline: number, quota: number, closedWon = 0): number | null {
  const remaining = quota - closedWon;
  return remaining <= 0 ? null : openPipeline / remaining;
}

/** Win rate by count (won ÷ closed) or by value (won amount ÷ closed amount). @example winRate([true, false, true, true]) // 0.75 */
export function winRate(outcomes: readonly boolean[], amounts?: readonly number[]): number | null {
  let won = 0;
  let closed = 0;
  outcomes.forEach((isWon, index) => {
    const weight = amounts ? amounts[index] : 1;
    closed += weight;
    if (isWon) won += weight;
  });
  return closed === 0 ? null : won / closed;
}

/** Median of a list (the mean of the middle two for an even count); null when empty. @example median([5, 1, 3, 9]) // 4 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Arithmetic mean; null when empty. @example mean([1, 2, 6]) // 3 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
