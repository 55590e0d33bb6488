/**
 * The commission API for the surfaces (custom functions, CLI, task pane). See docs/commissions.md.
 *
 * - Plans: `parsePlan`, `parsePlans`, `planFromTables`, `planToTables`, `checkTiers`, `DEMO_AE_PLAN`.
 * - Assignments: `parseAssignments`, `assignmentsFromTable`, `assignmentsToTable`, `demoPlanAssignments`.
 * - Engine: `calculateCommissions`, `calculatePeriods`.
 * - Primitives for SALESOPS.COMMISSION / SALESOPS.TIERRATE: `tieredCommission`, `tierRate`.
 * - Money: `toCents` (the one rounding rule), `sumCents`, `totalsOf`.
 */
export { PLAN_VERSION, planSchema, tierSchema, bonusSchema, multiplierSchema, dealConditionSchema } from "./planSchema";
export type { Plan, PlanInput, PlanTier, PlanBonus, PlanMultiplier, DealCondition } from "./planSchema";
export { parsePlan, parsePlans, formatIssuePath } from "./parsePlan";
export { checkTiers, checkPlan, hasDecelerator } from "./planChecks";
export type { TierLike } from "./planChecks";
export { planFromTables, planToTables } from "./planTables";
export type { PlanTables } from "./planTables";
export { PLAN_TABLES, PLAN_COLUMNS, TIER_COLUMNS, MULTIPLIER_COLUMNS, BONUS_COLUMNS, ASSIGNMENT_COLUMNS } from "./planTableLayout";
export { planAssignmentSchema, parseAssignments, assignmentsFromTable, assignmentsToTable } from "./assignments";
export type { PlanAssignment } from "./assignments";
export { calculateCommissions, calculatePeriods } from "./engine";
export { tieredCommission, tierRate, tierIndex } from "./tiers";
export type { TierMethod } from "./tiers";
export { applyDraw } from "./draws";
export { creditBasis } from "./credit";
export { toCents, centsToAmount } from "./money";
export { sumCents, totalsOf, COMMISSION_KINDS } from "./statement";
export { CommissionError } from "./errors";
export { DEMO_AE_PLAN, demoPlanAssignments } from "./demoPlan";
export type * from "./types";
export { creditSplitSchema, cancellationSchema, parseSplits, parseCancellations } from "./runInputs";
