/** Time-series forecasting of bookings: linear trend, additive ETS (Holt-Winters), backtests and accuracy. */
export { TimeSeriesArgumentError } from "./errors";
export { prepareSeries, type SeriesValue } from "./prepareSeries";
export { linearFit, linearForecast, type LinearFit } from "./linear";
export { autocorrelation, detectSeasonality, seasonalityCandidates, MAX_SEASONALITY } from "./seasonality";
export { decomposeSeason, initialState } from "./initialState";
export { nelderMead, type Minimum, type NelderMeadOptions } from "./nelderMead";
export { runHoltWinters, forecastFromState, type HoltWintersState, type SmoothingParameters } from "./holtWinters";
export { fitEts, forecastEtsFit, aicc, type EtsFit, type EtsSpec, type TrendKind } from "./etsFit";
export { etsForecast, MIN_VALUES, MAX_PERIOD_CANDIDATES, type ChosenModel, type EtsForecast, type EtsOptions } from "./etsForecast";
export { mape, wape, mase, seasonalNaiveScale, seasonalNaiveForecast, naiveForecast } from "./metrics";
export { backtest, holdout, BACKTEST_METHODS, MAX_ORIGINS, type BacktestMethod, type Evaluation, type MethodScore } from "./backtest";
export { forecastAccuracy, type ForecastAccuracy, type PeriodAccuracy } from "./forecastAccuracy";
