/**
 * What one engine run shares between its steps: the period and its ranges, lookups, the currency
 * converter and the issue list. Built once per run by `createContext`.
 */
import type { Rep } from "../model/entities";
import { FiscalPeriod, fiscalPeriodRange } from "../model/fiscalCalendar";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { PlanCurrencyConverter } from "./fx";
import type { Plan } from "./planSchema";
import type { CommissionInput } from "./types";

export interface EngineContext {
  input: CommissionInput;
  label: string;
  period: FiscalPeriod;
  range: { start: IsoDate; end: IsoDate };
  /** The fiscal year the period is in, for YTD plans. */
  yearRange: { start: IsoDate; end: IsoDate };
  fiscalStartMonth: number;
  fx: PlanCurrencyConverter;
  /** Plans that passed their checks, by id. */
  plans: ReadonlyMap<string, Plan>;
  /** Ids of plans that failed their checks (reported once; their reps are not computed). */
  invalidPlans: ReadonlySet<string>;
  reps: ReadonlyMap<string, Rep>;
  issues: Issue[];
  /** Issues that affect a rep's figures, also listed on the rep's result. */
  repIssues: Map<string, Issue[]>;
}

export function createContext(input: CommissionInput, label: string, period: FiscalPeriod, validPlans: readonly Plan[], invalidPlans: ReadonlySet<string>): EngineContext {
  const fiscalStartMonth = input.data.settings.fiscalYearStartMonth;
  return {
    input,
    label,
    period,
    range: fiscalPeriodRange(period, fiscalStartMonth),
    yearRange: fiscalPeriodRange({ grain: "year", fiscalYear: period.fiscalYear, index: 0 }, fiscalStartMonth),
    fiscalStartMonth,
    fx: new PlanCurrencyConverter(input.data),
    plans: new Map(validPlans.map((plan) => [plan.id, plan])),
    invalidPlans,
    reps: new Map(input.data.reps.map((rep) => [rep.id, rep])),
    issues: [],
    repIssues: new Map(),
  };
}

/** Records an issue; with a rep id, also on that rep's result. */
export function report(ctx: EngineContext, issue: Issue, repId?: string): void {
  ctx.issues.push(issue);
  if (repId === undefined) return;
  const list = ctx.repIssues.get(repId);
  if (list) list.push(issue);
  else ctx.repIssues.set(repId, [issue]);
}
