import { calculatePeriods, CommissionRun, Plan, PlanAssignment } from "../core/commission";
import type { DataSet } from "../core/model/dataSet";
import { FiscalGrain, formatFiscalPeriod, parseFiscalLabel } from "../core/model/fiscalCalendar";
import type { CreditSplit, Cancellation } from "../core/commission/types";

/** What a commission run needs beside the data: the plans, who is on which, and optional splits and cancellations. */
export interface CompensationSetup {
  plans: readonly Plan[];
  assignments: readonly PlanAssignment[];
  splits?: readonly CreditSplit[];
  cancellations?: readonly Cancellation[];
}

export class CommissionPeriodError extends Error {
  override name = "CommissionPeriodError";
}

/**
 * The periods of the fiscal year up to and including `period`, at its grain: draw balances and
 * year-to-date true-ups carry from the first period of the plan year.
 * @example periodsToDate("FY2027-Q3") // ["FY2027-Q1", "FY2027-Q2", "FY2027-Q3"]
 */
export function periodsToDate(period: string): string[] {
  const parsed = parseFiscalLabel(period);
  if (!parsed) throw new CommissionPeriodError(`"${period}" is not a fiscal period: use a label such as FY2027-Q3.`);
  const grain: FiscalGrain = parsed.grain;
  if (grain === "year") return [period];
  return Array.from({ length: parsed.index }, (_, i) => formatFiscalPeriod({ grain, fiscalYear: parsed.fiscalYear, index: i + 1 }));
}

/**
 * Commissions for one period, the same for pane, ribbon, custom functions and CLI: the fiscal year's
 * periods are calculated in order from a fresh start, so recoverable draws and true-ups carry over,
 * and the asked period's run is returned.
 */
export function runCommissions(dataSet: DataSet, setup: CompensationSetup, period: string): CommissionRun {
  const periods = periodsToDate(period);
  const runs = calculatePeriods({ plans: setup.plans, assignments: setup.assignments, data: dataSet, splits: setup.splits, cancellations: setup.cancellations, priorState: "fresh" }, periods);
  return runs[runs.length - 1];
}
