import { buildForecast, ForecastOptions, ForecastRow } from "../core/forecast/forecastReport";
import { toForecastDeals } from "../core/forecast/forecastDeal";
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
  rows: ForecastRow[];
  /** Pipeline closing in the period, moved between the first and the last snapshot; null without two snapshots. */
  waterfall: (WaterfallTotals & { from: string; to: string; balances: boolean; movements: WaterfallMovement[] }) | null;
  issues: Issue[];
}

/**
 * The forecast call's figures, the same for the pane, the ribbon and the CLI: the forecast table at one
 * level and the pipeline waterfall between the first and the last snapshot for the same period.
 */
export function runForecast(dataSet: DataSet, options: ForecastOptions): ForecastRun {
  const { rows, issues } = buildForecast(dataSet, options);
  return {
    period: options.period,
    level: options.level,
    asOf: options.asOf,
    currency: dataSet.settings.corporateCurrency,
    rows,
    waterfall: snapshotWaterfall(dataSet, options.period),
    issues,
  };
}

function snapshotWaterfall(dataSet: DataSet, periodLabel: string): ForecastRun["waterfall"] {
  const dates = [...new Set(dataSet.snapshots.map((row) => row.snapshotDate))].sort();
  const period = parseFiscalLabel(periodLabel);
  if (dates.length < 2 || !period) return null;
  const { settings } = dataSet;
  const rates = new RateTable(settings.corporateCurrency, settings.fiscalYearStartMonth, dataSet.fxRates);
  const dealsAt = (date: string) => toForecastDeals(dataSet.snapshots.filter((row) => row.snapshotDate === date), settings.stageMap, rates).deals;
  const from = dates[0];
  const to = dates[dates.length - 1];
  const result = movePipeline({
    startDeals: dealsAt(from),
    endDeals: dealsAt(to),
    outcomes: toForecastDeals(dataSet.opportunities, settings.stageMap, rates).deals,
    window: fiscalPeriodRange(period, settings.fiscalYearStartMonth),
  });
  return { ...result.totals, from, to, balances: result.balances, movements: result.movements };
}
