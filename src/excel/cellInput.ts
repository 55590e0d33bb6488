/**
 * Turns data values into what `range.values` should receive so Excel stores exactly that value.
 *
 * Excel parses strings written to `values` as if typed: "=…" becomes a formula, and in some builds
 * so do "+…", "-…" and "@…"; "1", "30%", "2026-01-31" and "TRUE" become numbers, dates and booleans.
 * Microsoft's documented way to enter such text as text is a leading apostrophe (a prefix Excel
 * keeps out of the value: `values` and the cell show the text without it). We prefer it over the
 * text number format "@" because it costs no extra calls, works in any column format, and leaves
 * the user's formats alone.
 *
 * - Strings Excel would turn into a formula, and strings that start with an apostrophe themselves,
 *   always get the apostrophe.
 * - Strings Excel would turn into a number, date or boolean keep their text in untyped or text
 *   columns; in a column given a number or date format the caller asked for typed values, so Excel
 *   converts them (an ISO date in a "yyyy-mm-dd" column becomes a real date).
 * - Numbers and booleans are written as they are; null becomes "" (an empty cell: in Office.js a
 *   null in `values` means "leave this cell unchanged").
 */
import type { CellValue } from "../core/model/canonicalFiles";

const NUMBER_LIKE = /^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s.*)?$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

/** Whether Excel would parse this text into a formula. */
export function wouldBecomeFormula(text: string): boolean {
  if (text.length < 2) return false;
  const first = text[0];
  if (first === "=" || first === "@") return true;
  return (first === "+" || first === "-") && !NUMBER_LIKE.test(text);
}

/** Whether Excel would parse this text into a number, date, percentage or boolean. */
export function wouldBecomeTyped(text: string): boolean {
  return NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

export class InvalidCellValueError extends Error {
  override readonly name = "InvalidCellValueError";
}

/** `typedColumn`: the column has a number or date format (not General/null and not text "@"). */
export function toExcelInput(value: CellValue, typedColumn: boolean): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvalidCellValueError(`Excel cells can't hold ${value}.`);
    return value;
  }
  if (typeof value === "boolean") return value;
  if (value.startsWith("'") || wouldBecomeFormula(value)) return `'${value}`;
  if (!typedColumn && wouldBecomeTyped(value)) return `'${value}`;
  return value;
}

export const isTypedFormat = (format: string | null | undefined): boolean => !!format && format !== "@" && format.toLowerCase() !== "general";
