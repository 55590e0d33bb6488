import { AdjustedForecastRow, applyAdjustments, ForecastAdjustment } from "../core/forecast/adjustments";
import { buildForecast, ForecastOptions, ForecastOptionsError } from "../core/forecast/forecastReport";
import { ForecastDeal, toForecastDeals } from "../core/forecast/forecastDeal";
import { kpiSummary, KpiSummary } from "../core/forecast/kpiSummary";
import { movePipeline, WaterfallMovement, WaterfallTotals } from "../core/forecast/waterfall";
import { RateTable } from "../core/model/currency";
import type { DataSet } from "../core/model/dataSet";
import { fiscalPeriodRange, parseFiscalLabel } from "../core/model/fiscalCalendar";
import type { Issue } from "../core/model/result";

export interface ForecastRun {
  period: string;
  level: ForecastOptions["level"];
  asOf: string;
  currency: string;
  /** Raw rollups with the manager adjustments in force beside them. */
  rows: AdjustedForecastRow[];
  /** The period's KPIs over every deal in the data set. */
  kpis: KpiSummary;
  /** Pipeline closing in the period, moved between the first and the last snapshot; null without two snapshots. */
  waterfall: (WaterfallTotals & { from: string; to: string; balances: boolean; movements: WaterfallMovement[] }) | null;
  issues: Issue[];
}

/**
 * The forecast call's figures, the same for the pane, the ribbon and the CLI: the forecast table at one
 * level with the manager adjustments in force, the period's KPIs, and the pipeline waterfall between the
 * first and the last snapshot for the same period.
 */
export function runForecast(dataSet: DataSet, options: ForecastOptions, adjustmentLog: readonly ForecastAdjustment[] = []): ForecastRun {
  const forecast = buildForecast(dataSet, options);
  const period = parseFiscalLabel(options.period);
  if (!period) throw new ForecastOptionsError(`"${options.period}" is not a fiscal period.`);
  const adjusted = applyAdjustments(forecast.rows, adjustmentLog, options.level, options.period);
  const { settings } = dataSet;
  const rates = new RateTable(settings.corporateCurrency, settings.fiscalYearStartMonth, dataSet.fxRates);
  // buildForecast already reported the deals it could not convert.
  const deals = toForecastDeals(dataSet.opportunities, settings.stageMap, rates).deals;
  const range = fiscalPeriodRange(period, settings.fiscalYearStartMonth);
  return {
    period: options.period,
    level: options.level,
    asOf: options.asOf,
    currency: settings.corporateCurrency,
    rows: adjusted.rows,
    kpis: kpiSummary(deals, range),
    waterfall: snapshotWaterfall(dataSet, range, rates, deals),
    issues: [...forecast.issues, ...adjusted.issues],
  };
}

function snapshotWaterfall(dataSet: DataSet, window: { start: string; end: string }, rates: RateTable, outcomes: ForecastDeal[]): ForecastRun["waterfall"] {
  const dates = [...new Set(dataSet.snapshots.map((row) => row.snapshotDate))].sort();
  if (dates.length < 2) return null;
  const { settings } = dataSet;
  const dealsAt = (date: string) => toForecastDeals(dataSet.snapshots.filter((row) => row.snapshotDate === date), settings.stageMap, rates).deals;
  const from = dates[0];
  const to = dates[dates.length - 1];
  const result = movePipeline({
    startDeals: dealsAt(from),
    endDeals: dealsAt(to),
    outcomes,
    window,
  });
  return { ...result.totals, from, to, balances: result.balances, movements: result.movements };
}
