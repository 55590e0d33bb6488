/*
 * The period's KPIs at every level — win rate by count and by value, average deal size, sales cycle
 * median and mean, pipeline created — from the prepared deal columns, with the engine's kpis.ts
 * functions. kpiSummary gives the same figures from deal objects, but it parses two dates with date-fns
 * per won deal and needs the deals converted again: kpiSummaryByLevel below is that path, run once to
 * check these figures and timed beside them.
 */
import { toForecastDeals, ForecastDeal } from "../../src/core/forecast/forecastDeal";
import type { PreparedForecast } from "../../src/core/forecast/forecastReport";
import { CLOSED_FLAG, WON_FLAG, closesWithin } from "../../src/core/forecast/dealColumns";
import { mean, median, winRate } from "../../src/core/forecast/kpis";
import { kpiSummary, KpiSummary } from "../../src/core/forecast/kpiSummary";
import { RollupLevel, rollupKeyResolver } from "../../src/core/forecast/rollup";
import { isoDateKey } from "../../src/core/model/fiscalCalendar";

export interface PeriodRange {
  start: string;
  end: string;
}

/** The deals any KPI of the period reads (closed in it or created in it), with what each contributes. */
export interface KpiDeals {
  index: Int32Array;
  owner: Int32Array;
  owners: string[];
  /** 1 created in the period, 2 closed in it, 4 won in it. */
  role: Uint8Array;
  /** Days from created to closed for a deal won in the period; NaN otherwise. */
  cycleDays: Float64Array;
}

const CREATED_IN = 1;
const CLOSED_IN = 2;
const WON_IN = 4;

/** Days since 1970-01-01 of a yyyymmdd key. */
const dayNumber = (key: number): number => Date.UTC(Math.floor(key / 10000), (Math.floor(key / 100) % 100) - 1, key % 100) / 86_400_000;

/** Gathers the period's KPI deals once for all levels, from the columns (no date parsing per deal). */
export function kpiDeals(prepared: PreparedForecast, range: PeriodRange): KpiDeals {
  const { columns } = prepared;
  const { opportunities } = prepared.dataSet;
  const window = { ...range, startKey: isoDateKey(range.start), endKey: isoDateKey(range.end) };
  // Imported bindings read once: under tsx (CommonJS) each read in the loop would be a getter call.
  const [within, closedFlag, wonFlag] = [closesWithin, CLOSED_FLAG, WON_FLAG];
  // First the role of every deal from the columns alone, then the few that have one: no arrays grown deal by deal.
  const roles = new Uint8Array(opportunities.length);
  let count = 0;
  for (let i = 0; i < opportunities.length; i += 1) {
    if (!columns.accepted[i]) continue;
    const createdKey = columns.createdKey[i];
    const createdIn = createdKey >= 0 ? createdKey >= window.startKey && createdKey <= window.endKey : opportunities[i].createdDate >= range.start && opportunities[i].createdDate <= range.end;
    const closedIn = (columns.flags[i] & closedFlag) !== 0 && within(columns, opportunities, i, window);
    const role = (createdIn ? CREATED_IN : 0) | (closedIn ? CLOSED_IN : 0) | (closedIn && columns.flags[i] & wonFlag ? WON_IN : 0);
    roles[i] = role;
    if (role) count += 1;
  }
  const deals: KpiDeals = { index: new Int32Array(count), owner: new Int32Array(count), owners: [], role: new Uint8Array(count), cycleDays: new Float64Array(count) };
  const ownerIndex = new Map<string, number>();
  for (let i = 0, j = 0; i < opportunities.length; i += 1) {
    if (!roles[i]) continue;
    const ownerId = opportunities[i].ownerId;
    let owner = ownerIndex.get(ownerId);
    if (owner === undefined) {
      owner = deals.owners.push(ownerId) - 1;
      ownerIndex.set(ownerId, owner);
    }
    const datesKnown = columns.closeKey[i] >= 0 && columns.createdKey[i] >= 0;
    deals.index[j] = i;
    deals.owner[j] = owner;
    deals.role[j] = roles[i];
    deals.cycleDays[j] = roles[i] & WON_IN && datesKnown ? dayNumber(columns.closeKey[i]) - dayNumber(columns.createdKey[i]) : Number.NaN;
    j += 1;
  }
  return deals;
}

/** One KPI summary per row key of the level, each figure summed in the deals' order as kpiSummary sums it. */
export function kpisByLevel(prepared: PreparedForecast, deals: KpiDeals, level: RollupLevel): Map<string, KpiSummary> {
  const keyOf = rollupKeyResolver(level, prepared.dataSet.reps);
  const groups = new Map<string, { outcomes: boolean[]; amounts: number[]; wonAmounts: number[]; cycles: number[]; pipelineCreated: number }>();
  const groupOfOwner = deals.owners.map((owner) => {
    const key = keyOf(owner);
    let group = groups.get(key);
    if (!group) {
      group = { outcomes: [], amounts: [], wonAmounts: [], cycles: [], pipelineCreated: 0 };
      groups.set(key, group);
    }
    return group;
  });
  const { amount } = prepared.columns;
  for (let j = 0; j < deals.index.length; j += 1) {
    const group = groupOfOwner[deals.owner[j]];
    const value = amount[deals.index[j]];
    const role = deals.role[j];
    if (role & CREATED_IN) group.pipelineCreated += value;
    if (!(role & CLOSED_IN)) continue;
    group.outcomes.push((role & WON_IN) !== 0);
    group.amounts.push(value);
    if (!(role & WON_IN)) continue;
    group.wonAmounts.push(value);
    if (!Number.isNaN(deals.cycleDays[j])) group.cycles.push(deals.cycleDays[j]);
  }
  const summaries = new Map<string, KpiSummary>();
  for (const [key, group] of groups) {
    summaries.set(key, {
      winRateByCount: winRate(group.outcomes),
      winRateByValue: winRate(group.outcomes, group.amounts),
      averageDealSize: mean(group.wonAmounts),
      salesCycleMedianDays: median(group.cycles),
      salesCycleMeanDays: mean(group.cycles),
      pipelineCreated: group.pipelineCreated,
      closedDeals: group.outcomes.length,
      wonDeals: group.wonAmounts.length,
    });
  }
  return summaries;
}

/** The same figures through the engine's kpiSummary: the period's deals converted to deal objects, grouped, summarised. */
export function kpiSummaryByLevel(prepared: PreparedForecast, range: PeriodRange, level: RollupLevel): Map<string, KpiSummary> {
  const { opportunities, settings } = prepared.dataSet;
  const relevant = opportunities.filter((o) => (o.closeDate >= range.start && o.closeDate <= range.end) || (o.createdDate >= range.start && o.createdDate <= range.end));
  const keyOf = rollupKeyResolver(level, prepared.dataSet.reps);
  const groups = new Map<string, ForecastDeal[]>();
  for (const deal of toForecastDeals(relevant, settings.stageMap, prepared.rates).deals) {
    const key = keyOf(deal.ownerId);
    const group = groups.get(key);
    if (group) group.push(deal);
    else groups.set(key, [deal]);
  }
  return new Map([...groups].map(([key, group]) => [key, kpiSummary(group, range)]));
}
