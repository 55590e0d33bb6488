import { AdjustedForecastRow, applyAdjustments, ForecastAdjustment } from "../core/forecast/adjustments";
import { buildForecast, ForecastOptions, ForecastOptionsError } from "../core/forecast/forecastReport";
import { ForecastDeal, toForecastDeals } from "../core/forecast/forecastDeal";
import { kpiSummary, KpiSummary } from "../core/forecast/kpiSummary";
import { movePipeline, WaterfallMovement, WaterfallTotals } from "../core/forecast/waterfall";
import { RateTable } from "../core/model/currency";
import type { DataSet } from "../core/model/dataSet";
import { fiscalPeriodOf, fiscalPeriodRange, formatFiscalPeriod, parseFiscalLabel } from "../core/model/fiscalCalendar";
import { parseIsoDate, toIsoDate } from "../core/model/isoDate";
import { startOfMonth, subDays, subMonths } from "date-fns";
import { BookingsSeries, bookingsSeries, nextPeriod } from "../core/forecast/bookingsSeries";
import { etsForecast } from "../core/forecast/timeseries";
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
  /** Monthly closed-won bookings over the last three years of full months, and the next quarter forecast from them. */
  bookings: BookingsForecast;
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
    bookings: bookingsForecast(deals, settings.fiscalYearStartMonth, options.asOf),
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

export interface BookingsForecast extends BookingsSeries {
  /** The next three months by additive ETS (season detected); null when the history is too short. */
  forecast: { periods: string[]; values: number[]; model: string } | null;
}

const BOOKINGS_HISTORY_MONTHS = 36;
const BOOKINGS_HORIZON = 3;

function bookingsForecast(deals: readonly ForecastDeal[], fiscalStartMonth: number, asOfIso: string): BookingsForecast {
  const asOf = parseIsoDate(asOfIso) as Date;
  // Only whole months: the as-of month is still open and would read as a slump.
  const to = toIsoDate(subDays(startOfMonth(asOf), 1));
  const from = toIsoDate(startOfMonth(subMonths(asOf, BOOKINGS_HISTORY_MONTHS)));
  const full = bookingsSeries(deals, fiscalStartMonth, "month", from, to);
  // Months before the first booking are months before the data starts, not months of no sales.
  const first = Math.max(0, full.values.findIndex((value) => value !== 0));
  const series = { ...full, periods: full.periods.slice(first), values: full.values.slice(first) };
  const result = etsForecast(series.values, BOOKINGS_HORIZON);
  if (!result.ok) return { ...series, forecast: null };
  let period = fiscalPeriodOf(to, fiscalStartMonth, "month");
  const periods: string[] = [];
  for (let i = 0; i < BOOKINGS_HORIZON; i += 1) {
    period = nextPeriod(period);
    periods.push(formatFiscalPeriod(period));
  }
  return { ...series, forecast: { periods, values: result.value.forecast, model: result.value.model.label } };
}
