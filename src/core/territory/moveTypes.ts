import type { Account } from "../model/entities";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import type { BalanceReport } from "./balanceReport";
import type { MetricName, MetricOptions } from "./metricTypes";
import type { TerritoryMetrics } from "./territoryMetrics";

/** One account changing territory on a date. */
export interface AccountMove {
  accountId: string;
  from: string;
  to: string;
  effectiveDate: IsoDate;
}

/** What the account's part of the losing territory's quota is measured by. */
export type ReliefShare = "potential" | "bookings" | "accounts";

export interface MoveOptions extends MetricOptions {
  /** The quota period the transfer is prorated over, a fiscal label such as `FY2027-Q4`. */
  period: string;
  /** The account's share of its territory: by potential (default), TTM bookings, or 1 ÷ accounts. */
  share?: ReliefShare;
  /** `daysLeft` (default): only the part of the period from the effective date on moves; `none`: all of it. */
  prorate?: "daysLeft" | "none";
  /** The metric whose balance is compared before and after (default potential). */
  balanceMetric?: MetricName;
  corridor?: number;
}

export interface MoveOutcome {
  move: AccountMove;
  /** False when the move was rejected (see the issues); nothing of it is applied. */
  applied: boolean;
  /** The account's share of its territory's basis when it moved, 0–1. */
  share: number;
  /** Days from the effective date to the period's end (both included) ÷ days in the period, 0–1; 1 without proration. */
  timeFactor: number;
  /** Quota taken from `from` and given to `to`: quota(from) × share × timeFactor. */
  quotaTransfer: number;
  /** Open pipeline that moved with the account, and how many open deals. */
  pipelineMoved: number;
  openDeals: number;
}

export interface MovePlan {
  outcomes: MoveOutcome[];
  /** The accounts after the applied moves. */
  accounts: Account[];
  /** Each territory's own quota after the transfers. */
  quotaByTerritory: Map<string, number>;
  before: TerritoryMetrics;
  after: TerritoryMetrics;
  /** The balance metric over leaf territories, before and after. */
  balanceBefore: BalanceReport;
  balanceAfter: BalanceReport;
  issues: Issue[];
}
