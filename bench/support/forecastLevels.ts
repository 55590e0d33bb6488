/*
 * One timed forecast call as the bench counts it: prepare once (deals converted, win rates learnt),
 * then the forecast table and the KPIs at every level for one period, each part timed on its own.
 */
import { performance } from "perf_hooks";
import { ForecastRow, forecastFromPrepared, prepareForecast } from "../../src/core/forecast/forecastReport";
import type { KpiSummary } from "../../src/core/forecast/kpiSummary";
import type { RollupLevel } from "../../src/core/forecast/rollup";
import type { DataSet } from "../../src/core/model/dataSet";
import { fiscalPeriodRange, parseFiscalLabel } from "../../src/core/model/fiscalCalendar";
import { kpiDeals, kpisByLevel } from "./kpiByLevel";

export const LEVELS: readonly RollupLevel[] = ["rep", "manager", "region"];

export interface AllLevelsRun {
  prepareMs: number;
  /** forecastFromPrepared per level (the first level asked also gathers the period's deals). */
  forecastMs: Record<RollupLevel, number>;
  /** Gathering the period's KPI deals, once for all levels. */
  kpiDealsMs: number;
  kpiMs: Record<RollupLevel, number>;
  totalMs: number;
  cpuMs: number;
  rows: Record<RollupLevel, ForecastRow[]>;
  kpis: Record<RollupLevel, Map<string, KpiSummary>>;
}

/** Everything at every level for one period, as one call from the pane or the CLI would need it. */
export function runAllLevels(dataSet: DataSet, period: string, asOf: string): AllLevelsRun {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const prepared = prepareForecast(dataSet, { asOf });
  const prepareMs = performance.now() - start;
  const forecastMs = {} as Record<RollupLevel, number>;
  const rows = {} as Record<RollupLevel, ForecastRow[]>;
  for (const level of LEVELS) {
    const levelStart = performance.now();
    rows[level] = forecastFromPrepared(prepared, { period, level }).rows;
    forecastMs[level] = performance.now() - levelStart;
  }
  const kpiStart = performance.now();
  const range = fiscalPeriodRange(parseFiscalLabel(period) as NonNullable<ReturnType<typeof parseFiscalLabel>>, dataSet.settings.fiscalYearStartMonth);
  const deals = kpiDeals(prepared, range);
  const kpiDealsMs = performance.now() - kpiStart;
  const kpiMs = {} as Record<RollupLevel, number>;
  const kpis = {} as Record<RollupLevel, Map<string, KpiSummary>>;
  for (const level of LEVELS) {
    const levelStart = performance.now();
    kpis[level] = kpisByLevel(prepared, deals, level);
    kpiMs[level] = performance.now() - levelStart;
  }
  const totalMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { prepareMs, forecastMs, kpiDealsMs, kpiMs, totalMs, cpuMs: (used.user + used.system) / 1000, rows, kpis };
}
