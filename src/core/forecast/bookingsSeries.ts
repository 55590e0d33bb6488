import { FiscalGrain, FiscalPeriod, FiscalStartMonth, fiscalPeriodOf, formatFiscalPeriod } from "../model/fiscalCalendar";
import type { ForecastDeal } from "./forecastDeal";

export interface BookingsSeries {
  grain: Exclude<FiscalGrain, "year">;
  /** Fiscal labels, oldest first, every period in the range present. */
  periods: string[];
  /** Closed-won amount (corporate currency) per period; 0 where nothing closed, never left out. */
  values: number[];
}

/** The fiscal period after this one, at the same grain. @example nextPeriod({ grain: "quarter", fiscalYear: 2027, index: 4 }) // FY2028-Q1 */
export function nextPeriod(period: FiscalPeriod): FiscalPeriod {
  const last = period.grain === "quarter" ? 4 : 12;
  return period.index === last ? { ...period, fiscalYear: period.fiscalYear + 1, index: 1 } : { ...period, index: period.index + 1 };
}

const order = (p: FiscalPeriod): number => p.fiscalYear * 100 + p.index;

/**
 * Closed-won bookings per fiscal month or quarter from the first to the last period given, the
 * series the time-series forecast runs on. Empty periods are 0 (a month without bookings is data).
 * @example bookingsSeries(deals, 2, "quarter", "2025-02-01", "2026-11-27").periods[0] // "FY2026-Q1"
 */
export function bookingsSeries(deals: readonly ForecastDeal[], fiscalStartMonth: FiscalStartMonth, grain: BookingsSeries["grain"], from: string, to: string): BookingsSeries {
  const first = fiscalPeriodOf(from, fiscalStartMonth, grain);
  const last = fiscalPeriodOf(to, fiscalStartMonth, grain);
  const index = new Map<string, number>();
  const periods: string[] = [];
  for (let period = first; order(period) <= order(last); period = nextPeriod(period)) {
    index.set(formatFiscalPeriod(period), periods.length);
    periods.push(formatFiscalPeriod(period));
  }
  const values = periods.map(() => 0);
  for (const deal of deals) {
    if (!deal.won || deal.closeDate < from || deal.closeDate > to) continue;
    const position = index.get(formatFiscalPeriod(fiscalPeriodOf(deal.closeDate, fiscalStartMonth, grain)));
    if (position !== undefined) values[position] += deal.amount;
  }
  return { grain, periods, values };
}
