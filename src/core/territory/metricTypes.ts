import type { Account, Rep, Territory } from "../model/entities";
import type { IsoDate } from "../model/isoDate";
import type { FiscalStartMonth } from "../model/fiscalCalendar";

/** The figures measured per territory and per rep, in this order in tables. */
export const METRIC_NAMES = ["accounts", "customers", "prospects", "potential", "openPipeline", "bookingsTtm", "bookingsPriorYear", "workload", "headcount", "quota"] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type MetricValues = Record<MetricName, number>;

/**
 * What the metrics need of a deal: `ForecastDeal` from `toForecastDeals` fits as it is. The amount is
 * in the corporate currency. A deal counts for the territory of its account, not of its owner.
 */
export interface TerritoryDeal {
  accountId: string;
  amount: number;
  closed: boolean;
  won: boolean;
  closeDate: IsoDate;
}

/** Everything the territory figures are computed from; see `territoryDataFromDataSet` for the usual way to build it. */
export interface TerritoryData {
  territories: readonly Territory[];
  accounts: readonly Account[];
  deals: readonly TerritoryDeal[];
  reps: readonly Rep[];
  /** Quota for the period per territory (its own, not rolled up), corporate currency. Missing means 0. */
  quotaByTerritory: ReadonlyMap<string, number>;
}

/**
 * How much work an account is: one per account (`count`), a weight per segment, or a number from a
 * column — a canonical numeric field (`employees`, `annualRevenue`, `potential`) or an extra column
 * such as an account score. `otherwise` is the weight of an account whose segment is not listed or
 * whose cell is blank or not a number (0 when omitted; such accounts are reported).
 */
export type WorkloadSpec =
  | { by: "count" }
  | { by: "segment"; weights: Readonly<Record<string, number>>; otherwise?: number }
  | { by: "column"; column: string; otherwise?: number };

export interface MetricOptions {
  /** Bookings are counted up to and including this day; headcount is the owners active on it. */
  asOf: IsoDate;
  fiscalStartMonth: FiscalStartMonth;
  /** One per account when omitted. */
  workload?: WorkloadSpec;
}

export interface TerritoryMetricsRow extends MetricValues {
  territoryId: string;
  name: string;
  parentId: string;
  ownerId: string;
  /** 0 for a top-level territory. */
  depth: number;
  /** A territory with no children: where accounts normally sit and balance is measured. */
  isLeaf: boolean;
}

export interface RepMetricsRow extends MetricValues {
  ownerId: string;
  /** The territories whose own accounts the rep holds (leaves, and parents holding accounts directly). */
  territoryIds: string[];
}
