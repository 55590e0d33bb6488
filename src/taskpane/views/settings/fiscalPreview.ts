import { fiscalPeriodOf, fiscalPeriodRange } from "../../../core/model/fiscalCalendar";
import { toIsoDate } from "../../../core/model/isoDate";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** "Feb 2026" from "2026-02-01": English month names whatever the machine's locale, like the rest of the pane. */
const monthYear = (isoDate: string) => `${MONTHS[Number(isoDate.slice(5, 7)) - 1].slice(0, 3)} ${isoDate.slice(0, 4)}`;

/**
 * What a start month means, shown on the fiscal year we are in today: fiscal years are named by the
 * calendar year in which they end.
 * @example fiscalYearPreview(new Date("2026-11-27T12:00:00Z"), 2) // "FY2027 runs Feb 2026 – Jan 2027"
 */
export function fiscalYearPreview(today: Date, startMonth: number): string {
  const year = fiscalPeriodOf(toIsoDate(today), startMonth, "year");
  const { start, end } = fiscalPeriodRange(year, startMonth);
  return `FY${year.fiscalYear} runs ${monthYear(start)} – ${monthYear(end)}`;
}
