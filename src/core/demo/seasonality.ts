/**
 * When deals close: sales orgs close at the end of the quarter (and to a lesser degree of the
 * month), Q4 is the biggest quarter and Q1 the quietest, and almost nothing closes at weekends.
 * The demo org grows about 18% a year, so bookings trend up across the three fiscal years.
 */
import { Day, DemoCalendar, weekday } from "./dayCalendar";

const QUARTER_WEIGHT = [0.85, 1, 1, 1.35];
const ANNUAL_GROWTH = 1.18;

/**
 * The relative chance that a deal closes on `day` (1 is an ordinary weekday in mid-quarter Q2).
 * @example closeDayWeight(calendar, dayOf("2027-01-29")) > closeDayWeight(calendar, dayOf("2026-12-09")) // true: quarter end
 */
export function closeDayWeight(calendar: DemoCalendar, day: Day): number {
  const quarter = calendar.quarterOf(day);
  const month = calendar.monthOf(day);
  const dow = weekday(day);
  let weight = dow === 0 || dow === 6 ? 0.15 : 1;
  if (quarter.end - day < 10) weight *= 2.6;
  else if (month.end - day < 3) weight *= 1.6;
  return weight * QUARTER_WEIGHT[quarter.index - 1];
}

/**
 * The size of the business on `day` relative to the as-of date.
 * @example growthFactor(asOf - 365, asOf) // about 0.85
 */
export function growthFactor(day: Day, asOf: Day): number {
  return ANNUAL_GROWTH ** ((day - asOf) / 365);
}

/**
 * The mean of {@link closeDayWeight} over whole fiscal years from `from`, to turn weights into rates.
 * @example meanCloseDayWeight(calendar, dayOf("2024-02-01"), 3) // about 0.97
 */
export function meanCloseDayWeight(calendar: DemoCalendar, from: Day, years: number): number {
  const first = calendar.quarters.findIndex((q) => q.end >= from);
  let total = 0;
  let days = 0;
  // Four consecutive quarters hold one of each fiscal quarter, whatever quarter they start in.
  for (const quarter of calendar.quarters.slice(first, first + 4 * years)) {
    for (let day = quarter.start; day <= quarter.end; day += 1) {
      total += closeDayWeight(calendar, day);
      days += 1;
    }
  }
  return total / days;
}
