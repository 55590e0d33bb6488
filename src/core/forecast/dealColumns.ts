import type { RateTable } from "../model/currency";
import type { Opportunity } from "../model/entities";
import { isoDateKey } from "../model/fiscalCalendar";
import type { Issue } from "../model/result";
import { FORECAST_CATEGORIES, StageDefinition, findStage } from "../model/stageMap";
import { dealRateIssue } from "./dealRateIssue";

/**
 * The facts of {@link toForecastDeals} for every opportunity, held in typed arrays indexed like the
 * opportunities rather than as a million deal objects: a forecast reads a few numbers per deal, and
 * allocating (then collecting) an object per deal cost more than all the arithmetic.
 */
export interface DealColumns {
  /** 1 when the opportunity has a rate and is a deal; 0 when it was left out and reported. */
  accepted: Uint8Array;
  /** In the corporate currency, unrounded: the same product as toForecastDeals forms. */
  amount: Float64Array;
  /** The close date as yyyymmdd, or -1 when it is no real date (compare the strings then). */
  closeKey: Int32Array;
  /** The created date likewise: KPIs such as pipeline created select by it. */
  createdKey: Int32Array;
  /** 1 closed, 2 won: the stage's, or for a stage missing from the map, the CRM's category. */
  flags: Uint8Array;
  /** Index in FORECAST_CATEGORIES of the opportunity's category; -1 for any other text. */
  category: Int8Array;
  /** Index in `stages` of the deal's stage definition; -1 when the map lacks the stage. */
  stage: Int32Array;
  stages: StageDefinition[];
}

export const CLOSED_FLAG = 1;
export const WON_FLAG = 2;
export const CLOSED_CATEGORY = FORECAST_CATEGORIES.indexOf("Closed");
export const OMITTED_CATEGORY = FORECAST_CATEGORIES.indexOf("Omitted");

/**
 * Resolves each opportunity's stage and converts its amount at the rate of its close date, into
 * columns. The issues are toForecastDeals' for the same input, in the same order. Reading a million
 * opportunity objects is the cost (each is a trip to memory), so a caller adds its own per-deal work
 * through `visit` rather than walking them again.
 * @example dealColumns(opportunities, DEFAULT_STAGE_MAP, rates).columns.amount[0]
 */
export function dealColumns(
  opportunities: readonly Opportunity[],
  stageMap: readonly StageDefinition[],
  rates: RateTable,
  /** Called for each deal once its columns are filled, so a caller's own per-deal work needs no second pass over the opportunities. */
  visit?: (i: number, opportunity: Opportunity, columns: DealColumns) => void,
): { columns: DealColumns; issues: Issue[] } {
  const count = opportunities.length;
  const columns: DealColumns = {
    accepted: new Uint8Array(count),
    amount: new Float64Array(count),
    closeKey: new Int32Array(count),
    createdKey: new Int32Array(count),
    flags: new Uint8Array(count),
    category: new Int8Array(count),
    stage: new Int32Array(count),
    stages: [],
  };
  const issues: Issue[] = [];
  const stageIndex = new Map<string, number>();
  // Per distinct date: its key and, for close dates, the rate of each currency (null: none). One
  // lookup by date then one in a map of a handful of currencies, instead of a date lookup for each.
  const dates = new Map<string, { key: number; rates: Map<string, number | null> }>();
  const factsOf = (date: string): { key: number; rates: Map<string, number | null> } => {
    let facts = dates.get(date);
    if (facts === undefined) {
      facts = { key: isoDateKey(date), rates: new Map() };
      dates.set(date, facts);
    }
    return facts;
  };
  for (let i = 0; i < count; i += 1) {
    const opportunity = opportunities[i];
    const close = factsOf(opportunity.closeDate);
    let rate = close.rates.get(opportunity.currency);
    if (rate === undefined) {
      rate = rates.rateValueOn(opportunity.currency, opportunity.closeDate) ?? null;
      close.rates.set(opportunity.currency, rate);
    }
    if (rate === null) {
      const converted = rates.toCorporate(opportunity.amount, opportunity.currency, opportunity.closeDate);
      if (!converted.ok) for (const issue of converted.issues) issues.push(dealRateIssue(opportunity, issue));
      continue;
    }
    let stage = stageIndex.get(opportunity.stage);
    if (stage === undefined) {
      const definition = findStage(stageMap, opportunity.stage);
      stage = definition ? columns.stages.push(definition) - 1 : -1;
      stageIndex.set(opportunity.stage, stage);
    }
    const category = categoryIndexOf(opportunity.forecastCategory);
    const definition = stage < 0 ? undefined : columns.stages[stage];
    // A stage missing from the map keeps the category the CRM gave and counts as open.
    const closed = definition ? definition.closed : category === CLOSED_CATEGORY;
    const won = definition ? definition.won : category === CLOSED_CATEGORY;
    columns.accepted[i] = 1;
    columns.amount[i] = opportunity.amount * rate;
    columns.closeKey[i] = close.key;
    columns.createdKey[i] = factsOf(opportunity.createdDate).key;
    columns.flags[i] = (closed ? CLOSED_FLAG : 0) | (won ? WON_FLAG : 0);
    columns.category[i] = category;
    columns.stage[i] = stage;
    if (visit) visit(i, opportunity, columns);
  }
  return { columns, issues };
}

// Module constants, not reads of the imported array per deal (which, transpiled to CommonJS, are calls).
const [PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED] = FORECAST_CATEGORIES;

/** The index in FORECAST_CATEGORIES, or -1 for any other text (a switch: cheaper than a map per deal). */
function categoryIndexOf(category: string): number {
  switch (category) {
    case PIPELINE:
      return 0;
    case BEST_CASE:
      return 1;
    case COMMIT:
      return 2;
    case CLOSED:
      return 3;
    case OMITTED:
      return 4;
    default:
      return -1;
  }
}

/**
 * Whether deal `i` closes within [start, end] (keys from isoDateKey, strings for the fallback): by
 * number for real dates, as the strings compare otherwise — the comparison toForecastDeals' users make.
 * @example closesWithin(columns, opportunities, 0, { start: "2026-11-01", end: "2027-01-31", startKey: 20261101, endKey: 20270131 })
 */
export function closesWithin(columns: DealColumns, opportunities: readonly Opportunity[], i: number, window: { start: string; end: string; startKey: number; endKey: number }): boolean {
  const key = columns.closeKey[i];
  if (key >= 0 && window.startKey >= 0 && window.endKey >= 0) return key >= window.startKey && key <= window.endKey;
  const date = opportunities[i].closeDate;
  return date >= window.start && date <= window.end;
}
