import type { RateTable } from "../model/currency";
import type { Opportunity } from "../model/entities";
import type { Issue } from "../model/result";
import { ForecastCategory, StageDefinition, findStage } from "../model/stageMap";
import { dealRateIssue } from "./dealRateIssue";

/** An opportunity as the forecast engine sees it: amounts in the corporate currency, stage facts resolved. */
export interface ForecastDeal {
  id: string;
  ownerId: string;
  accountId: string;
  category: ForecastCategory;
  /** In the corporate currency, unrounded. */
  amount: number;
  /** The deal's own probability when set, else its stage's default. */
  probability: number;
  stage: string;
  stageOrder: number;
  closed: boolean;
  won: boolean;
  createdDate: string;
  closeDate: string;
  type: string;
  product: string;
}

/**
 * Resolves each opportunity's stage and converts its amount at the rate of its close date. A deal
 * whose currency has no rate is left out and reported, never counted at a wrong rate.
 * @example toForecastDeals(opportunities, DEFAULT_STAGE_MAP, rates).deals.length
 */
export function toForecastDeals(
  opportunities: readonly Opportunity[],
  stageMap: readonly StageDefinition[],
  rates: RateTable,
): { deals: ForecastDeal[]; issues: Issue[] } {
  const deals: ForecastDeal[] = [];
  const issues: Issue[] = [];
  // null marks a stage looked up and not found, so each distinct stage name is searched once.
  const stageCache = new Map<string, StageDefinition | null>();
  for (const opportunity of opportunities) {
    let cached = stageCache.get(opportunity.stage);
    if (cached === undefined) {
      cached = findStage(stageMap, opportunity.stage) ?? null;
      stageCache.set(opportunity.stage, cached);
    }
    const stage = cached ?? undefined;
    const rate = rates.rateValueOn(opportunity.currency, opportunity.closeDate);
    if (rate === undefined) {
      const converted = rates.toCorporate(opportunity.amount, opportunity.currency, opportunity.closeDate);
      if (!converted.ok) for (const issue of converted.issues) issues.push(dealRateIssue(opportunity, issue));
      continue;
    }
    // A stage missing from the map keeps the category the CRM gave and counts as open.
    const closed = stage?.closed ?? opportunity.forecastCategory === "Closed";
    const won = stage?.won ?? opportunity.forecastCategory === "Closed";
    deals.push({
      id: opportunity.id,
      ownerId: opportunity.ownerId,
      accountId: opportunity.accountId,
      category: opportunity.forecastCategory,
      // The same product toCorporate forms, so amounts match it to the last bit.
      amount: opportunity.amount * rate,
      probability: opportunity.probability ?? stage?.probability ?? 0,
      stage: opportunity.stage,
      stageOrder: stage?.order ?? 0,
      closed,
      won,
      createdDate: opportunity.createdDate,
      closeDate: opportunity.closeDate,
      type: opportunity.type,
      product: opportunity.product,
    });
  }
  return { deals, issues };
}
