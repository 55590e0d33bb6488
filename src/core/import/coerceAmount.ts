import type { CellValue } from "../model/canonicalFiles";
import { Coerced, coerced, PLAIN_NUMBER, rejectCell } from "./cells";
import type { DecimalSeparator } from "./importTypes";

/** An amount and, when the text named one, its currency. */
export interface ParsedAmount {
  amount: number;
  currency: string | null;
}

/** Currency symbols as CRMs print them, longest first so "R$" wins over "$". ¥ is read as JPY, the yen being far more common in sales exports than the yuan. */
const SYMBOLS: readonly [string, string][] = [
  ["US$", "USD"],
  ["R$", "BRL"],
  ["C$", "CAD"],
  ["A$", "AUD"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
];

/**
 * The ISO code a currency symbol or code stands for, or null.
 * @example currencyFromSymbol("R$") // "BRL"
 */
export function currencyFromSymbol(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) return trimmed.toUpperCase();
  for (const [symbol, code] of SYMBOLS) if (trimmed === symbol) return code;
  return null;
}

const CODE_PREFIX = /^([A-Z]{3})\s*/;
const CODE_SUFFIX = /\s*([A-Z]{3})$/;
// Spaces, no-break spaces, narrow no-break spaces and apostrophes group thousands in various locales.
const GROUP_SPACES = /[\s\u00a0\u202f']/g;
const HINT = 'write a number such as 1200, 1,200.50, $1,200 or "EUR 1.200,50"';

/** Splits off a currency code or symbol at either end. */
function stripCurrency(text: string): { rest: string; currency: string | null } {
  let match = CODE_PREFIX.exec(text);
  if (match) return { rest: text.slice(match[0].length), currency: match[1] };
  match = CODE_SUFFIX.exec(text);
  if (match) return { rest: text.slice(0, text.length - match[0].length), currency: match[1] };
  for (const [symbol, code] of SYMBOLS) {
    if (text.startsWith(symbol)) return { rest: text.slice(symbol.length).trim(), currency: code };
    if (text.endsWith(symbol)) return { rest: text.slice(0, -symbol.length).trim(), currency: code };
  }
  return { rest: text, currency: null };
}

/** Normalises the digits to "1234.56" given the decimal separator, guessing it only where the text is unambiguous. */
function toPlainDigits(digits: string, decimal: DecimalSeparator, currency: string | null): string | null {
  const text = digits.replace(GROUP_SPACES, "");
  let separator = decimal;
  if (separator === "auto") {
    const lastComma = text.lastIndexOf(",");
    const lastDot = text.lastIndexOf(".");
    if (lastComma >= 0 && lastDot >= 0) separator = lastComma > lastDot ? "," : ".";
    // "1.234.567" can only be European grouping; "12,5" or "1234,56" can only be a decimal comma.
    else if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) separator = ",";
    // "€16.500" or "R$ 2.500": money is not written to three decimals, and these currencies group with dots.
    else if ((currency === "EUR" || currency === "BRL") && /^\d{1,3}\.\d{3}$/.test(text)) separator = ",";
    else if (lastComma >= 0 && !/^\d{1,3}(,\d{3})+$/.test(text)) separator = ",";
    else separator = ".";
  }
  const plain = separator === "," ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  return /^\d+(\.\d+)?$/.test(plain) ? plain : null;
}

/**
 * Reads an amount cell: currency symbols ($ € £ ¥ R$) and ISO codes before or after the number,
 * thousands separators, negatives as -1, 1- or (1), and European "1.234,56" when `decimal` is ","
 * or the text is unambiguous.
 * @example coerceAmount("$1,200.50") // { ok: true, value: { amount: 1200.5, currency: "USD" } }
 * @example coerceAmount("(1.234,56 EUR)") // { ok: true, value: { amount: -1234.56, currency: "EUR" } }
 */
export function coerceAmount(cell: CellValue | undefined, decimal: DecimalSeparator = "auto"): Coerced<ParsedAmount> {
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? coerced({ amount: cell, currency: null }) : rejectCell("invalid_amount", `not a finite number: ${HINT}`);
  }
  if (typeof cell !== "string") return rejectCell("invalid_amount", `not an amount: ${HINT}`);
  let text = cell.trim();
  if (PLAIN_NUMBER.test(text) && decimal !== ",") return coerced({ amount: Number(text), currency: null });
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let { rest, currency } = stripCurrency(text.replace(/\u2212/g, "-"));
  if (rest.startsWith("-") || rest.endsWith("-")) {
    negative = !negative;
    rest = rest.startsWith("-") ? rest.slice(1) : rest.slice(0, -1);
    // A sign may also sit outside the symbol: "-$1,200".
    if (!currency) ({ rest, currency } = stripCurrency(rest.trim()));
  }
  const plain = toPlainDigits(rest.trim(), decimal, currency);
  if (plain === null) return rejectCell("invalid_amount", `"${cell.trim()}" is not an amount: ${HINT}`);
  const amount = Number(plain);
  return coerced({ amount: negative ? -amount : amount, currency });
}
