import { addMonths, differenceInCalendarDays, differenceInCalendarMonths, endOfMonth, startOfMonth } from "date-fns";
import { FiscalStartMonth, fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import { IsoDate, parseIsoDate, toIsoDate } from "../model/isoDate";
import { Issue, Result, ok } from "../model/result";
import { TerritoryError } from "./territoryError";

/** Months to full productivity (linear), or a productivity per month of tenure (0–1; 1 after the list). */
export type RampCurve = { kind: "linear"; months: number } | { kind: "monthly"; factors: readonly number[] };

/** A seat: a rep on board, or a planned hire, with the day they start (and leave, if known). */
export interface CapacitySeat {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate | null;
}

export interface CapacityPlanInput {
  /** Today: hires requested now start `hiringLeadTimeMonths` later; attrition counts from this month. */
  asOf: IsoDate;
  fiscalStartMonth: FiscalStartMonth;
  /** Fiscal quarters (`FY2027-Q1` …) and the bookings target of each. */
  quarters: readonly { period: string; target: number }[];
  seats: readonly CapacitySeat[];
  ramp: RampCurve;
  /** Bookings per fully ramped rep per year. */
  annualProductivity: number;
  /** Share of reps leaving per year, 0 ≤ rate < 1; applied monthly as (1 − rate)^(1/12). */
  attritionRate: number;
  /** Whole months from opening a requisition to the hire's first day. */
  hiringLeadTimeMonths: number;
}

export interface CapacityQuarter {
  period: string;
  start: IsoDate;
  end: IsoDate;
  target: number;
  capacity: number;
  /** target − capacity: positive is a shortfall. */
  gap: number;
  /** Seats on board on the quarter's last day (before attrition). */
  headcount: number;
  /** Average fully-ramped equivalents over the quarter, after ramp and attrition. */
  rampedReps: number;
  /** What one hire requested today adds in the quarter. */
  capacityPerHire: number;
  /** Hires requested today that close this quarter's gap; null when they would start too late. */
  hiresNeeded: number | null;
}

export interface CapacityPlan {
  quarters: CapacityQuarter[];
  /** The first day of a hire requested on `asOf`. */
  hireStartDate: IsoDate;
  /** Hires to request now so every reachable quarter meets its target (the largest of the quarters' needs). */
  hiresNeeded: number;
  /** Quarters with a gap that no hire requested now can close. */
  unreachable: string[];
}

/** Productivity in tenure month k (1 = the month the seat starts): the linear ramp's average over that month. */
function tenureFactor(ramp: RampCurve, k: number): number {
  if (ramp.kind === "monthly") return ramp.factors[k - 1] ?? 1;
  return ramp.months === 0 ? 1 : Math.min(1, (k - 0.5) / ramp.months);
}

const dateOf = (iso: IsoDate, name: string): Date => {
  const date = parseIsoDate(iso);
  if (!date) throw new TerritoryError(`${name} "${iso}" is not a date in the form YYYY-MM-DD.`);
  return date;
};

/**
 * Bookings capacity per quarter against target. Month by month, each seat contributes
 * productivity ÷ 12 × (days on board ÷ days in the month) × its ramp factor for its tenure month
 * (the month it starts is month 1; a linear ramp over R months gives (k − ½) ÷ R, its average over
 * month k) × survival, (1 − attrition)^(months since the later of the as-of month and its start
 * month ÷ 12). The gap is target − capacity; the hires needed are the hires requested on `asOf` (so
 * starting `hiringLeadTimeMonths` later) whose capacity closes it, rounded up.
 * @example
 * capacityPlan({ asOf: "2026-02-01", fiscalStartMonth: 2, quarters: [{ period: "FY2027-Q1", target: 50 }], seats: [{ id: "A", startDate: "2020-01-01" }],
 *   ramp: { kind: "linear", months: 2 }, annualProductivity: 120, attritionRate: 0, hiringLeadTimeMonths: 1 })
 * // quarters[0]: capacity 30, gap 20, capacityPerHire 10, hiresNeeded 2
 */
export function capacityPlan(input: CapacityPlanInput): Result<CapacityPlan> {
  const issues = checkInput(input);
  if (issues.length > 0) return { ok: false, issues };
  const asOf = dateOf(input.asOf, "The as-of date");
  const survival = Math.pow(1 - input.attritionRate, 1 / 12);
  const monthly = input.annualProductivity / 12;
  const hireStart = addMonths(asOf, input.hiringLeadTimeMonths);
  const seats = input.seats.map((seat) => ({ start: dateOf(seat.startDate, `Seat ${seat.id}'s start date`), end: seat.endDate ? dateOf(seat.endDate, `Seat ${seat.id}'s end date`) : null }));

  /** Fully-ramped equivalents of one seat in the calendar month starting `month`. */
  const seatFte = (seat: { start: Date; end: Date | null }, month: Date): number => {
    const last = endOfMonth(month);
    const from = seat.start > month ? seat.start : month;
    const to = seat.end && seat.end < last ? seat.end : last;
    if (from > to) return 0;
    const present = (differenceInCalendarDays(to, from) + 1) / (differenceInCalendarDays(last, month) + 1);
    const tenure = differenceInCalendarMonths(month, startOfMonth(seat.start)) + 1;
    const clockFrom = seat.start > asOf ? startOfMonth(seat.start) : startOfMonth(asOf);
    const months = Math.max(0, differenceInCalendarMonths(month, clockFrom));
    return present * tenureFactor(input.ramp, tenure) * Math.pow(survival, months);
  };

  const quarters = input.quarters.map((quarter): CapacityQuarter => {
    const range = fiscalPeriodRange(parseFiscalLabel(quarter.period) as NonNullable<ReturnType<typeof parseFiscalLabel>>, input.fiscalStartMonth);
    const first = dateOf(range.start, "The quarter start");
    const end = dateOf(range.end, "The quarter end");
    let fte = 0;
    let hireFte = 0;
    for (let m = 0; m < 3; m += 1) {
      const month = addMonths(first, m);
      for (const seat of seats) fte += seatFte(seat, month);
      hireFte += seatFte({ start: hireStart, end: null }, month);
    }
    const capacity = fte * monthly;
    const capacityPerHire = hireFte * monthly;
    const gap = quarter.target - capacity;
    // A hair of tolerance so 20 ÷ 10 is 2 hires, not 3 after rounding.
    const hiresNeeded = gap <= 0 ? 0 : capacityPerHire > 0 ? Math.ceil(gap / capacityPerHire - 1e-9) : null;
    const headcount = seats.filter((seat) => seat.start <= end && (seat.end === null || seat.end >= end)).length;
    return { period: quarter.period, start: range.start, end: range.end, target: quarter.target, capacity, gap, headcount, rampedReps: fte / 3, capacityPerHire, hiresNeeded };
  });
  return ok({
    quarters,
    hireStartDate: toIsoDate(hireStart),
    hiresNeeded: Math.max(0, ...quarters.map((q) => q.hiresNeeded ?? 0)),
    unreachable: quarters.filter((q) => q.hiresNeeded === null).map((q) => q.period),
  });
}

function checkInput(input: CapacityPlanInput): Issue[] {
  const issues: Issue[] = [];
  const problem = (code: string, path: Issue["path"], message: string): void => {
    issues.push({ code, path, message });
  };
  input.quarters.forEach((quarter, i) => {
    if (parseFiscalLabel(quarter.period)?.grain !== "quarter") problem("invalid_quarter", ["quarters", i, "period"], `"${quarter.period}" is not a fiscal quarter such as FY2027-Q1.`);
    if (!Number.isFinite(quarter.target) || quarter.target < 0) problem("invalid_target", ["quarters", i, "target"], `The target of ${quarter.period} is ${quarter.target}: use 0 or more.`);
  });
  if (input.quarters.length === 0) problem("no_quarters", ["quarters"], "Give at least one quarter with its target.");
  if (!Number.isFinite(input.annualProductivity) || input.annualProductivity < 0) problem("invalid_productivity", ["annualProductivity"], `Productivity is ${input.annualProductivity}: give the bookings of a fully ramped rep per year.`);
  if (!Number.isFinite(input.attritionRate) || input.attritionRate < 0 || input.attritionRate >= 1) problem("invalid_attrition", ["attritionRate"], `Attrition is ${input.attritionRate}: give the share leaving per year, from 0 up to (not including) 1.`);
  if (!Number.isInteger(input.hiringLeadTimeMonths) || input.hiringLeadTimeMonths < 0) problem("invalid_lead_time", ["hiringLeadTimeMonths"], `The hiring lead time is ${input.hiringLeadTimeMonths}: give whole months, 0 or more.`);
  if (input.ramp.kind === "linear" && (!Number.isFinite(input.ramp.months) || input.ramp.months < 0)) problem("invalid_ramp_months", ["ramp", "months"], `Ramp months is ${input.ramp.months}: give 0 or more.`);
  if (input.ramp.kind === "monthly") {
    input.ramp.factors.forEach((factor, i) => {
      if (!Number.isFinite(factor) || factor < 0 || factor > 1) problem("invalid_ramp_factor", ["ramp", "factors", i], `Ramp month ${i + 1} is ${factor}: give a productivity from 0 to 1 (0.25 for 25 %).`);
    });
  }
  input.seats.forEach((seat, i) => {
    if (!parseIsoDate(seat.startDate)) problem("invalid_date", ["seats", i, "startDate"], `Seat ${seat.id}'s start date "${seat.startDate}" is not a date in the form YYYY-MM-DD.`);
    if (seat.endDate && !parseIsoDate(seat.endDate)) problem("invalid_date", ["seats", i, "endDate"], `Seat ${seat.id}'s end date "${seat.endDate}" is not a date in the form YYYY-MM-DD.`);
  });
  return issues;
}
