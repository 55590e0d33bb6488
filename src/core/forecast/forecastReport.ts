import { subMonths } from "date-fns";
import { RateTable } from "../model/currency";
import type { DataSet } from "../model/dataSet";
import { fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import { IsoDate, parseIsoDate, toIsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { ForecastDeal, toForecastDeals } from "./forecastDeal";
import { attainment, pipelineCoverage } from "./kpis";
import { quotaByOwner } from "./quotaForPeriod";
import { RollupLevel, rollupDeals, rollupKeyResolver } from "./rollup";
import { furthestStages } from "./stageHistory";
import { ClosedDealHistory, DEFAULT_SIZE_BANDS, historicalWinRates } from "./winRates";

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

export class ForecastOptionsError extends Error {
  override name = "ForecastOptionsError";
}

/**
 * The forecast table for one fiscal period at one level: cumulative category rollups, quota,
 * weighted pipeline, a win-rate projection, coverage and attainment, in the corporate currency.
 * @example buildForecast(dataSet, { period: "FY2027-Q4", level: "rep", asOf: "2026-11-27" }).rows[0].commit
 */
export function buildForecast(dataSet: DataSet, options: ForecastOptions): { rows: ForecastRow[]; issues: Issue[] } {
  const period = parseFiscalLabel(options.period);
  if (!period) throw new ForecastOptionsError(`"${options.period}" is not a fiscal period: use a label such as FY2027, FY2027-Q4 or FY2027-M10.`);
  const asOf = parseIsoDate(options.asOf);
  if (!asOf) throw new ForecastOptionsError(`"${options.asOf}" is not a date in the form YYYY-MM-DD.`);
  const { settings } = dataSet;
  const rates = new RateTable(settings.corporateCurrency, settings.fiscalYearStartMonth, dataSet.fxRates);
  const { deals, issues } = toForecastDeals(dataSet.opportunities, settings.stageMap, rates);
  const range = fiscalPeriodRange(period, settings.fiscalYearStartMonth);
  const inPeriod = deals.filter((deal) => deal.closeDate >= range.start && deal.closeDate <= range.end);

  const keyOf = rollupKeyResolver(options.level, dataSet.reps);
  const rollups = rollupDeals(inPeriod, keyOf, settings.fiscalYearStartMonth, period.grain);
  const quotas = quotaByOwner(dataSet.quotas, period, settings.fiscalYearStartMonth, rates);
  issues.push(...quotas.issues);
  const quotaByKey = new Map<string, number>();
  for (const [ownerId, amount] of quotas.quotas) quotaByKey.set(keyOf(ownerId), (quotaByKey.get(keyOf(ownerId)) ?? 0) + amount);

  const segmentOf = dealSegmentResolver(dataSet);
  const winRates = historicalWinRates(
    closedHistory(dataSet, deals, segmentOf),
    settings.stageMap.filter((stage) => !stage.closed).map((stage) => stage.order),
    { lookBack: { start: toIsoDate(subMonths(asOf, options.lookBackMonths ?? 24)), end: options.asOf }, minDeals: options.minDeals ?? 20, sizeBandUpperBounds: DEFAULT_SIZE_BANDS },
  );
  issues.push(...winRates.issues);
  const projectedOpen = new Map<string, number>();
  for (const deal of inPeriod) {
    if (deal.closed || deal.category === "Omitted" || deal.category === "Closed") continue;
    const key = keyOf(deal.ownerId);
    const rate = winRates.rateFor(deal.stageOrder, segmentOf(deal), deal.amount).rate;
    projectedOpen.set(key, (projectedOpen.get(key) ?? 0) + deal.amount * rate);
  }

  const nameOf = ownerNameResolver(dataSet, options.level);
  // One period was asked, so each key has at most one rollup row.
  const rollupByKey = new Map(rollups.map((row) => [row.key, row]));
  const keys = new Set([...rollupByKey.keys(), ...quotaByKey.keys()]);
  const rows = [...keys].sort().map((key): ForecastRow => {
    const rollup = rollupByKey.get(key);
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
      weighted: rollup?.weighted ?? 0,
      projection: closedWon + (projectedOpen.get(key) ?? 0),
      coverage: quota === null ? null : pipelineCoverage(pipeline, quota, closedWon),
      attainment: quota === null ? null : attainment(closedWon, quota),
    };
  });
  return { rows, issues };
}

function dealSegmentResolver(dataSet: DataSet): (deal: ForecastDeal) => string {
  const accountSegment = new Map(dataSet.accounts.map((account) => [account.id, account.segment]));
  const repSegment = new Map(dataSet.reps.map((rep) => [rep.id, rep.segment]));
  return (deal) => accountSegment.get(deal.accountId) || repSegment.get(deal.ownerId) || "(none)";
}

function closedHistory(dataSet: DataSet, deals: readonly ForecastDeal[], segmentOf: (deal: ForecastDeal) => string): ClosedDealHistory[] {
  const lastStages = dataSet.opportunities.filter((o) => o.extra.last_stage).map((o) => ({ id: o.id, lastStage: o.extra.last_stage }));
  const furthest = furthestStages(dataSet.snapshots, lastStages, dataSet.settings.stageMap);
  return deals
    .filter((deal) => deal.closed)
    .map((deal) => ({ id: deal.id, segment: segmentOf(deal), amount: deal.amount, won: deal.won, closeDate: deal.closeDate, furthestStageOrder: furthest.get(deal.id) ?? null }));
}

function ownerNameResolver(dataSet: DataSet, level: RollupLevel): (key: string) => string {
  if (level === "region") return (key) => key;
  const names = new Map(dataSet.reps.map((rep) => [rep.id, rep.name]));
  return (key) => names.get(key) ?? key;
}
