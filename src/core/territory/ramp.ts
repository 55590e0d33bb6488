import { addMonths, differenceInCalendarDays, differenceInCalendarMonths } from "date-fns";
import { IsoDate, parseIsoDate } from "../model/isoDate";
import { Result, fail, ok } from "../model/result";
import { TerritoryError } from "./territoryError";

function dateOf(iso: IsoDate, name: string): Date {
  const date = parseIsoDate(iso);
  if (!date) throw new TerritoryError(`${name} "${iso}" is not a date in the form YYYY-MM-DD.`);
  return date;
}

/**
 * Calendar months from `start` to `end`, with the part month as the fraction of that month's days
 * elapsed: 15 January → 15 April is exactly 3, 1 January → 16 January is 15/31. Negative before `start`.
 * @example monthsBetween("2026-01-15", "2026-04-15") // 3
 * @example monthsBetween("2026-01-01", "2026-01-16") // 0.4838709677419355
 */
export function monthsBetween(start: IsoDate, end: IsoDate): number {
  const from = dateOf(start, "The start date");
  const to = dateOf(end, "The end date");
  if (to < from) return -monthsBetween(end, start);
  let whole = differenceInCalendarMonths(to, from);
  // addMonths clamps 31 January + 1 month to 28 February; step back when that overshoots.
  if (addMonths(from, whole) > to) whole -= 1;
  const monthStart = addMonths(from, whole);
  const monthEnd = addMonths(from, whole + 1);
  return whole + differenceInCalendarDays(to, monthStart) / differenceInCalendarDays(monthEnd, monthStart);
}

/**
 * A new hire's productivity on a date — the body of `SALESOPS.RAMP`: 0 before (and on) the start date,
 * rising linearly to 1 over `rampMonths` calendar months (see {@link monthsBetween}), 1 after. A ramp of
 * 0 months gives 1 from the start date. A negative or non-numeric ramp comes back as an issue.
 * @example rampFactor("2026-01-15", "2026-04-15", 6) // { ok: true, value: 0.5 }
 * @example rampFactor("2026-01-15", "2025-12-31", 6) // { ok: true, value: 0 }
 * @example rampFactor("2026-01-15", "2027-01-15", 6) // { ok: true, value: 1 }
 */
export function rampFactor(startDate: IsoDate, asOfDate: IsoDate, rampMonths: number): Result<number> {
  if (typeof rampMonths !== "number" || !Number.isFinite(rampMonths) || rampMonths < 0) {
    return fail("invalid_ramp_months", ["rampMonths"], `Ramp months is ${String(rampMonths)}: give the months to full productivity, 0 or more.`);
  }
  const elapsed = monthsBetween(startDate, asOfDate);
  if (elapsed < 0) return ok(0);
  if (rampMonths === 0) return ok(1);
  return ok(Math.min(1, elapsed / rampMonths));
}
