import type { DataSet } from "../core/model/dataSet";
import type { IsoDate } from "../core/model/isoDate";
import type { Issue } from "../core/model/result";
import { AccountMove, BalanceReport, MetricName, MoveOutcome, ReliefShare, planMoves, territoryDataFromDataSet } from "../core/territory";

/** How a set of moves is measured: the same options for the preview and for Apply, so both agree. */
export interface MovePlanOptions {
  asOf: IsoDate;
  /** The quota period the transfer is prorated over, e.g. FY2027-Q4. */
  period: string;
  /** The metric whose balance is compared before and after. */
  metric: MetricName;
  /** What the account's share of its old territory's quota is measured by (potential when omitted). */
  share?: ReliefShare;
  /** `daysLeft` (default): only the rest of the period moves; `none`: the whole period's share. */
  prorate?: "daysLeft" | "none";
}

/** One territory the moves touch: its quota and balance metric before and after. */
export interface TerritoryImpact {
  territoryId: string;
  name: string;
  quotaBefore: number;
  quotaAfter: number;
  metricBefore: number;
  metricAfter: number;
}

export interface MovePreview {
  moves: AccountMove[];
  options: MovePlanOptions;
  currency: string;
  /** Per move, in the order given: applied or not, the quota transferred, the pipeline that goes along. */
  outcomes: MoveOutcome[];
  balanceBefore: BalanceReport;
  balanceAfter: BalanceReport;
  /** The territories a move leaves or joins, in territory-list order. */
  territories: TerritoryImpact[];
  /** Quota over every territory, before and after: moves transfer quota, they never create or lose it. */
  quotaTotalBefore: number;
  quotaTotalAfter: number;
  /** True when every move can be applied; Apply refuses a plan with a rejected move. */
  applicable: boolean;
  /** Rejected moves and balance caveats, in words the user can act on. */
  issues: Issue[];
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

/**
 * The moves for accounts picked in the pane: each account goes from the territory it is in now to
 * `to` on `effectiveDate`. Unknown account ids are kept (with an empty `from`) so the plan reports them.
 * @example movesTo(dataSet, ["ACC-0001"], "TER-NA-ENT-02", "2026-12-01") // [{ accountId: "ACC-0001", from: "TER-NA-ENT-01", to: "TER-NA-ENT-02", effectiveDate: "2026-12-01" }]
 */
export function movesTo(dataSet: DataSet, accountIds: readonly string[], to: string, effectiveDate: IsoDate): AccountMove[] {
  const territoryOf = new Map(dataSet.accounts.map((account) => [account.id, account.territoryId]));
  return accountIds.map((accountId) => ({ accountId, from: territoryOf.get(accountId) ?? "", to, effectiveDate }));
}

/**
 * What the moves would do, without writing anything: the balance of the chosen metric over leaf
 * territories before and after, each move's quota transfer (quota(from) × share × days left ÷ days in
 * the period), and the quota and metric of every territory touched. The totals are there so the
 * pane can show that quota is only moved.
 * @example
 * const preview = previewMoves(dataSet, movesTo(dataSet, ["ACC-0001"], "TER-NA-ENT-02", "2026-12-01"), { asOf: "2026-11-27", period: "FY2027-Q4", metric: "potential" });
 * preview.balanceAfter.stats?.gini; preview.outcomes[0].quotaTransfer
 */
export function previewMoves(dataSet: DataSet, moves: readonly AccountMove[], options: MovePlanOptions): MovePreview {
  // The data issues (unconvertible deals, quota rows) were reported when the data was read.
  const { data } = territoryDataFromDataSet(dataSet, options.period);
  const plan = planMoves(data, moves, {
    asOf: options.asOf,
    fiscalStartMonth: dataSet.settings.fiscalYearStartMonth,
    period: options.period,
    share: options.share,
    prorate: options.prorate,
    balanceMetric: options.metric,
  });
  const touched = new Set(plan.outcomes.filter((outcome) => outcome.applied).flatMap((outcome) => [outcome.move.from, outcome.move.to]));
  const before = new Map(plan.before.rows.map((row) => [row.territoryId, row]));
  const after = new Map(plan.after.rows.map((row) => [row.territoryId, row]));
  const territories = dataSet.territories
    .filter((territory) => touched.has(territory.id))
    .map((territory): TerritoryImpact => ({
      territoryId: territory.id,
      name: territory.name || territory.id,
      quotaBefore: data.quotaByTerritory.get(territory.id) ?? 0,
      quotaAfter: plan.quotaByTerritory.get(territory.id) ?? 0,
      metricBefore: before.get(territory.id)?.[options.metric] ?? 0,
      metricAfter: after.get(territory.id)?.[options.metric] ?? 0,
    }));
  return {
    moves: [...moves],
    options,
    currency: dataSet.settings.corporateCurrency,
    outcomes: plan.outcomes,
    balanceBefore: plan.balanceBefore,
    balanceAfter: plan.balanceAfter,
    territories,
    quotaTotalBefore: sum(data.quotaByTerritory.values()),
    quotaTotalAfter: sum(plan.quotaByTerritory.values()),
    applicable: plan.outcomes.length > 0 && plan.outcomes.every((outcome) => outcome.applied),
    issues: plan.issues,
  };
}
