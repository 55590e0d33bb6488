import type { DataSet } from "../core/model/dataSet";
import type { Issue } from "../core/model/result";
import { AccountMove, BalanceReport, MetricName, MoveOutcome, TerritoryMetricsRow, metricBalance, planMoves, territoryDataFromDataSet, territoryMetrics } from "../core/territory";

export interface TerritoryRunOptions {
  asOf: string;
  /** The quota period, a fiscal label such as FY2027-Q4. */
  period: string;
  /** The metric whose balance is reported. */
  metric: MetricName;
  /** Planned account moves: before/after balance and quota transfers. */
  moves?: readonly AccountMove[];
}

export interface TerritoryRun {
  asOf: string;
  period: string;
  metric: MetricName;
  currency: string;
  territories: TerritoryMetricsRow[];
  /** Balance of the metric over leaf territories. */
  balance: BalanceReport;
  moves: { outcomes: MoveOutcome[]; balanceBefore: BalanceReport; balanceAfter: BalanceReport } | null;
  issues: Issue[];
}

/** Territory metrics, the balance of one metric and, when moves are given, their before/after effect: the same for pane and CLI. */
export function runTerritory(dataSet: DataSet, options: TerritoryRunOptions): TerritoryRun {
  const { data, issues } = territoryDataFromDataSet(dataSet, options.period);
  const metricOptions = { asOf: options.asOf, fiscalStartMonth: dataSet.settings.fiscalYearStartMonth };
  const metrics = territoryMetrics(data, metricOptions);
  const balance = metricBalance(metrics.rows, options.metric, { leavesOnly: true });
  issues.push(...metrics.issues, ...balance.issues);
  let moves: TerritoryRun["moves"] = null;
  if (options.moves && options.moves.length > 0) {
    const plan = planMoves(data, options.moves, { ...metricOptions, period: options.period, balanceMetric: options.metric });
    issues.push(...plan.issues);
    moves = { outcomes: plan.outcomes, balanceBefore: plan.balanceBefore, balanceAfter: plan.balanceAfter };
  }
  return { asOf: options.asOf, period: options.period, metric: options.metric, currency: dataSet.settings.corporateCurrency, territories: metrics.rows, balance: balance.report, moves, issues };
}
