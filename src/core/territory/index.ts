/**
 * The territory engine: metrics and balance, rule-based assignment, account moves with quota
 * relief, top-down quota allocation and capacity planning. Pure: dates, settings and data come in.
 * See docs/territories.md for the definitions.
 */
export { BALANCE_INDEXES, balanceIndex, balanceStats, checkValues } from "./balanceIndex";
export type { BalanceIndexName, BalanceStats } from "./balanceIndex";
export { DEFAULT_CORRIDOR, balanceReport } from "./balanceReport";
export type { BalanceItem, BalanceItemReport, BalanceReport, CorridorPosition } from "./balanceReport";
export { allocate } from "./allocate";
export { monthsBetween, rampFactor } from "./ramp";
export { METRIC_NAMES } from "./metricTypes";
export type { MetricName, MetricOptions, MetricValues, RepMetricsRow, TerritoryData, TerritoryDeal, TerritoryMetricsRow, WorkloadSpec } from "./metricTypes";
export { emptyMetrics, territoryMetrics } from "./territoryMetrics";
export type { TerritoryMetrics } from "./territoryMetrics";
export { metricBalance, repBalance } from "./metricBalance";
export type { MetricBalanceOptions } from "./metricBalance";
export { territoryDataFromDataSet, territoryQuotasFromOwners } from "./territoryData";
export { bookingWindows } from "./bookingWindows";
export { territoryTree } from "./territoryTree";
export { assignmentRule, assignmentRuleSchema } from "./assignmentRule";
export type { AssignmentRule } from "./assignmentRule";
export { applyAssignment, assignAccounts } from "./assignAccounts";
export type { AssignmentResult, AssignmentTie } from "./assignAccounts";
export { LIST_SEPARATOR, RULES_FILE_NAME, RULES_TABLE_NAME, RULE_COLUMNS, rulesFromRows, rulesToRows } from "./rulesTable";
export { moveOutcomeRows, planMoves } from "./accountMoves";
export type { AccountMove, MoveOptions, MoveOutcome, MovePlan, ReliefShare } from "./moveTypes";
export { ALLOCATION_BASES, allocateQuota } from "./quotaAllocation";
export type { AllocationBasis, AllocationInput, QuotaAllocationOptions, QuotaAllocationRow } from "./quotaAllocation";
export { capacityPlan } from "./capacityPlan";
export type { CapacityPlan, CapacityPlanInput, CapacityQuarter, CapacitySeat, RampCurve } from "./capacityPlan";
export { TerritoryError } from "./territoryError";
export { MOVES_TABLE_NAME, MOVE_COLUMNS, movesFromRows, movesToRows } from "./movesTable";
export { balanceRows, repMetricsRows, territoryMetricsRows } from "./metricsTable";
