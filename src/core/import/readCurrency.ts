import { currencyFromSymbol } from "./coerceAmount";

/** Currency names as Dynamics 365 and other CRMs show them in exports. */
const CURRENCY_NAMES: Record<string, string> = {
  "us dollar": "USD",
  dollar: "USD",
  euro: "EUR",
  "pound sterling": "GBP",
  "british pound": "GBP",
  "japanese yen": "JPY",
  yen: "JPY",
  "brazilian real": "BRL",
  real: "BRL",
  "canadian dollar": "CAD",
  "australian dollar": "AUD",
  "swiss franc": "CHF",
  "indian rupee": "INR",
};

/**
 * Reads a currency cell written as an ISO code, a symbol or a name, or returns null.
 * @example readCurrency("US Dollar") // "USD"
 * @example readCurrency("eur") // "EUR"
 */
export function readCurrency(text: string): string | null {
  return currencyFromSymbol(text) ?? CURRENCY_NAMES[text.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}
