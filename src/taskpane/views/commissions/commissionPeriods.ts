import type { Plan } from "../../../core/commission";
import { FiscalGrain, fiscalPeriodOf, formatFiscalPeriod } from "../../../core/model/fiscalCalendar";
import type { IsoDate } from "../../../core/model/isoDate";
import { stepPeriod } from "../forecast/periodChoices";

export interface CommissionPeriodChoices {
  grain: FiscalGrain;
  /** The period before today's: what is usually paid, and what the view opens on. */
  lastClosed: string;
  /** Today's period, still open: offered for a preview. */
  current: string;
  /** Newest first: the current period, then the closed ones. */
  periods: string[];
}

/** How many closed periods are offered: two years of quarters or of months, three years. */
const HISTORY: Record<FiscalGrain, number> = { quarter: 8, month: 24, year: 3 };

/**
 * The periods the Commissions view offers at the plans' grain: today's (in progress) and the closed
 * ones before it, newest first; it opens on the last closed period, the one being paid.
 * @example commissionPeriodChoices("2026-11-27", 2, "quarter").lastClosed // "FY2027-Q3"
 */
export function commissionPeriodChoices(today: IsoDate, fiscalYearStartMonth: number, grain: FiscalGrain): CommissionPeriodChoices {
  const current = fiscalPeriodOf(today, fiscalYearStartMonth, grain);
  const periods = Array.from({ length: HISTORY[grain] + 1 }, (_, i) => formatFiscalPeriod(stepPeriod(current, -i)));
  return { grain, current: periods[0], lastClosed: periods[1], periods };
}

/**
 * The grain the plans pay at: the most common one when they differ (the engine reports the others'
 * reps for the period), quarter when there are no plans yet.
 * @example planGrain([DEMO_AE_PLAN]) // "quarter"
 */
export function planGrain(plans: readonly Pick<Plan, "period">[] | undefined): FiscalGrain {
  const counts = new Map<FiscalGrain, number>();
  for (const plan of plans ?? []) counts.set(plan.period, (counts.get(plan.period) ?? 0) + 1);
  let best: FiscalGrain = "quarter";
  for (const [grain, count] of counts) if (count > (counts.get(best) ?? 0)) best = grain;
  return best;
}
