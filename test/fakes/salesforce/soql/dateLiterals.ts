/**
 * SOQL date literals (TODAY, LAST_N_DAYS:30, THIS_FISCAL_QUARTER…) as half-open ranges of days
 * [start, end), in UTC (the fake's users all have a UTC time zone). The fiscal year starts in
 * January, as in a new org, so the FISCAL literals equal the calendar ones.
 */

export interface DayRange {
  /** First day in the range, `YYYY-MM-DD`. */
  start: string;
  /** First day after the range, `YYYY-MM-DD`. */
  end: string;
}

type Unit = "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";

const DAY_MS = 86_400_000;

const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function startOf(unit: Unit, day: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case "DAY":
      return day;
    case "WEEK":
      // Weeks start on Sunday (the en_US locale); day 0, 1970-01-01, was a Thursday.
      return day - ((day + 4) % 7);
    case "MONTH":
      return Date.UTC(year, month, 1) / DAY_MS;
    case "QUARTER":
      return Date.UTC(year, month - (month % 3), 1) / DAY_MS;
    case "YEAR":
      return Date.UTC(year, 0, 1) / DAY_MS;
  }
}

function add(unit: Unit, day: number, count: number): number {
  if (unit === "DAY") return day + count;
  if (unit === "WEEK") return day + 7 * count;
  const date = new Date(day * DAY_MS);
  const months = unit === "MONTH" ? count : unit === "QUARTER" ? 3 * count : 12 * count;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / DAY_MS;
}

function unitOf(word: string): Unit | undefined {
  const singular = word.replace(/^FISCAL_/, "").replace(/S$/, "");
  return (["DAY", "WEEK", "MONTH", "QUARTER", "YEAR"] as const).find((u) => u === singular);
}

const range = (start: number, end: number): DayRange => ({ start: dayText(start), end: dayText(end) });

/** The range of a date literal at `nowMs`, or undefined when the fake does not know the literal. */
export function dateLiteralRange(literal: string, nowMs: number, n?: number): DayRange | undefined {
  const name = literal.toUpperCase().replace(/:.*$/, "");
  const today = Math.floor(nowMs / DAY_MS);
  if (name === "TODAY") return range(today, today + 1);
  if (name === "YESTERDAY") return range(today - 1, today);
  if (name === "TOMORROW") return range(today + 1, today + 2);
  if (name === "LAST_90_DAYS") return range(today - 90, today + 1);
  if (name === "NEXT_90_DAYS") return range(today + 1, today + 91);

  let match = /^(LAST|THIS|NEXT)_((?:FISCAL_)?(?:WEEK|MONTH|QUARTER|YEAR))$/.exec(name);
  if (match) {
    const unit = unitOf(match[2]) as Unit;
    const start = startOf(unit, today);
    const shift = match[1] === "LAST" ? -1 : match[1] === "THIS" ? 0 : 1;
    return range(add(unit, start, shift), add(unit, start, shift + 1));
  }
  if (n === undefined || !Number.isInteger(n) || n < 0) return undefined;

  match = /^(LAST|NEXT)_N_((?:FISCAL_)?(?:DAYS|WEEKS|MONTHS|QUARTERS|YEARS))$/.exec(name);
  if (match) {
    const unit = unitOf(match[2]) as Unit;
    // LAST_N_DAYS includes today; the longer units count whole periods before (or after) the current one.
    if (unit === "DAY") return match[1] === "LAST" ? range(today - n, today + 1) : range(today + 1, today + 1 + n);
    const start = startOf(unit, today);
    return match[1] === "LAST" ? range(add(unit, start, -n), start) : range(add(unit, start, 1), add(unit, start, 1 + n));
  }
  match = /^N_((?:FISCAL_)?(?:DAYS|WEEKS|MONTHS|QUARTERS|YEARS))_AGO$/.exec(name);
  if (match) {
    const unit = unitOf(match[1]) as Unit;
    const start = startOf(unit, today);
    return range(add(unit, start, -n), add(unit, start, -n + 1));
  }
  return undefined;
}
