import { isoDayNumber } from "../model/isoDate";
import type { ForecastDeal } from "./forecastDeal";
import { mean, median, winRate } from "./kpis";

export interface KpiSummary {
  /** Won ÷ closed, counting deals closed in the period. */
  winRateByCount: number | null;
  /** Won amount ÷ closed amount. */
  winRateByValue: number | null;
  /** Mean amount of the deals won in the period. */
  averageDealSize: number | null;
  /** Days from created to closed for deals won in the period. */
  salesCycleMedianDays: number | null;
  salesCycleMeanDays: number | null;
  /** Amount of the opportunities created in the period (any status now). */
  pipelineCreated: number;
  closedDeals: number;
  wonDeals: number;
}

/**
 * The period's KPIs over a set of deals (already in the corporate currency).
 * @example kpiSummary(deals, { start: "2026-11-01", end: "2027-01-31" }).winRateByCount
 */
export function kpiSummary(deals: readonly ForecastDeal[], period: { start: string; end: string }): KpiSummary {
  const outcomes: boolean[] = [];
  const amounts: number[] = [];
  const wonAmounts: number[] = [];
  const cycles: number[] = [];
  let pipelineCreated = 0;
  for (const deal of deals) {
    if (deal.createdDate >= period.start && deal.createdDate <= period.end) pipelineCreated += deal.amount;
    if (!deal.closed || deal.closeDate < period.start || deal.closeDate > period.end) continue;
    outcomes.push(deal.won);
    amounts.push(deal.amount);
    if (!deal.won) continue;
    wonAmounts.push(deal.amount);
    // Dates here passed the schemas, so plain day numbers are safe and far cheaper than parsing.
    cycles.push(isoDayNumber(deal.closeDate) - isoDayNumber(deal.createdDate));
  }
  return {
    winRateByCount: winRate(outcomes),
    winRateByValue: winRate(outcomes, amounts),
    averageDealSize: mean(wonAmounts),
    salesCycleMedianDays: median(cycles),
    salesCycleMeanDays: mean(cycles),
    pipelineCreated,
    closedDeals: outcomes.length,
    wonDeals: wonAmounts.length,
  };
}
