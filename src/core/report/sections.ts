import type { CommissionRun } from "../commission/types";
import type { AdjustedForecastRow } from "../forecast/adjustments";
import type { BalanceReport } from "../territory/balanceReport";
import type { MetricName, TerritoryMetricsRow } from "../territory/metricTypes";

/**
 * Engine results a report writes as values, each with a note naming its source; the surfaces run
 * the engines (app/) and pass them in. A section left out leaves its sheet out.
 */
export interface ReportSections {
  /** The forecast rollup by manager for a period, with the adjustments in force. */
  forecast?: { period: string; rows: readonly AdjustedForecastRow[] };
  /** The commission run of the reviewed period, when the workbook has a plan. */
  commissions?: CommissionRun;
  /** Territory metrics and the balance of one metric over leaf territories. */
  territories?: { metric: MetricName; rows: readonly TerritoryMetricsRow[]; balance: BalanceReport };
}
