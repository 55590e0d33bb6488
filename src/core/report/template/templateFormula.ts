/**
 * A template formula as it reads in the filled sheet. References to the template's own sheet follow
 * their rows through the row map (marker rows removed, blocks expanded, rows below moved down,
 * ranges over a block grown); a formula in a block's k-th copy is then filled down k copies, as
 * Excel's fill-down would (relative rows move, `$` rows stay). References to other sheets are only
 * filled down: their rows do not move with this sheet's expansion.
 */
import { quoteSheetName } from "../../../workbook/a1";
import { findReferences, rewriteRowReferences, type A1Reference, type RowEnd, type RowRewrite } from "./formulaReferences";
import type { ExpandedBlock, RowMap } from "./rowMap";

export interface FormulaPlace {
  map: RowMap;
  /** A reference qualified with either name points at this sheet (and is renamed to the output). */
  templateName: string;
  outputName: string;
  /** The block copy the formula is written in; none outside blocks. */
  copy?: { block: ExpandedBlock; index: number };
}

export interface MappedFormula {
  formula: string;
  /** References that became #REF! because they pointed only at a removed marker row. */
  markerReferences: number;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether the range covers a whole block's rows, anchored at both ends: it grows, even inside the block. */
function anchoredOver(ref: A1Reference, block: ExpandedBlock | undefined): boolean {
  return block !== undefined && ref.first.anchored && ref.last.anchored && ref.first.row <= block.open + 1 && ref.last.row >= block.close - 1;
}

function rewriteOwn(ref: A1Reference, place: FormulaPlace, shift: (end: RowEnd) => number): RowRewrite {
  const { map } = place;
  const block = place.copy?.block;
  if (ref.kind === "cell") {
    const row = map.first(ref.first.row);
    return row === null ? null : { first: row + shift(ref.first), last: row + shift(ref.first) };
  }
  if (anchoredOver(ref, block)) return { first: map.start(ref.first.row), last: map.end(ref.last.row) };
  // An end on the formula's own block rows moves with the copy (a running total C$5:C5); any other
  // end is placed like a range over the sheet, growing over blocks it ends on.
  const inOwn = (row: number) => block !== undefined && row > block.open && row < block.close;
  const top = inOwn(ref.first.row) ? (map.first(ref.first.row) as number) : map.start(ref.first.row);
  const bottom = inOwn(ref.last.row) ? (map.first(ref.last.row) as number) : map.end(ref.last.row);
  // Only removed marker rows under the range: nothing is left of it.
  if (top > bottom) return null;
  return { first: top + shift(ref.first), last: bottom + shift(ref.last) };
}

/**
 * A mapper for one template formula: the formula is scanned once, then placed for any block copy,
 * which is what a block of thousands of items needs.
 *
 * @example
 * // A one-row block at template row 5 (markers on rows 4 and 6) expanded to 3 items; the total on row 7 stays there.
 * const map = rowMap(8, [{ list: "reps", open: 3, close: 5, address: "A4" }], [3]);
 * templateFormulaMapper("=SUM(C5:C5)", { map, templateName: "T", outputName: "Report" })().formula // "=SUM(C4:C6)"
 */
export function templateFormulaMapper(formula: string, place: Omit<FormulaPlace, "copy">): (copy?: FormulaPlace["copy"]) => MappedFormula {
  const references = findReferences(formula);
  return (copy) => {
    let markerReferences = 0;
    const offset = copy ? copy.index * copy.block.height : 0;
    const shift = (end: RowEnd) => (end.anchored ? 0 : offset);
    const here: FormulaPlace = { ...place, copy };
    const mapped = rewriteRowReferences(
      formula,
      (ref) => {
        const own = ref.sheet === null || sameName(ref.sheet, place.templateName) || sameName(ref.sheet, place.outputName);
        if (!own) return { first: ref.first.row + shift(ref.first), last: ref.last.row + shift(ref.last) };
        const rows = rewriteOwn(ref, here, shift);
        if (rows === null) {
          markerReferences += 1;
          return null;
        }
        return ref.sheet === null ? rows : { ...rows, sheetPrefix: `${quoteSheetName(place.outputName)}!` };
      },
      references,
    );
    return { formula: mapped, markerReferences };
  };
}

/**
 * The template formula placed once (see templateFormulaMapper).
 * @example mapTemplateFormula("=C5/C$7", { map, templateName: "T", outputName: "Report", copy: { block: map.blocks[0], index: 2 } }).formula // "=C6/C$7"
 */
export function mapTemplateFormula(formula: string, place: FormulaPlace): MappedFormula {
  return templateFormulaMapper(formula, place)(place.copy);
}
