/**
 * What Excel stores when a value is written to `range.values` or `range.formulas`, and what the
 * `values`, `formulas` and `text` properties read back. Excel treats API input like typed input:
 *
 * - `null` leaves the cell unchanged; `""` empties it (number format kept).
 * - Strings starting with "=" become formulas, unless the cell's number format is text ("@"),
 *   which keeps every string verbatim (Microsoft: the Text format treats the cell as text even when a
 *   number or formula is typed).
 * - A leading apostrophe stores the rest as text (the apostrophe is a prefix, not content).
 * - With `legacyFormulaPrefixes` (on by default, the pessimistic case; the Range.values reference
 *   says a value starting with "+" or "-" is interpreted as a formula, and Lotus-compatible entry turns
 *   "@SUM(A1)" into "=SUM(A1)"): non-numeric strings starting with "+" or "-" become "=" + text and
 *   "@x" becomes "=x".
 * - Numeric-looking strings become numbers ("1", "+1", "-2.5", "1e3"), "30%" becomes 0.3 with "0%",
 *   ISO dates become serial numbers with "yyyy-mm-dd" (Excel would pick the locale's short date),
 *   "TRUE"/"FALSE" become booleans. Other locale forms (currency symbols, thousands separators) are
 *   kept as text here although Excel may convert some.
 *
 * Formulas are not evaluated: `values` of a formula cell is the result recorded with
 * `host.setFormulaResult`, else null, a value Excel never returns, so tests can tell a formula
 * cell from a constant. Export to .xlsx and recalculate with LibreOffice for computed results.
 */
import { DIMENSION_MISMATCH, invalidArgument } from "./errors";
import { CellModel, ScalarValue } from "./model";

export interface EntryOptions {
  legacyFormulaPrefixes: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDateSerial(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

function setConstant(cell: CellModel, value: ScalarValue | null): void {
  cell.value = value;
  cell.formula = null;
  cell.cachedResult = null;
}

function setFormula(cell: CellModel, formula: string): void {
  cell.value = null;
  cell.formula = formula;
  cell.cachedResult = null;
}

/** Applies one input element the way Excel parses typed entry into a cell. */
export function enterValue(cell: CellModel, input: unknown, options: EntryOptions): void {
  if (input === null || input === undefined) return;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (number ${input})`);
    setConstant(cell, input);
    return;
  }
  if (typeof input === "boolean") return setConstant(cell, input);
  if (typeof input !== "string") throw invalidArgument("The argument is invalid or missing or has an incorrect format. (a cell value must be a string, number or boolean)");
  if (input === "") return setConstant(cell, null);
  if (input.startsWith("'")) return setConstant(cell, input.slice(1));
  if (cell.numberFormat === "@") return setConstant(cell, input);
  enterGeneralString(cell, input, options);
}

function enterGeneralString(cell: CellModel, input: string, options: EntryOptions): void {
  if (input.startsWith("=") && input.length > 1) return setFormula(cell, input);
  if (NUMBER.test(input)) return setConstant(cell, Number(input));
  if (PERCENT.test(input)) {
    setConstant(cell, Number(input.slice(0, -1)) / 100);
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  const serial = isoDateSerial(input);
  if (serial !== null) {
    setConstant(cell, serial);
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
    return;
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return setConstant(cell, upper === "TRUE");
  if (options.legacyFormulaPrefixes && input.length > 1) {
    if (input.startsWith("+") || input.startsWith("-")) return setFormula(cell, `=${input}`);
    if (input.startsWith("@")) return setFormula(cell, `=${input.slice(1)}`);
  }
  setConstant(cell, input);
}

/** What `range.values` reads for one cell. */
export function readValue(cell: CellModel | undefined): ScalarValue | null {
  if (!cell) return "";
  if (cell.formula !== null) return cell.cachedResult;
  return cell.value ?? "";
}

/** What `range.formulas` reads: the formula text, or the constant itself. */
export function readFormula(cell: CellModel | undefined): ScalarValue {
  if (!cell) return "";
  return cell.formula ?? cell.value ?? "";
}

/** What `range.text` reads; number formats are not rendered (the host has no format engine). */
export function readText(cell: CellModel | undefined): string {
  const value = readValue(cell);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Checks a `values`/`formulas`/`numberFormat` input against the range's size: a 2-D array must
 * match exactly; a non-array scalar applies to every cell.
 */
export function inputAt(input: unknown, rowCount: number, columnCount: number, location: string): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const fits = rows.length === rowCount && rows.every((row) => Array.isArray(row) && row.length === columnCount);
  if (!fits) throw invalidArgument(DIMENSION_MISMATCH, location);
  return (row, column) => (rows[row] as unknown[])[column];
}
