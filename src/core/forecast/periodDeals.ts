import type { FiscalPeriod } from "../model/fiscalCalendar";
import { fiscalLabel, fiscalPeriodRange, formatFiscalPeriod, isoDateKey } from "../model/fiscalCalendar";
import { CLOSED_CATEGORY, CLOSED_FLAG, OMITTED_CATEGORY, closesWithin } from "./dealColumns";
import type { PreparedForecast } from "./preparedForecast";

/**
 * The deals closing in one fiscal period, with each one's owner and its weighted and projected
 * amounts worked out once. Every level (rep, manager, region) adds up the same deals under other
 * keys, so what a deal contributes is computed here and the levels only sum.
 */
export interface PeriodDeals {
  /** Indexes into the opportunities (and the prepared columns), in the data set's order. */
  index: Int32Array;
  /** Index in `owners` of each deal's owner id. */
  owner: Int32Array;
  owners: string[];
  /**
   * amount × probability (the deal's own, else its stage's, else 0) for an open deal that is not
   * omitted; 0 for the rest, which adds nothing (a sum from +0 never becomes -0, so x + 0 is x).
   */
  weighted: Float64Array;
  /** amount × the historical win rate for its stage, segment and size, for the deals the projection counts (also not Closed); 0 for the rest. */
  projected: Float64Array;
}

/**
 * The period's deals from a prepared forecast, gathered on the first ask and kept in `prepared.periods`.
 * @example periodDeals(prepareForecast(dataSet, { asOf: "2026-11-27" }), { grain: "quarter", fiscalYear: 2027, index: 4 }).index.length
 */
export function periodDeals(prepared: PreparedForecast, period: FiscalPeriod): PeriodDeals {
  const label = formatFiscalPeriod(period);
  const known = prepared.periods.get(label);
  if (known) return known;
  const { columns, winRates, segmentOf } = prepared;
  const { settings, opportunities } = prepared.dataSet;
  const range = fiscalPeriodRange(period, settings.fiscalYearStartMonth);
  const window = { ...range, startKey: isoDateKey(range.start), endKey: isoDateKey(range.end) };
  // Imported bindings read once: transpiled to CommonJS, each read in the loops would be a call.
  const [within, closedFlag, omitted, closed] = [closesWithin, CLOSED_FLAG, OMITTED_CATEGORY, CLOSED_CATEGORY];
  const chosen: number[] = [];
  for (let i = 0; i < opportunities.length; i += 1) {
    if (!columns.accepted[i] || !within(columns, opportunities, i, window)) continue;
    // A close date that is no date cannot be labelled: fail as rollupDeals does.
    if (columns.closeKey[i] < 0) fiscalLabel(opportunities[i].closeDate, settings.fiscalYearStartMonth, period.grain);
    chosen.push(i);
  }
  const deals: PeriodDeals = {
    index: Int32Array.from(chosen),
    owner: new Int32Array(chosen.length),
    owners: [],
    weighted: new Float64Array(chosen.length),
    projected: new Float64Array(chosen.length),
  };
  const ownerIndex = new Map<string, number>();
  chosen.forEach((i, j) => {
    const opportunity = opportunities[i];
    let owner = ownerIndex.get(opportunity.ownerId);
    if (owner === undefined) {
      owner = deals.owners.push(opportunity.ownerId) - 1;
      ownerIndex.set(opportunity.ownerId, owner);
    }
    deals.owner[j] = owner;
    const category = columns.category[i];
    if (columns.flags[i] & closedFlag || category === omitted) return;
    const amount = columns.amount[i];
    const stage = columns.stage[i] < 0 ? undefined : columns.stages[columns.stage[i]];
    deals.weighted[j] = amount * (opportunity.probability ?? stage?.probability ?? 0);
    if (category === closed) return;
    deals.projected[j] = amount * winRates.rateFor(stage?.order ?? 0, segmentOf(opportunity), amount).rate;
  });
  prepared.periods.set(label, deals);
  return deals;
}
