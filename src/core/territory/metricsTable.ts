import type { CellValue } from "../model/canonicalFiles";
import type { BalanceReport } from "./balanceReport";
import { METRIC_NAMES, RepMetricsRow, TerritoryMetricsRow } from "./metricTypes";

/**
 * Territory metrics as a header and rows, for a sheet, a CSV or a console table. Figures unrounded.
 * @example territoryMetricsRows(metrics.rows)[0].slice(0, 7) // ["territory_id", "name", "parent_id", "owner_id", "depth", "is_leaf", "accounts"]
 */
export function territoryMetricsRows(rows: readonly TerritoryMetricsRow[]): CellValue[][] {
  return [
    ["territory_id", "name", "parent_id", "owner_id", "depth", "is_leaf", ...METRIC_NAMES],
    ...rows.map((row) => [row.territoryId, row.name, row.parentId, row.ownerId, row.depth, row.isLeaf, ...METRIC_NAMES.map((name) => row[name])]),
  ];
}

/** Rep metrics as a header and rows. @example repMetricsRows(metrics.reps)[0][0] // "owner_id" */
export function repMetricsRows(rows: readonly RepMetricsRow[]): CellValue[][] {
  return [["owner_id", "territory_ids", ...METRIC_NAMES], ...rows.map((row) => [row.ownerId, row.territoryIds.join("; "), ...METRIC_NAMES.map((name) => row[name])])];
}

/**
 * A balance report as two blocks: the indexes (label, value; blank where undefined), then each item
 * with its value, share of the mean and corridor position.
 * @example balanceRows(report).indexes[0] // ["count", 40]
 */
export function balanceRows(report: BalanceReport): { indexes: CellValue[][]; items: CellValue[][] } {
  const stats = report.stats;
  const indexes: CellValue[][] = [
    ["count", stats?.count ?? 0],
    ["total", stats?.total ?? null],
    ["mean", stats?.mean ?? null],
    ["min", stats?.min ?? null],
    ["max", stats?.max ?? null],
    ["sd", stats?.sd ?? null],
    ["cv", stats?.cv ?? null],
    ["gini", stats?.gini ?? null],
    ["max_min", stats?.maxMin ?? null],
    ["corridor", report.corridor],
    ["outside", report.outside.length],
  ];
  return { indexes, items: [["id", "value", "of_mean", "position"], ...report.items.map((item) => [item.id, item.value, item.ofMean, item.position])] };
}
