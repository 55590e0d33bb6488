import { format, isValid, parse } from "date-fns";

/** A calendar date as `YYYY-MM-DD`: the one date shape the engine passes around. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a local-midnight Date, or returns null when it is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = parse(text, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/**
 * Converts an Excel serial date (1900 date system) to an ISO date. The fractional part is the
 * time of day and is dropped. Serial 60 is Excel's fictitious 29 February 1900 and has no date.
 * @example excelSerialToIsoDate(46353) // "2026-11-27"
 */
export function excelSerialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  // Excel counts 1900-02-29, which never existed, so serials after it are one day ahead.
  const offset = day < 60 ? day : day - 1;
  return toIsoDate(new Date(1899, 11, 31 + offset));
}

/** The Excel serial number of an ISO date (1900 date system). @example isoDateToExcelSerial("2026-11-27") // 46353 */
export function isoDateToExcelSerial(iso: IsoDate): number | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const utc = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const days = Math.round((utc - Date.UTC(1899, 11, 31)) / 86_400_000);
  return days < 60 ? days : days + 1;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, in UTC so daylight saving never shifts a count; the
 * cheap way to count days between many dates (no Date parsing per call beyond one UTC conversion).
 * @example isoDayNumber("1970-01-02") // 1
 */
export function isoDayNumber(date: IsoDate): number {
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(day.getTime() / 86_400_000);
}
