import { subMonths } from "date-fns";
import { RateTable } from "../model/currency";
import type { DataSet } from "../model/dataSet";
import type { Opportunity } from "../model/entities";
import { isoDateKey } from "../model/fiscalCalendar";
import { IsoDate, parseIsoDate, toIsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { findStage } from "../model/stageMap";
import { CLOSED_FLAG, DealColumns, WON_FLAG, closesWithin, dealColumns } from "./dealColumns";
import type { ForecastOptions } from "./forecastReport";
import type { PeriodDeals } from "./periodDeals";
import { furthestStages } from "./stageHistory";
import { DEFAULT_SIZE_BANDS, WinRateTable, winRateTally } from "./winRates";

export class ForecastOptionsError extends Error {
  override name = "ForecastOptionsError";
}

/** What every forecast of a data set rests on, whatever the period and level. */
export interface PreparedForecast {
  dataSet: DataSet;
  asOf: IsoDate;
  rates: RateTable;
  /** The opportunities as deals in the corporate currency, indexed like `dataSet.opportunities`. */
  columns: DealColumns;
  /** Opportunities left out for want of a rate (toForecastDeals' issues). */
  dealIssues: Issue[];
  winRates: WinRateTable;
  /** The segment a deal's win rate is looked up by: its account's, else its owner's, else "(none)". */
  segmentOf: (opportunity: Pick<Opportunity, "accountId" | "ownerId">) => string;
  /** Each fiscal period's deals once gathered (see periodDeals), shared by every level asked for it. */
  periods: Map<string, PeriodDeals>;
}

/**
 * The work every forecast of a data set shares — converting the deals and learning the win rates
 * from the closed ones — done once, so the forecast at several levels or for several periods of the
 * same data (the pane's level switch, the benchmark) does not repeat it. Pair with
 * `forecastFromPrepared`; `buildForecast` is the two in one call.
 * @example forecastFromPrepared(prepareForecast(dataSet, { asOf: "2026-11-27" }), { period: "FY2027-Q4", level: "manager" }).rows
 */
export function prepareForecast(dataSet: DataSet, options: Pick<ForecastOptions, "asOf" | "lookBackMonths" | "minDeals">): PreparedForecast {
  const asOf = parseIsoDate(options.asOf);
  if (!asOf) throw new ForecastOptionsError(`"${options.asOf}" is not a date in the form YYYY-MM-DD.`);
  const { settings, opportunities } = dataSet;
  const rates = new RateTable(settings.corporateCurrency, settings.fiscalYearStartMonth, dataSet.fxRates);
  const segmentOf = segmentResolver(dataSet);
  const start = toIsoDate(subMonths(asOf, options.lookBackMonths ?? 24));
  const lookBack = { start, end: options.asOf, startKey: isoDateKey(start), endKey: isoDateKey(options.asOf) };
  const tally = winRateTally(
    settings.stageMap.filter((stage) => !stage.closed).map((stage) => stage.order),
    { lookBack, minDeals: options.minDeals ?? 20, sizeBandUpperBounds: DEFAULT_SIZE_BANDS },
  );
  const furthestOf = furthestStageResolver(dataSet);
  // Imported bindings read once: transpiled to CommonJS, each read in the loop would be a call.
  const [closedFlag, wonFlag, within] = [CLOSED_FLAG, WON_FLAG, closesWithin];
  // The closed deals of the look-back feed the win rates in the same pass that converts them.
  const { columns, issues } = dealColumns(opportunities, settings.stageMap, rates, (i, opportunity, deals) => {
    if (!(deals.flags[i] & closedFlag) || !within(deals, opportunities, i, lookBack)) return;
    const won = (deals.flags[i] & wonFlag) !== 0;
    // A won deal reached every stage, so its furthest stage is never read.
    tally.add(segmentOf(opportunity), deals.amount[i], won, opportunity.closeDate, won ? null : furthestOf(opportunity));
  });
  return { dataSet, asOf: options.asOf, rates, columns, dealIssues: issues, winRates: tally.table(), segmentOf, periods: new Map() };
}

function segmentResolver(dataSet: DataSet): PreparedForecast["segmentOf"] {
  const accountSegment = new Map(dataSet.accounts.map((account) => [account.id, account.segment]));
  const repSegment = new Map(dataSet.reps.map((rep) => [rep.id, rep.segment]));
  return (opportunity) => accountSegment.get(opportunity.accountId) || repSegment.get(opportunity.ownerId) || "(none)";
}

/**
 * furthestStages over the snapshots and the opportunities' `last_stage`, read per deal. Opportunity
 * ids are unique in a data set (every loader rejects a repeat), so a deal's own last stage is the only
 * one under its id, and no map of a million ids is needed: only the snapshots' are mapped.
 */
function furthestStageResolver(dataSet: DataSet): (opportunity: Opportunity) => number | null {
  const { stageMap } = dataSet.settings;
  const fromSnapshots = furthestStages(dataSet.snapshots, [], stageMap);
  const mayBeInSnapshots = idFilter([...fromSnapshots.keys()]);
  const openOrder = new Map<string, number | null>();
  return (opportunity) => {
    const lastStage = opportunity.extra.last_stage;
    let own: number | null = null;
    if (lastStage) {
      let order = openOrder.get(lastStage);
      if (order === undefined) {
        const definition = findStage(stageMap, lastStage);
        order = definition && !definition.closed ? definition.order : null;
        openOrder.set(lastStage, order);
      }
      own = order;
    }
    const snapshot = mayBeInSnapshots(opportunity.id) ? fromSnapshots.get(opportunity.id) : undefined;
    if (snapshot === undefined) return own;
    return own === null || snapshot >= own ? snapshot : own;
  };
}

/**
 * A Bloom filter over a set of ids (one bit per id, sixteen bits per id): false means the id is surely
 * not in the set. Asking a map of tens of thousands of snapshot ids about each of hundreds of thousands
 * of closed deals missed the CPU caches on nearly every call, and most of the answers are no.
 */
function idFilter(ids: readonly string[]): (id: string) => boolean {
  let size = 1024;
  while (size < ids.length * 16) size *= 2;
  const bits = new Uint32Array(size / 32);
  const mask = size - 1;
  for (const id of ids) {
    const bit = hashId(id) & mask;
    bits[bit >>> 5] |= 1 << (bit & 31);
  }
  return (id) => {
    const bit = hashId(id) & mask;
    return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  };
}

/** FNV-1a over the UTF-16 code units. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
