import { isValid, parse } from "date-fns";
import type { CellValue } from "../model/canonicalFiles";
import { excelSerialToIsoDate, IsoDate } from "../model/isoDate";
import { Coerced, coerced, rejectCell } from "./cells";
import type { DateOrder } from "./importTypes";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date with a time (ISO 8601 or a spreadsheet's "2026-11-27 14:05:00"): the calendar date as written is kept,
// not shifted to another time zone, because CRMs export dates in the user's own zone.
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{1,7}(\.\d+)?$/;
const TIME_SUFFIX = /[ T,]+\d{1,2}:\d{2}(:\d{2})?\s*([AaPp][Mm])?$/;
/** Month-name layouts as CRMs and spreadsheets print them, tried with date-fns in order. */
const NAMED_MONTH_FORMATS = ["d-MMM-yyyy", "d-MMM-yy", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "EEE, d MMM yyyy", "EEE, MMM d, yyyy"];
const HINT = "write it as YYYY-MM-DD, M/D/YYYY (or D/M/YYYY with --date-format DMY), 27-Nov-2026, or as an Excel date";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Builds an ISO date from parts, or null when the parts are no calendar date (Feb 30, month 13). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > last) return null;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Two-digit years: 00–49 are 2000s, 50–99 are 1900s (the pivot Excel uses is 30; sales data rarely predates 1950). */
const fullYear = (text: string): number => (text.length === 2 ? (Number(text) < 50 ? 2000 : 1900) + Number(text) : Number(text));

function numericDate(match: RegExpExecArray, order: DateOrder): IsoDate | null {
  const [, first, separator, second, third] = match;
  if (first.length === 4) return third.length <= 2 ? isoFromParts(Number(first), Number(second), Number(third)) : null;
  if (first.length === 3 || third.length === 3) return null;
  const a = Number(first);
  const b = Number(second);
  const year = fullYear(third);
  // Dotted dates (27.11.2026) are day-first wherever they are written; slashes follow the order asked,
  // unless the first number cannot be a month, which makes the text unambiguous.
  const dayFirst = separator === "." || order === "DMY" || (a > 12 && b <= 12);
  return dayFirst ? isoFromParts(year, b, a) : isoFromParts(year, a, b);
}

function namedMonthDate(text: string): IsoDate | null {
  const withoutTime = text.replace(TIME_SUFFIX, "");
  for (const layout of NAMED_MONTH_FORMATS) {
    const date = parse(withoutTime, layout, new Date(2000, 0, 1));
    // "27-Nov-26" parses as the year 26 with a four-digit layout: skip to the two-digit one.
    const iso = isValid(date) ? isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate()) : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * Reads a date cell: ISO dates and datetimes, numeric locale dates (M/D/YYYY unless `order` is DMY or
 * the text is unambiguous; D.M.YYYY), month names ("27-Nov-2026", "Nov 27, 2026") and Excel serial numbers.
 * @example coerceDate("11/27/2026") // { ok: true, value: "2026-11-27" }
 * @example coerceDate(46353) // { ok: true, value: "2026-11-27" }
 * @example coerceDate("27.11.2026") // { ok: true, value: "2026-11-27" }
 */
export function coerceDate(cell: CellValue | undefined, order: DateOrder = "MDY"): Coerced<IsoDate> {
  if (typeof cell === "number") {
    const iso = excelSerialToIsoDate(cell);
    return iso ? coerced(iso) : rejectCell("invalid_date", `${cell} is not an Excel date serial number: ${HINT}`);
  }
  if (typeof cell !== "string") return rejectCell("invalid_date", `not a date: ${HINT}`);
  const text = cell.trim();
  let match = ISO.exec(text);
  // Already ISO: keep the cell's own string rather than building a new one (a million rows, two dates each).
  if (match) return isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) ? coerced(text) : rejectCell("invalid_date", `"${text}" is not a calendar date (check the month and day)`);
  match = ISO_DATETIME.exec(text);
  if (match) {
    const iso = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? coerced(iso) : rejectCell("invalid_date", `"${text}" is not a calendar date (check the month and day)`);
  }
  match = NUMERIC.exec(text);
  if (match) {
    const iso = numericDate(match, order);
    return iso ? coerced(iso) : rejectCell("invalid_date", `"${text}" is not a calendar date in ${order === "DMY" ? "D/M/YYYY" : "M/D/YYYY"} order: check the day and month, or set --date-format`);
  }
  match = COMPACT.exec(text);
  if (match) {
    const iso = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) return coerced(iso);
  }
  if (SERIAL_TEXT.test(text)) return coerceDate(Number(text), order);
  const named = /[a-z]/i.test(text) ? namedMonthDate(text) : null;
  return named ? coerced(named) : rejectCell("invalid_date", `"${text}" is not a date: ${HINT}`);
}
