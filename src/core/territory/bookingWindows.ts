import { subYears } from "date-fns";
import { FiscalStartMonth, fiscalPeriodOf, fiscalPeriodRange } from "../model/fiscalCalendar";
import { IsoDate, parseIsoDate, toIsoDate } from "../model/isoDate";
import type { TerritoryDeal } from "./metricTypes";
import { TerritoryError } from "./territoryError";

/** Which bookings a won deal counts for, as of a date. */
export interface BookingWindows {
  asOf: IsoDate;
  /** TTM is the deals closed after this day and up to `asOf`: twelve months, both ends of the year included once. */
  ttmAfter: IsoDate;
  /** The whole fiscal year before the one `asOf` falls in. */
  priorYear: { start: IsoDate; end: IsoDate };
}

/**
 * The trailing-twelve-month and prior-fiscal-year windows as of a date.
 * @example bookingWindows("2026-11-27", 2) // { asOf: "2026-11-27", ttmAfter: "2025-11-27", priorYear: { start: "2025-02-01", end: "2026-01-31" } }
 */
export function bookingWindows(asOf: IsoDate, fiscalStartMonth: FiscalStartMonth): BookingWindows {
  const date = parseIsoDate(asOf);
  if (!date) throw new TerritoryError(`The as-of date "${asOf}" is not a date in the form YYYY-MM-DD.`);
  const year = fiscalPeriodOf(asOf, fiscalStartMonth, "year").fiscalYear;
  return { asOf, ttmAfter: toIsoDate(subYears(date, 1)), priorYear: fiscalPeriodRange({ grain: "year", fiscalYear: year - 1, index: 0 }, fiscalStartMonth) };
}

/** A won deal closed on or before `asOf` (a booking so far). @example isBooked(deal, windows) */
export function isBooked(deal: TerritoryDeal, windows: BookingWindows): boolean {
  return deal.closed && deal.won && deal.closeDate <= windows.asOf;
}

/** A booking inside the trailing twelve months. @example inTtm(deal, windows) */
export function inTtm(deal: TerritoryDeal, windows: BookingWindows): boolean {
  return isBooked(deal, windows) && deal.closeDate > windows.ttmAfter;
}

/** A booking inside the prior fiscal year. @example inPriorYear(deal, windows) */
export function inPriorYear(deal: TerritoryDeal, windows: BookingWindows): boolean {
  return isBooked(deal, windows) && deal.closeDate >= windows.priorYear.start && deal.closeDate <= windows.priorYear.end;
}
