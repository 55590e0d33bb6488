/**
 * Reading formula cells back with ExcelJS. `cell.value` drops falsy parts of a formula value (its
 * copy keeps only truthy fields), so a cached 0, false or "" reads as missing; the cell's model
 * keeps them.
 */
import type ExcelJS from "exceljs";

export interface ReadFormula {
  formula: string | undefined;
  result: unknown;
}

export function readFormula(cell: ExcelJS.Cell): ReadFormula {
  return { formula: cell.model.formula, result: cell.model.result };
}
