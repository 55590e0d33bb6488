/*
 * How the Commissions view shows money: payouts to the cent, since that is what is paid and what
 * a rep checks against the statement; credit and quota compact, as on the forecast grid.
 */
import { NO_VALUE } from "../forecast/formatFigures";

const cache = new Map<string, Intl.NumberFormat>();

/** @example cents(12345.6, "USD") // "$12,345.60" */
export function cents(amount: number | null, currency: string): string {
  if (amount === null) return NO_VALUE;
  let format = cache.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    cache.set(currency, format);
  }
  return format.format(amount);
}

/** A difference with its sign always shown. @example signedCents(54.33, "USD") // "+$54.33" */
export function signedCents(amount: number, currency: string): string {
  return amount > 0 ? `+${cents(amount, currency)}` : cents(amount, currency);
}

/** A rate as a percentage with up to two decimals. @example rate(0.08) // "8%" */
export function rate(value: number | null): string {
  if (value === null) return NO_VALUE;
  return `${Number((value * 100).toFixed(2))}%`;
}
