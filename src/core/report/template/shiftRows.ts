/**
 * Copying a formula down, as Excel's fill-down does: relative rows move by the offset, rows
 * anchored with `$` stay, on whatever sheet the reference points at.
 */
import { rewriteRowReferences, type RowEnd } from "./formulaReferences";

const moved = (end: RowEnd, offset: number): number => (end.anchored ? end.row : end.row + offset);

/**
 * The formula as it reads `offset` rows further down (negative: up). A reference pushed above row 1
 * or below the last row becomes #REF!, as in Excel.
 *
 * @example shiftFormulaRows("=C5*$B$2+Data!D5", 3) // "=C8*$B$2+Data!D8"
 * @example shiftFormulaRows('=IF(A5="A5",T[A5],SUM(C$5:C5))', 1) // '=IF(A6="A5",T[A5],SUM(C$5:C6))'
 */
export function shiftFormulaRows(formula: string, offset: number): string {
  if (offset === 0) return formula;
  return rewriteRowReferences(formula, (ref) => ({ first: moved(ref.first, offset), last: moved(ref.last, offset) }));
}
