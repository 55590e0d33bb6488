import { fail, ok, type Result } from "../../model/result";

/** One period's submitted forecast against what actually closed. */
export interface PeriodAccuracy {
  index: number;
  submitted: number;
  actual: number;
  /** submitted − actual: positive means the forecast was too high. */
  error: number;
  absoluteError: number;
  /** error ÷ actual as a fraction (0.1 = forecast 10 % over); null when the actual is 0. */
  errorPercent: number | null;
}

export interface ForecastAccuracy {
  periods: PeriodAccuracy[];
  /** Mean signed error percentage (fraction): > 0 over-forecasts on average, < 0 sandbagging. Null without a non-zero actual. */
  bias: number | null;
  /** Mean of |errorPercent| (fraction); null without a non-zero actual. */
  mape: number | null;
  /** Σ|error| ÷ Σ|actual| (fraction); null when every actual is 0. */
  wape: number | null;
}

/**
 * Scores a submitted forecast per period against the actuals: error, absolute error and error
 * percentage per period; bias (mean signed error %), MAPE and WAPE over the periods. A period with
 * a blank (null) on either side has not been forecast or has not closed yet, and is left out.
 * Ranges of different lengths come back as issue `length_mismatch`.
 *
 * @example
 * const result = forecastAccuracy([110, 90], [100, 100]);
 * if (result.ok) result.value.bias // (0.1 − 0.1) / 2 = 0
 */
export function forecastAccuracy(submitted: readonly (number | null)[], actual: readonly (number | null)[]): Result<ForecastAccuracy> {
  if (submitted.length !== actual.length) {
    return fail("length_mismatch", [], `submitted has ${submitted.length} periods and actual has ${actual.length}: give one submitted forecast per actual.`);
  }
  const periods: PeriodAccuracy[] = [];
  for (let index = 0; index < actual.length; index++) {
    const forecast = submitted[index];
    const truth = actual[index];
    if (forecast === null || truth === null) continue;
    if (!Number.isFinite(forecast) || !Number.isFinite(truth)) {
      return fail("not_a_number", [index], `Period ${index + 1} has a value that is not a number: fix or clear that cell.`);
    }
    const error = forecast - truth;
    periods.push({ index, submitted: forecast, actual: truth, error, absoluteError: Math.abs(error), errorPercent: truth === 0 ? null : error / Math.abs(truth) });
  }
  const percents = periods.map((period) => period.errorPercent).filter((value): value is number => value !== null);
  const totalActual = periods.reduce((sum, period) => sum + Math.abs(period.actual), 0);
  const totalError = periods.reduce((sum, period) => sum + period.absoluteError, 0);
  return ok({
    periods,
    bias: percents.length === 0 ? null : percents.reduce((a, b) => a + b, 0) / percents.length,
    mape: percents.length === 0 ? null : percents.reduce((a, b) => a + Math.abs(b), 0) / percents.length,
    wape: totalActual === 0 ? null : totalError / totalActual,
  });
}
