/**
 * Day arithmetic on ISO dates for proration and clawback windows. UTC day numbers, so daylight
 * saving never shifts a count; ISO strings compare in date order, so windows use plain < and >.
 */
import { IsoDate, isoDayNumber as dayNumber } from "../model/isoDate";

export { dayNumber };

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. @example daysInclusive("2026-05-01", "2026-05-31") // 31 */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
