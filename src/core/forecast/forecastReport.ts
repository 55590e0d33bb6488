import type { DataSet } from "../model/dataSet";
import { parseFiscalLabel } from "../model/fiscalCalendar";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { FORECAST_CATEGORIES, ForecastCategory } from "../model/stageMap";
import { CategoryAmounts, cumulativeForecast } from "./categoryTotals";
import { attainment, pipelineCoverage } from "./kpis";
import { periodDeals } from "./periodDeals";
import { ForecastOptionsError, PreparedForecast, prepareForecast } from "./preparedForecast";
import { quotaByOwner } from "./quotaForPeriod";
import { RollupLevel, rollupKeyResolver } from "./rollup";

export { ForecastOptionsError, prepareForecast } from "./preparedForecast";
export type { PreparedForecast } from "./preparedForecast";

export interface ForecastRow {
  /** Rep id, manager id or region. */
  owner: string;
  ownerName: string;
  quota: number | null;
  closedWon: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  weighted: number;
  projection: number;
  coverage: number | null;
  attainment: number | null;
}

export interface ForecastOptions {
  /** A fiscal label: FY2027, FY2027-Q4 or FY2027-M10. */
  period: string;
  level: RollupLevel;
  asOf: IsoDate;
  /** Months of closed deals behind the win rates (default 24). */
  lookBackMonths?: number;
  /** Fewest closed deals a win-rate grouping may rest on (default 20). */
  minDeals?: number;
}

/** One row's sums before the cumulative definitions. */
interface KeyTotals {
  byCategory: CategoryAmounts;
  weighted: number;
  projectedOpen: number;
}

/**
 * The forecast table for one fiscal period at one level: cumulative category rollups, quota,
 * weighted pipeline, a win-rate projection, coverage and attainment, in the corporate currency.
 * @example buildForecast(dataSet, { period: "FY2027-Q4", level: "rep", asOf: "2026-11-27" }).rows[0].commit
 */
export function buildForecast(dataSet: DataSet, options: ForecastOptions): { rows: ForecastRow[]; issues: Issue[] } {
  if (!parseFiscalLabel(options.period)) throw periodError(options.period);
  return forecastFromPrepared(prepareForecast(dataSet, options), options);
}

/**
 * {@link buildForecast} from a {@link prepareForecast} result: the same rows and issues for the same
 * options, without converting the deals or learning the win rates again.
 * @example forecastFromPrepared(prepareForecast(dataSet, { asOf: "2026-11-27" }), { period: "FY2027-Q4", level: "rep" }).rows[0].commit
 */
export function forecastFromPrepared(prepared: PreparedForecast, options: Pick<ForecastOptions, "period" | "level">): { rows: ForecastRow[]; issues: Issue[] } {
  const period = parseFiscalLabel(options.period);
  if (!period) throw periodError(options.period);
  const { dataSet, columns, winRates } = prepared;
  const { settings } = dataSet;
  const keyOf = rollupKeyResolver(options.level, dataSet.reps);
  const deals = periodDeals(prepared, period);

  // Each owner's row slot once, then plain sums over the period's deals in their order: the same
  // additions in the same order as rollupDeals and the projection make, so the same figures to the bit.
  const slotOfKey = new Map<string, number>();
  const ownerSlot = deals.owners.map((owner) => {
    const key = keyOf(owner);
    if (!slotOfKey.has(key)) slotOfKey.set(key, slotOfKey.size);
    return slotOfKey.get(key) as number;
  });
  const byCategory = FORECAST_CATEGORIES.map(() => new Float64Array(slotOfKey.size));
  const weighted = new Float64Array(slotOfKey.size);
  const projectedOpen = new Float64Array(slotOfKey.size);
  for (let j = 0; j < deals.index.length; j += 1) {
    const slot = ownerSlot[deals.owner[j]];
    const category = columns.category[deals.index[j]];
    if (category >= 0) byCategory[category][slot] += columns.amount[deals.index[j]];
    weighted[slot] += deals.weighted[j];
    projectedOpen[slot] += deals.projected[j];
  }
  const totals = new Map<string, KeyTotals>();
  for (const [key, slot] of slotOfKey) {
    const sum = (category: ForecastCategory): number => byCategory[FORECAST_CATEGORIES.indexOf(category)][slot];
    const amounts = { pipeline: sum("Pipeline"), bestCase: sum("Best Case"), commit: sum("Commit"), closed: sum("Closed"), omitted: sum("Omitted") };
    totals.set(key, { byCategory: amounts, weighted: weighted[slot], projectedOpen: projectedOpen[slot] });
  }

  const issues = [...prepared.dealIssues];
  const quotas = quotaByOwner(dataSet.quotas, period, settings.fiscalYearStartMonth, prepared.rates);
  issues.push(...quotas.issues, ...winRates.issues);
  const quotaByKey = new Map<string, number>();
  for (const [ownerId, amount] of quotas.quotas) quotaByKey.set(keyOf(ownerId), (quotaByKey.get(keyOf(ownerId)) ?? 0) + amount);

  const nameOf = ownerNameResolver(dataSet, options.level);
  const keys = new Set([...totals.keys(), ...quotaByKey.keys()]);
  const rows = [...keys].sort().map((key): ForecastRow => {
    const row = totals.get(key);
    const rollup = row ? cumulativeForecast(row.byCategory) : undefined;
    const quota = quotaByKey.get(key) ?? null;
    const closedWon = rollup?.closed ?? 0;
    const pipeline = rollup?.pipeline ?? 0;
    return {
      owner: key,
      ownerName: nameOf(key),
      quota,
      closedWon,
      commit: rollup?.commit ?? 0,
      bestCase: rollup?.bestCase ?? 0,
      pipeline,
      weighted: row?.weighted ?? 0,
      projection: closedWon + (row?.projectedOpen ?? 0),
      coverage: quota === null ? null : pipelineCoverage(pipeline, quota, closedWon),
      attainment: quota === null ? null : attainment(closedWon, quota),
    };
  });
  return { rows, issues };
}

const periodError = (label: string): ForecastOptionsError =>
  new ForecastOptionsError(`"${label}" is not a fiscal period: use a label such as FY2027, FY2027-Q4 or FY2027-M10.`);

function ownerNameResolver(dataSet: DataSet, level: RollupLevel): (key: string) => string {
  if (level === "region") return (key) => key;
  const names = new Map(dataSet.reps.map((rep) => [rep.id, rep.name]));
  return (key) => names.get(key) ?? key;
}
