import { addMonths, subDays } from "date-fns";
import { IsoDate, parseIsoDate, toIsoDate } from "./isoDate";

/** The month (1 = January … 12 = December) in which the fiscal year starts. */
export type FiscalStartMonth = number;

export type FiscalGrain = "year" | "quarter" | "month";

export interface FiscalPeriod {
  grain: FiscalGrain;
  /** Named by the calendar year in which the fiscal year ends. */
  fiscalYear: number;
  /** 1–4 for quarters, 1–12 for months, 0 for a year. */
  index: number;
}

export class FiscalCalendarError extends Error {
  override name = "FiscalCalendarError";
}

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new FiscalCalendarError(`The fiscal year start month must be a whole number from 1 to 12, got ${startMonth}.`);
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DD` read by hand as year × 100 + month, or -1 when it is no real calendar date (the same
 * dates parseIsoDate accepts). Forecasts label every close date, and date-fns' general-purpose parser
 * was most of their time.
 */
function calendarYearMonth(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  // Years before 1000 are left to date-fns, whose rules for them (year 0 is no date) this must keep.
  if (year < 1000) {
    const parsed = parseIsoDate(date);
    return parsed ? parsed.getFullYear() * 100 + parsed.getMonth() + 1 : -1;
  }
  if (month < 1 || month > 12 || day < 1) return -1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return -1;
  return year * 100 + month;
}

/**
 * A date as the number yyyymmdd, or -1 when it is no real `YYYY-MM-DD` calendar date. For real dates
 * the numbers order as the strings do, so a loop over many deals can compare numbers, not strings.
 * @example isoDateKey("2026-11-27") // 20261127
 */
export function isoDateKey(date: string): number {
  // Records built in code, not read through the schemas, may lack a date: that is no date either.
  if (typeof date !== "string") return -1;
  const yearMonth = calendarYearMonth(date);
  return yearMonth < 0 ? -1 : yearMonth * 100 + (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

/**
 * The fiscal period a date falls in.
 * @example fiscalPeriodOf("2026-11-27", 2, "quarter") // { grain: "quarter", fiscalYear: 2027, index: 4 }
 */
export function fiscalPeriodOf(date: IsoDate, startMonth: FiscalStartMonth, grain: FiscalGrain): FiscalPeriod {
  assertStartMonth(startMonth);
  const yearMonth = calendarYearMonth(date);
  if (yearMonth < 0) throw new FiscalCalendarError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const calendarYear = Math.floor(yearMonth / 100);
  const calendarMonth = yearMonth % 100;
  const fiscalMonth = ((calendarMonth - startMonth + 12) % 12) + 1;
  // A year that starts in January ends in the same calendar year; any other start ends in the next one.
  const fiscalYear = startMonth === 1 || calendarMonth < startMonth ? calendarYear : calendarYear + 1;
  const index = grain === "year" ? 0 : grain === "quarter" ? Math.ceil(fiscalMonth / 3) : fiscalMonth;
  return { grain, fiscalYear, index };
}

/** `FY2027`, `FY2027-Q4` or `FY2027-M10`. @example formatFiscalPeriod({ grain: "month", fiscalYear: 2027, index: 10 }) // "FY2027-M10" */
export function formatFiscalPeriod(period: FiscalPeriod): string {
  if (period.grain === "year") return `FY${period.fiscalYear}`;
  return `FY${period.fiscalYear}-${period.grain === "quarter" ? "Q" : "M"}${period.index}`;
}

/** The label of the fiscal period a date falls in. @example fiscalLabel("2026-11-27", 2, "quarter") // "FY2027-Q4" */
export function fiscalLabel(date: IsoDate, startMonth: FiscalStartMonth, grain: FiscalGrain): string {
  return formatFiscalPeriod(fiscalPeriodOf(date, startMonth, grain));
}

const LABEL = /^FY(\d{4})(?:-(Q|M)(\d{1,2}))?$/;

/** Parses a fiscal label, or returns null when it is not one. @example parseFiscalLabel("FY2027-Q3") // { grain: "quarter", fiscalYear: 2027, index: 3 } */
export function parseFiscalLabel(label: string): FiscalPeriod | null {
  const match = LABEL.exec(label.trim().toUpperCase());
  if (!match) return null;
  const fiscalYear = Number(match[1]);
  if (!match[2]) return { grain: "year", fiscalYear, index: 0 };
  const index = Number(match[3]);
  const grain: FiscalGrain = match[2] === "Q" ? "quarter" : "month";
  if (index < 1 || index > (grain === "quarter" ? 4 : 12)) return null;
  return { grain, fiscalYear, index };
}

/**
 * The first and last day of a fiscal period.
 * @example fiscalPeriodRange({ grain: "year", fiscalYear: 2027, index: 0 }, 2) // { start: "2026-02-01", end: "2027-01-31" }
 */
export function fiscalPeriodRange(period: FiscalPeriod, startMonth: FiscalStartMonth): { start: IsoDate; end: IsoDate } {
  assertStartMonth(startMonth);
  const yearStartCalendarYear = startMonth === 1 ? period.fiscalYear : period.fiscalYear - 1;
  const firstMonth = period.grain === "year" ? 0 : period.grain === "quarter" ? (period.index - 1) * 3 : period.index - 1;
  const months = period.grain === "year" ? 12 : period.grain === "quarter" ? 3 : 1;
  // Four-digit years, the ones real data has, by plain month arithmetic (quotas ask for a range each);
  // anything else through Date, whose two-digit-year and out-of-range behaviour this must keep.
  if (yearStartCalendarYear >= 1000 && yearStartCalendarYear <= 9000 && Number.isInteger(firstMonth + months)) {
    const first = yearStartCalendarYear * 12 + (startMonth - 1) + firstMonth;
    const last = first + months - 1;
    const lastYear = Math.floor(last / 12);
    const lastMonth = (last % 12) + 1;
    const leap = lastYear % 4 === 0 && (lastYear % 100 !== 0 || lastYear % 400 === 0);
    const lastDay = lastMonth === 2 && leap ? 29 : DAYS_IN_MONTH[lastMonth - 1];
    return { start: isoDay(Math.floor(first / 12), (first % 12) + 1, 1), end: isoDay(lastYear, lastMonth, lastDay) };
  }
  const yearStart = new Date(yearStartCalendarYear, startMonth - 1, 1);
  const start = addMonths(yearStart, firstMonth);
  return { start: toIsoDate(start), end: toIsoDate(subDays(addMonths(start, months), 1)) };
}

const isoDay = (year: number, month: number, day: number): IsoDate => `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;

/** Whether a date lies inside a fiscal period (both ends included). */
export function isInFiscalPeriod(date: IsoDate, period: FiscalPeriod, startMonth: FiscalStartMonth): boolean {
  const { start, end } = fiscalPeriodRange(period, startMonth);
  return date >= start && date <= end;
}
