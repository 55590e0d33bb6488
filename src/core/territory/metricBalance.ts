import type { Issue } from "../model/result";
import { BalanceReport, DEFAULT_CORRIDOR, balanceReport } from "./balanceReport";
import type { MetricName, RepMetricsRow, TerritoryMetricsRow } from "./metricTypes";

export interface MetricBalanceOptions {
  /** Only leaf territories (the default): parents are sums of leaves and would skew the spread. */
  leavesOnly?: boolean;
  /** ±0.15 when omitted. */
  corridor?: number;
}

/**
 * The balance of one metric over territory rows (leaves by default), items keyed by territory id.
 * @example metricBalance(metrics.rows, "potential").report.stats?.gini
 */
export function metricBalance(rows: readonly TerritoryMetricsRow[], metric: MetricName, options: MetricBalanceOptions = {}): { report: BalanceReport; issues: Issue[] } {
  const chosen = options.leavesOnly === false ? rows : rows.filter((row) => row.isLeaf);
  return balanceReport(
    chosen.map((row) => ({ id: row.territoryId, value: row[metric] })),
    options.corridor ?? DEFAULT_CORRIDOR,
  );
}

/**
 * The balance of one metric over reps, items keyed by owner id.
 * @example repBalance(metrics.reps, "workload").report.outside
 */
export function repBalance(rows: readonly RepMetricsRow[], metric: MetricName, corridor: number = DEFAULT_CORRIDOR): { report: BalanceReport; issues: Issue[] } {
  return balanceReport(
    rows.map((row) => ({ id: row.ownerId, value: row[metric] })),
    corridor,
  );
}
