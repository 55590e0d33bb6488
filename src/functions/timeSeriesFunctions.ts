/*
 * Bodies of SALESOPS.FORECAST and SALESOPS.BACKTEST: a range becomes a series (blanks inside it are
 * interpolated like FORECAST.ETS's data completion, blanks at its ends dropped), results spill.
 */
import { backtest, etsForecast, linearForecast, prepareSeries, TimeSeriesArgumentError } from "../core/forecast/timeseries";
import type { Issue } from "../core/model/result";
import { optionalChoiceArgument, optionalIntegerArgument, ScalarArgument } from "./arguments";
import { RangeArgument, flattenRange, isBlankCell, numberCell } from "./ranges";
import { argumentFailure } from "./runner";

const MAX_HORIZON = 10_000;

function seriesArgument(values: RangeArgument): (number | null)[] {
  const range = flattenRange(values, "values");
  if (range.rows > 1 && range.columns > 1) throw argumentFailure("values", `give one row or one column of values, not a ${range.rows}×${range.columns} block.`);
  return range.cells.map((cell, index) => (isBlankCell(cell) ? null : numberCell(cell, "values", index)));
}

function failWith(issues: readonly Issue[]): never {
  throw argumentFailure("values", issues[0].message);
}

/** Turns the engine's argument errors into #VALUE! naming the argument. */
function withArgumentErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof TimeSeriesArgumentError) throw argumentFailure(error.argument, error.message);
    throw error;
  }
}

export function forecastCells(values: RangeArgument, horizon: unknown, seasonality: unknown, method: unknown): number[][] {
  const series = seriesArgument(values);
  const steps = optionalIntegerArgument(horizon as ScalarArgument, "horizon", { min: 1, max: MAX_HORIZON }, Number.NaN);
  if (Number.isNaN(steps)) throw argumentFailure("horizon", "say how many periods to forecast (a whole number from 1).");
  const season = optionalIntegerArgument(seasonality as ScalarArgument, "seasonality", { min: 0, max: 8760 }, 1);
  const chosen = optionalChoiceArgument(method as ScalarArgument, "method", ["ets", "linear"] as const, "ets");
  return withArgumentErrors(() => {
    if (chosen === "linear") {
      const prepared = prepareSeries(series, 2);
      if (!prepared.ok) failWith(prepared.issues);
      return linearForecast(prepared.value, steps).map((value) => [value]);
    }
    const result = etsForecast(series, steps, { seasonality: season });
    if (!result.ok) failWith(result.issues);
    return result.value.forecast.map((value) => [value]);
  });
}

export function backtestCells(values: RangeArgument, horizon: unknown, seasonality: unknown): (string | number)[][] {
  const series = seriesArgument(values);
  const steps = optionalIntegerArgument(horizon as ScalarArgument, "horizon", { min: 1, max: MAX_HORIZON }, Number.NaN);
  if (Number.isNaN(steps)) throw argumentFailure("horizon", "say how many periods each backtest forecast covers (a whole number from 1).");
  const season = optionalIntegerArgument(seasonality as ScalarArgument, "seasonality", { min: 0, max: 8760 }, 1);
  return withArgumentErrors(() => {
    const result = backtest(series, steps, season);
    if (!result.ok) failWith(result.issues);
    // A metric without meaning (e.g. MAPE over zero actuals) is an empty cell, keeping the spill rectangular.
    const cell = (value: number | null): string | number => (value === null ? "" : value);
    return [["method", "MAPE", "WAPE", "MASE"], ...result.value.scores.map((score) => [score.method, cell(score.mape), cell(score.wape), cell(score.mase)])];
  });
}

