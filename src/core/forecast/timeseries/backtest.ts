import { fail, ok, type Result } from "../../model/result";
import { assertWholeNumber, TimeSeriesArgumentError } from "./errors";
import { etsForecast, MIN_VALUES } from "./etsForecast";
import { linearForecast } from "./linear";
import { mape, mase, naiveForecast, seasonalNaiveForecast, wape } from "./metrics";
import { prepareSeries, type SeriesValue } from "./prepareSeries";
import { MAX_SEASONALITY } from "./seasonality";

export const BACKTEST_METHODS = ["ets", "linear", "seasonalNaive", "naive"] as const;
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];

/** One method's errors over all forecasts of an evaluation; null where a metric is undefined. */
export interface MethodScore {
  method: BacktestMethod;
  /** Fraction, 0.05 = 5 %. */
  mape: number | null;
  /** Fraction, 0.05 = 5 %. */
  wape: number | null;
  /** Mean over origins of MAE ÷ in-sample seasonal-naive MAE at that origin. */
  mase: number | null;
}

export interface Evaluation {
  /** Season length used by ETS, seasonal naive and the MASE scale (1 = none). */
  period: number;
  horizon: number;
  /** Number of training values at each forecast origin, oldest first. */
  origins: number[];
  scores: MethodScore[];
  /** The forecasts from the last origin, per method (for a holdout: the only one). */
  lastForecasts: Record<BacktestMethod, number[]>;
}

/** Most origins a rolling backtest uses: enough to average out one lucky origin, cheap to refit. */
export const MAX_ORIGINS = 6;

function forecastBy(method: BacktestMethod, history: readonly number[], horizon: number, period: number): number[] {
  switch (method) {
    case "ets": {
      const result = etsForecast(history, horizon, { seasonality: period > 1 ? period : 0 });
      // The origins are chosen so ETS always has enough data; a failure here is our bug.
      if (!result.ok) throw new TimeSeriesArgumentError("values", result.issues[0].message);
      return result.value.forecast;
    }
    case "linear":
      return linearForecast(history, horizon);
    case "seasonalNaive":
      return seasonalNaiveForecast(history, horizon, period);
    case "naive":
      return naiveForecast(history, horizon);
  }
}

/** Fewest training values at an origin: two seasons for ETS plus one, and the MASE scale needs > m. */
function minimumTraining(period: number): number {
  return Math.max(MIN_VALUES + 1, 2 * period + 1);
}

function evaluate(series: readonly number[], horizon: number, period: number, origins: number[]): Evaluation {
  const scores: MethodScore[] = [];
  const lastForecasts = {} as Record<BacktestMethod, number[]>;
  for (const method of BACKTEST_METHODS) {
    const actual: number[] = [];
    const predicted: number[] = [];
    let maseSum = 0;
    let maseCount = 0;
    for (const origin of origins) {
      const history = series.slice(0, origin);
      const truth = series.slice(origin, origin + horizon);
      const forecast = forecastBy(method, history, horizon, period);
      actual.push(...truth);
      predicted.push(...forecast);
      lastForecasts[method] = forecast;
      const scaled = mase(truth, forecast, history, period);
      if (scaled !== null) {
        maseSum += scaled;
        maseCount++;
      }
    }
    scores.push({ method, mape: mape(actual, predicted), wape: wape(actual, predicted), mase: maseCount === 0 ? null : maseSum / maseCount });
  }
  return { period, horizon, origins, scores, lastForecasts };
}

/** The season ETS settles on for a history (candidates judged by AICc); 1 when it is too short to fit. */
function chosenPeriod(history: readonly number[]): number {
  const result = etsForecast(history, 1);
  return result.ok ? result.value.period : 1;
}

function prepare(values: readonly SeriesValue[], horizon: number, seasonality: number): Result<{ series: number[]; period: number }> {
  assertWholeNumber("horizon", horizon, 1);
  if (!Number.isInteger(seasonality) || seasonality < 0 || seasonality > MAX_SEASONALITY) {
    throw new TimeSeriesArgumentError("seasonality", `seasonality must be 0, 1 or a whole season length; got ${seasonality}.`);
  }
  const prepared = prepareSeries(values, MIN_VALUES);
  if (!prepared.ok) return prepared;
  const series = prepared.value;
  // Choose the season on the history only, so the held-out values cannot leak into it.
  const history = series.slice(0, Math.max(0, series.length - horizon));
  const period = seasonality === 0 ? 1 : seasonality === 1 ? chosenPeriod(history) : seasonality;
  const needed = minimumTraining(period) + horizon;
  if (series.length < needed) {
    return fail("too_short", [], `Backtesting ${horizon} steps ahead${period > 1 ? ` with a season of ${period}` : ""} needs at least ${needed} values; the series has ${series.length}.`);
  }
  return ok({ series, period });
}

/**
 * Rolling-origin backtest: from up to 6 origins (the last possible one and those 1, 2, … steps
 * earlier), each method is refitted on the values before the origin and forecasts `horizon` steps;
 * MAPE and WAPE pool every forecast, MASE averages the per-origin scaled errors. Methods: ETS (as
 * {@link etsForecast}, with the backtest's period), linear trend, seasonal naive and naive. With
 * seasonality 1 (the default, as in FORECAST.ETS) the period is the one ETS chooses on the history
 * before the last origin, and it is then held fixed at every origin so the methods are comparable;
 * 0 means none, n a period of n. Blanks are interpolated as in {@link etsForecast}.
 *
 * @throws TimeSeriesArgumentError for a bad horizon or seasonality.
 * @example
 * const result = backtest(monthlyBookings, 3);
 * if (result.ok) result.value.scores.find((s) => s.method === "ets")?.mase
 */
export function backtest(values: readonly SeriesValue[], horizon: number, seasonality = 1): Result<Evaluation> {
  const prepared = prepare(values, horizon, seasonality);
  if (!prepared.ok) return prepared;
  const { series, period } = prepared.value;
  const last = series.length - horizon;
  const count = Math.min(MAX_ORIGINS, last - minimumTraining(period) + 1);
  const origins = Array.from({ length: count }, (_, index) => last - (count - 1) + index);
  return ok(evaluate(series, horizon, period, origins));
}

/**
 * Holdout evaluation: fit on all but the last `horizon` values, forecast them, score each method.
 * @throws TimeSeriesArgumentError for a bad horizon or seasonality.
 * @example
 * const result = holdout([5, 7, 6, 8, 7, 9, 8, 10], 2);
 * if (result.ok) result.value.lastForecasts.naive // [9, 9]
 */
export function holdout(values: readonly SeriesValue[], horizon: number, seasonality = 1): Result<Evaluation> {
  const prepared = prepare(values, horizon, seasonality);
  if (!prepared.ok) return prepared;
  const { series, period } = prepared.value;
  return ok(evaluate(series, horizon, period, [series.length - horizon]));
}
