/**
 * Day arithmetic on ISO dates for proration and clawback windows. UTC day numbers, so daylight
 * saving never shifts a count; ISO strings compare in date order, so windows use plain < and >.
 */
import type { IsoDate } from "../model/isoDate";

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. @example dayNumber("1970-01-02") // 1 */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. @example daysInclusive("2026-05-01", "2026-05-31") // 31 */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
