/*
 * How the Forecast view shows numbers: compact in the grid ("$1.2M") so ten columns fit a narrow
 * pane, with the full value ("$1,234,568") in a tooltip for anyone reconciling to the sheet.
 */
// Fraction digits are set both ways: engines differ in how they default the minimum for a currency.
const compactCache = new Map<string, Intl.NumberFormat>();
const fullCache = new Map<string, Intl.NumberFormat>();

function formatter(cache: Map<string, Intl.NumberFormat>, currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, ...options });
    cache.set(currency, format);
  }
  return format;
}

/** "—" stands for a figure that has no value (no quota, nothing left to close). */
export const NO_VALUE = "—";

/** @example compactMoney(1_234_567, "USD") // "$1.2M" */
export function compactMoney(amount: number | null, currency: string): string {
  if (amount === null) return NO_VALUE;
  return formatter(compactCache, currency, { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount);
}

/** @example fullMoney(1_234_567.4, "USD") // "$1,234,567" */
export function fullMoney(amount: number | null, currency: string): string {
  if (amount === null) return NO_VALUE;
  return formatter(fullCache, currency, { minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(amount);
}

/** Coverage as a multiple. @example multiple(2.345) // "2.35x" */
export function multiple(ratio: number | null): string {
  return ratio === null ? NO_VALUE : `${ratio.toFixed(2)}x`;
}

/** @example percent(0.8734) // "87.3%" */
export function percent(ratio: number | null): string {
  return ratio === null ? NO_VALUE : `${(ratio * 100).toFixed(1)}%`;
}

/** @example days(63.4) // "63 days" */
export function days(count: number | null): string {
  return count === null ? NO_VALUE : `${Math.round(count)} ${Math.round(count) === 1 ? "day" : "days"}`;
}
