/*
 * How the Territories view names and shows its figures: money compact ("$1.2M") with the full value
 * in a tooltip, as the Forecast view does; counts as whole numbers; indexes to a few decimals.
 */
import type { MetricName } from "../../../core/territory/metricTypes";
import { compactMoney, fullMoney, NO_VALUE } from "../forecast/formatFigures";

export interface MetricChoice {
  metric: MetricName;
  label: string;
  money: boolean;
}

/** The metrics a territory plan is usually balanced on, in the order the picker lists them. */
export const METRIC_CHOICES: readonly MetricChoice[] = [
  { metric: "potential", label: "Potential", money: true },
  { metric: "openPipeline", label: "Open pipeline", money: true },
  { metric: "bookingsTtm", label: "Bookings, last 12 months", money: true },
  { metric: "bookingsPriorYear", label: "Bookings, prior fiscal year", money: true },
  { metric: "quota", label: "Quota", money: true },
  { metric: "accounts", label: "Accounts", money: false },
  { metric: "customers", label: "Customers", money: false },
];

const choiceOf = (metric: MetricName): MetricChoice => METRIC_CHOICES.find((choice) => choice.metric === metric) ?? { metric, label: metric, money: false };

/** @example metricLabel("bookingsTtm") // "Bookings, last 12 months" */
export function metricLabel(metric: MetricName): string {
  return choiceOf(metric).label;
}

/** @example metricValue(1_234_567, "potential", "USD") // "$1.2M"; metricValue(12, "accounts", "USD") // "12" */
export function metricValue(value: number | null, metric: MetricName, currency: string): string {
  if (value === null) return NO_VALUE;
  return choiceOf(metric).money ? compactMoney(value, currency) : count(value);
}

/** The tooltip's full figure. @example metricFull(1_234_567, "potential", "USD") // "$1,234,567" */
export function metricFull(value: number | null, metric: MetricName, currency: string): string {
  if (value === null) return NO_VALUE;
  return choiceOf(metric).money ? fullMoney(value, currency) : count(value);
}

/** @example count(1234.4) // "1,234" */
export function count(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** A balance index; "—" where it is undefined. @example index(0.68178) // "0.682" */
export function index(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? NO_VALUE : value.toFixed(digits);
}

/** A share of the mean as a whole percentage. @example ofMean(1.1234) // "112%" */
export function ofMean(value: number | null): string {
  return value === null ? NO_VALUE : `${Math.round(value * 100)}%`;
}

/** A signed money change, compact. @example signedMoney(-1500, "USD") // "−$1.5K" */
export function signedMoney(value: number, currency: string): string {
  // Below a cent is rounding noise, not a change worth a sign.
  if (Math.abs(value) < 0.005) return compactMoney(0, currency);
  return `${value < 0 ? "−" : "+"}${compactMoney(Math.abs(value), currency)}`;
}
