/**
 * Whole-day arithmetic for the generator. Twelve thousand deals with a dozen dates each are much
 * cheaper as day numbers than as Date objects or strings, so dates are days since 1970-01-01 (UTC)
 * inside the generator and become ISO strings only in the records it returns.
 */
import { FiscalStartMonth, fiscalPeriodOf, fiscalPeriodRange, formatFiscalPeriod } from "../model/fiscalCalendar";
import { IsoDate } from "../model/isoDate";

/** Days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** @example dayOf("1970-01-02") // 1 */
export function dayOf(iso: IsoDate): Day {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** Formatting a Date is slow next to everything else the generator does; the demo reuses a few thousand days. */
const isoCache = new Map<Day, IsoDate>();

/** @example isoOf(1) // "1970-01-02" */
export function isoOf(day: Day): IsoDate {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** 0 = Sunday … 6 = Saturday. @example weekday(dayOf("2026-11-27")) // 5 (a Friday) */
export function weekday(day: Day): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export interface FiscalSpan {
  /** `FY2027-Q4` or `FY2027-M10`. */
  label: string;
  fiscalYear: number;
  /** 1–4 for quarters, 1–12 for months. */
  index: number;
  start: Day;
  end: Day;
}

/** The fiscal quarters and months over a range of days, with constant-time lookups by day. */
export interface DemoCalendar {
  readonly firstDay: Day;
  readonly lastDay: Day;
  readonly quarters: readonly FiscalSpan[];
  readonly months: readonly FiscalSpan[];
  quarterOf(day: Day): FiscalSpan;
  monthOf(day: Day): FiscalSpan;
}

export class DemoCalendarError extends Error {
  override name = "DemoCalendarError";
}

function spans(grain: "quarter" | "month", fiscalYears: number[], startMonth: FiscalStartMonth): FiscalSpan[] {
  const count = grain === "quarter" ? 4 : 12;
  const result: FiscalSpan[] = [];
  for (const fiscalYear of fiscalYears) {
    for (let index = 1; index <= count; index += 1) {
      const period = { grain, fiscalYear, index };
      const range = fiscalPeriodRange(period, startMonth);
      result.push({ label: formatFiscalPeriod(period), fiscalYear, index, start: dayOf(range.start), end: dayOf(range.end) });
    }
  }
  return result;
}

function indexByDay(list: readonly FiscalSpan[], firstDay: Day, lastDay: Day): Int32Array {
  const lookup = new Int32Array(lastDay - firstDay + 1);
  list.forEach((span, i) => {
    for (let day = Math.max(span.start, firstDay); day <= Math.min(span.end, lastDay); day += 1) lookup[day - firstDay] = i;
  });
  return lookup;
}

/**
 * Builds the calendar for whole fiscal years covering `from` to `to`, using the model's fiscal
 * calendar so the demo's periods are exactly the ones the engine computes.
 * @example buildDemoCalendar("2026-01-01", "2026-12-31", 2).quarterOf(dayOf("2026-11-27")).label // "FY2027-Q4"
 */
export function buildDemoCalendar(from: IsoDate, to: IsoDate, startMonth: FiscalStartMonth): DemoCalendar {
  const firstYear = fiscalPeriodOf(from, startMonth, "year").fiscalYear;
  const lastYear = fiscalPeriodOf(to, startMonth, "year").fiscalYear;
  const fiscalYears: number[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) fiscalYears.push(year);
  const quarters = spans("quarter", fiscalYears, startMonth);
  const months = spans("month", fiscalYears, startMonth);
  const firstDay = quarters[0].start;
  const lastDay = quarters[quarters.length - 1].end;
  const quarterIndex = indexByDay(quarters, firstDay, lastDay);
  const monthIndex = indexByDay(months, firstDay, lastDay);
  const check = (day: Day): number => {
    if (day < firstDay || day > lastDay) throw new DemoCalendarError(`Day ${isoOf(day)} is outside the demo calendar (${isoOf(firstDay)} to ${isoOf(lastDay)}).`);
    return day - firstDay;
  };
  return {
    firstDay,
    lastDay,
    quarters,
    months,
    quarterOf: (day) => quarters[quarterIndex[check(day)]],
    monthOf: (day) => months[monthIndex[check(day)]],
  };
}
