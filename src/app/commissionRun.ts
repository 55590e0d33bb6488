/*
 * A period's commissions with the locked periods taken into account: each locked payout is given
 * to the engine, which reports how far the recalculation differs from it, and that difference is
 * paid as an explicit adjustment line in the next period. Locked figures never change silently.
 */
import { calculateCommissions, type CommissionRun, type LockedPayout, type ManualAdjustment, type RepCarryState } from "../core/commission";
import type { DataSet } from "../core/model/dataSet";
import { formatFiscalPeriod, parseFiscalLabel } from "../core/model/fiscalCalendar";
import type { Issue } from "../core/model/result";
import { CommissionPeriodError, periodsToDate, type CompensationSetup } from "./runCommissions";

export interface CommissionPeriodOptions {
  /** The payouts stored by "Lock period", any periods. */
  locked?: readonly LockedPayout[];
  /** Called before each period of the chain is calculated, e.g. "FY2027-Q2". */
  onProgress?: (period: string) => void;
  /** Awaited before each period, so a pane can repaint between them. */
  pause?: () => Promise<void>;
}

export interface CommissionPeriodRun {
  run: CommissionRun;
  /** Differences of the period before, locked and since recalculated, paid in this run as adjustment lines. */
  carried: ManualAdjustment[];
}

/**
 * The period after `period`, at its grain, across fiscal years.
 * @example nextPeriodLabel("FY2027-Q4") // "FY2028-Q1"
 */
export function nextPeriodLabel(period: string): string {
  const parsed = parseFiscalLabel(period);
  if (!parsed) throw new CommissionPeriodError(`"${period}" is not a fiscal period: use a label such as FY2027-Q3.`);
  if (parsed.grain === "year") return formatFiscalPeriod({ ...parsed, fiscalYear: parsed.fiscalYear + 1 });
  const last = parsed.grain === "quarter" ? 4 : 12;
  return parsed.index === last ? formatFiscalPeriod({ ...parsed, fiscalYear: parsed.fiscalYear + 1, index: 1 }) : formatFiscalPeriod({ ...parsed, index: parsed.index + 1 });
}

/** The last period of the fiscal year before `period`'s, at its grain. */
function previousYearEnd(period: string): string {
  const parsed = parseFiscalLabel(period);
  if (!parsed) throw new CommissionPeriodError(`"${period}" is not a fiscal period: use a label such as FY2027-Q3.`);
  const index = parsed.grain === "year" ? 0 : parsed.grain === "quarter" ? 4 : 12;
  return formatFiscalPeriod({ grain: parsed.grain, fiscalYear: parsed.fiscalYear - 1, index });
}

const money = (amount: number) => amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The adjustments a run's locked differences make in the next period, and issues for locked reps
 * the recalculation could not compute (their difference is unknown: say so rather than pay nothing).
 */
function carryForward(run: CommissionRun, locked: readonly LockedPayout[]): { adjustments: ManualAdjustment[]; issues: Issue[] } {
  const next = nextPeriodLabel(run.period);
  const adjustments: ManualAdjustment[] = [];
  for (const rep of run.reps) {
    if (!rep.locked || rep.locked.difference === 0) continue;
    adjustments.push({ repId: rep.repId, period: next, amount: rep.locked.difference, reason: `${run.period} recalculated after it was locked: locked ${money(rep.locked.payout)}, now ${money(rep.payout)}.` });
  }
  const computed = new Set(run.reps.map((rep) => rep.repId));
  const issues = locked
    .filter((lock) => lock.period === run.period && !computed.has(lock.repId))
    .map((lock): Issue => ({ code: "locked_not_computed", path: ["reps", lock.repId, "locked"], message: `${lock.repId} was locked in ${run.period} at ${money(lock.payout)} but cannot be recalculated now (see the other issues for ${lock.repId}): fix that, or settle any difference by hand.` }));
  return { adjustments, issues };
}

/** Adjustments the engine had no rep to put on: the money is still owed, so it is an issue. */
function unapplied(run: CommissionRun, adjustments: readonly ManualAdjustment[]): Issue[] {
  const computed = new Set(run.reps.map((rep) => rep.repId));
  return adjustments
    .filter((adjustment) => !computed.has(adjustment.repId))
    .map((adjustment) => ({ code: "adjustment_unapplied", path: ["reps", adjustment.repId, "adjustment"], message: `${adjustment.repId} is owed ${money(adjustment.amount)} from a locked period (${adjustment.reason.replace(/\.$/, "")}) but is not computed in ${run.period}: pay it by hand.` }));
}

/**
 * Calculates a fiscal year's periods up to `period` from a fresh start (as runCommissions does),
 * feeding each period the differences of the locked period before it. A lock in the last period
 * of the previous year carries into this year's first period, so that year is calculated too.
 */
async function chain(dataSet: DataSet, setup: CompensationSetup, period: string, options: CommissionPeriodOptions): Promise<CommissionPeriodRun> {
  const locked = options.locked ?? [];
  const periods = periodsToDate(period);
  let adjustments: ManualAdjustment[] = [];
  const lastYearEnd = previousYearEnd(periods[0]);
  if (locked.some((lock) => lock.period === lastYearEnd)) {
    const previous = await chain(dataSet, setup, lastYearEnd, options);
    adjustments = carryForward(previous.run, locked).adjustments;
  }
  let priorState: readonly RepCarryState[] | "fresh" = "fresh";
  let result: CommissionPeriodRun | null = null;
  for (const label of periods) {
    options.onProgress?.(label);
    await options.pause?.();
    const run = calculateCommissions({ ...setup, data: dataSet, period: label, priorState, adjustments, lockedPayouts: locked });
    const carry = carryForward(run, locked);
    result = { run: { ...run, issues: [...run.issues, ...unapplied(run, adjustments), ...carry.issues] }, carried: adjustments };
    priorState = run.state;
    adjustments = carry.adjustments;
  }
  if (!result) throw new CommissionPeriodError(`"${period}" has no periods to calculate.`);
  return result;
}

/**
 * One period's commissions as the pane shows them: the same engine and fiscal-year chain as
 * runCommissions, plus the locked payouts, so each locked rep reports `locked.difference` and a
 * difference in the period before is paid here as an "adjustment" line (listed in `carried`).
 * Problems stay in `run.issues`; a period label that is not one throws CommissionPeriodError.
 * @example
 * const { run, carried } = await calculateCommissionPeriod(dataSet, { plans: [DEMO_AE_PLAN], assignments }, "FY2027-Q3", { locked: lockedPayouts(locks) });
 * run.reps.filter((rep) => rep.locked && rep.locked.difference !== 0) // recalculated since locked
 */
export async function calculateCommissionPeriod(dataSet: DataSet, setup: CompensationSetup, period: string, options: CommissionPeriodOptions = {}): Promise<CommissionPeriodRun> {
  return chain(dataSet, setup, period.trim().toUpperCase(), options);
}
