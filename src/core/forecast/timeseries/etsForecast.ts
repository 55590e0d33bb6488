import { fail, ok, type Result } from "../../model/result";
import { assertWholeNumber, TimeSeriesArgumentError } from "./errors";
import { aicc, fitEts, forecastEtsFit, type EtsFit, type EtsSpec, type TrendKind } from "./etsFit";
import { linearFit, linearForecast } from "./linear";
import { prepareSeries, type SeriesValue } from "./prepareSeries";
import { MAX_SEASONALITY, seasonalityCandidates } from "./seasonality";

/** How to treat seasonality, as FORECAST.ETS's argument: 1 or omitted = detect, 0 = none, n = period n. */
export interface EtsOptions {
  seasonality?: number;
}

/** The model that produced a forecast, with a short label such as `ETS(A,Ad,A) m=12` or `linear`. */
export type ChosenModel =
  | { kind: "ets"; label: string; fit: EtsFit }
  | { kind: "linear"; label: "linear"; aicc: number; intercept: number; slope: number };

export interface EtsForecast {
  forecast: number[];
  /** The season length of the chosen model (1 = none), from the given or detected candidates. */
  period: number;
  model: ChosenModel;
  /** Every model tried with its AICc, best first, so a user can see how close the race was. */
  candidates: { label: string; aicc: number }[];
}

/** Fewest values to fit anything: a level, a trend and an error variance need a few points. */
export const MIN_VALUES = 4;

function label(spec: EtsSpec): string {
  const trend = spec.trend === "none" ? "N" : spec.trend === "additive" ? "A" : "Ad";
  return spec.period > 1 ? `ETS(A,${trend},A) m=${spec.period}` : `ETS(A,${trend},N)`;
}

/** Most candidate season lengths tried when detecting: nested seasons (3, 6, 12) need a few. */
export const MAX_PERIOD_CANDIDATES = 4;

/**
 * A liberal significance for candidate seasons (z = 2 instead of detection's 3): each candidate
 * must still beat the non-seasonal models on AICc, which guards against chance peaks.
 */
const Z_CANDIDATE = 2;

/**
 * The season lengths to try: given, none, or the detected candidates, as FORECAST.ETS's
 * seasonality argument. Only periods with two full seasons of data are kept.
 * @throws TimeSeriesArgumentError when seasonality is negative, fractional or above 8760.
 */
function periodsToTry(values: readonly number[], seasonality: number): number[] {
  if (!Number.isInteger(seasonality) || seasonality < 0 || seasonality > MAX_SEASONALITY) {
    throw new TimeSeriesArgumentError("seasonality", `seasonality must be 0 (none), 1 (detect) or a whole season length up to ${MAX_SEASONALITY}; got ${seasonality}.`);
  }
  if (seasonality === 0) return [];
  if (seasonality > 1) return [seasonality];
  return seasonalityCandidates(values, MAX_SEASONALITY, Z_CANDIDATE)
    .filter((period) => values.length >= 2 * period)
    .slice(0, MAX_PERIOD_CANDIDATES);
}

const byAicc = (a: { aicc: number }, b: { aicc: number }): number => a.aicc - b.aicc;

/**
 * Forecasts an evenly spaced series `horizon` steps ahead with additive exponential smoothing, the
 * method family of Excel's FORECAST.ETS (AAA ETS), choosing the model by AICc on the one-step errors.
 *
 * Model choice, in two stages to stay fast: first the season, by fitting an additive-trend model
 * for each candidate period (see {@link seasonalityCandidates}) and without a season; then, for the
 * winning period and for no season, the trend: none, additive or damped. A least-squares line
 * competes too. Smoothing parameters minimise the one-step-ahead squared error. AICc's penalty
 * keeps the seasonal or trended model out when the data do not support it, which is what makes
 * the method generalise.
 *
 * Data handling as in Excel: values are taken as evenly spaced; blanks (null) inside the series are
 * filled by linear interpolation (FORECAST.ETS's default data_completion = 1).
 *
 * Returns issues `too_short` (fewer than 4 values, or fewer than two seasons for a given period)
 * and `not_a_number`.
 *
 * @throws TimeSeriesArgumentError for a horizon that is not a whole number ≥ 1 or a bad seasonality.
 * @example
 * const sales = [12, 15, 20, 14, 13, 16, 22, 15, 14, 18, 24, 16, 16, 19, 26, 18];
 * const result = etsForecast(sales, 4);
 * if (result.ok) result.value.forecast // the next four quarters; result.value.period is 4
 */
export function etsForecast(values: readonly SeriesValue[], horizon: number, options: EtsOptions = {}): Result<EtsForecast> {
  assertWholeNumber("horizon", horizon, 1);
  const prepared = prepareSeries(values, MIN_VALUES);
  if (!prepared.ok) return prepared;
  const series = prepared.value;
  const seasonality = options.seasonality ?? 1;
  const periods = periodsToTry(series, seasonality);
  if (seasonality > 1 && series.length < 2 * seasonality) {
    return fail("too_short", [], `A season of ${seasonality} needs at least ${2 * seasonality} values; the series has ${series.length}. Give seasonality 0 or more history.`);
  }
  // Stage 1: the season, with an additive trend throughout.
  const fits: EtsFit[] = [1, ...periods].map((period) => fitEts(series, { trend: "additive", period }));
  const season = fits.reduce((a, b) => (b.aicc < a.aicc ? b : a)).spec.period;
  // Stage 2: the trend, for the chosen season and for none.
  const trends: TrendKind[] = ["none", "damped"];
  for (const period of season > 1 ? [season, 1] : [1]) {
    for (const trend of trends) fits.push(fitEts(series, { trend, period }));
  }
  const line = linearFit(series);
  const lineAicc = aicc(line.residuals.reduce((sum, r) => sum + r * r, 0), series.length, 3);
  const candidates = [...fits.map((fit) => ({ label: label(fit.spec), aicc: fit.aicc })), { label: "linear", aicc: lineAicc }].sort(byAicc);
  const best = [...fits].sort(byAicc)[0];
  if (lineAicc < best.aicc) {
    const model: ChosenModel = { kind: "linear", label: "linear", aicc: lineAicc, intercept: line.intercept, slope: line.slope };
    return ok({ forecast: linearForecast(series, horizon), period: 1, model, candidates });
  }
  return ok({ forecast: forecastEtsFit(best, horizon), period: best.spec.period, model: { kind: "ets", label: label(best.spec), fit: best }, candidates });
}
