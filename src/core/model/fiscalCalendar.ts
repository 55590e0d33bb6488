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

/**
 * The fiscal period a date falls in.
 * @example fiscalPeriodOf("2026-11-27", 2, "quarter") // { grain: "quarter", fiscalYear: 2027, index: 4 }
 */
export function fiscalPeriodOf(date: IsoDate, startMonth: FiscalStartMonth, grain: FiscalGrain): FiscalPeriod {
  assertStartMonth(startMonth);
  const parsed = parseIsoDate(date);
  if (!parsed) throw new FiscalCalendarError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const calendarMonth = parsed.getMonth() + 1;
  const fiscalMonth = ((calendarMonth - startMonth + 12) % 12) + 1;
  // A year that starts in January ends in the same calendar year; any other start ends in the next one.
  const fiscalYear = startMonth === 1 || calendarMonth < startMonth ? parsed.getFullYear() : parsed.getFullYear() + 1;
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
  const yearStart = new Date(yearStartCalendarYear, startMonth - 1, 1);
  const firstMonth = period.grain === "year" ? 0 : period.grain === "quarter" ? (period.index - 1) * 3 : period.index - 1;
  const months = period.grain === "year" ? 12 : period.grain === "quarter" ? 3 : 1;
  const start = addMonths(yearStart, firstMonth);
  return { start: toIsoDate(start), end: toIsoDate(subDays(addMonths(start, months), 1)) };
}

/** Whether a date lies inside a fiscal period (both ends included). */
export function isInFiscalPeriod(date: IsoDate, period: FiscalPeriod, startMonth: FiscalStartMonth): boolean {
  const { start, end } = fiscalPeriodRange(period, startMonth);
  return date >= start && date <= end;
}
