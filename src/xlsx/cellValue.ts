/**
 * A described cell → the value ExcelJS writes. Text is always a string cell (shared string), so
 * "=SUM(A1)" typed as a constant stays text; a formula carries its cached result.
 */
import type ExcelJS from "exceljs";
import type { CellDescription, ScalarValue } from "../workbook/description";
import { XlsxDescriptionError } from "./errors";
import { fileFormula, type FormulaContext } from "./formulas/fileFormula";

/** Excel's error values. A result equal to one of these texts is cached as that error. */
const ERROR_CODES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);

function finite(value: ScalarValue, path: string): ScalarValue {
  // NaN and Infinity have no representation in a cell; the file would not open.
  if (typeof value === "number" && !Number.isFinite(value)) throw new XlsxDescriptionError(path, `${value} cannot be stored in a cell.`);
  return value;
}

type FormulaResult = ExcelJS.CellFormulaValue["result"];

function cachedResult(result: ScalarValue | undefined, path: string): FormulaResult {
  if (result === undefined || result === null) return undefined;
  if (typeof result === "string" && ERROR_CODES.has(result)) return { error: result as ExcelJS.CellErrorValue["error"] };
  return finite(result, path) as Exclude<ScalarValue, null>;
}

/**
 * The ExcelJS value of a cell: a constant, or `{ formula, result }` with the formula in file form.
 *
 * @example xlsxCellValue({ formula: "=B2*2", result: 4 }, { path: "S!C2" }) // { formula: "B2*2", result: 4 }
 * @example xlsxCellValue({ value: "=not a formula" }, { path: "S!A1" }) // "=not a formula"
 */
export function xlsxCellValue(cell: CellDescription, context: FormulaContext): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const result = cachedResult(cell.result, context.path);
    const formula = fileFormula(cell.formula, context);
    return result === undefined ? { formula } : { formula, result };
  }
  return finite(cell.value ?? null, context.path);
}
