/**
 * A1 references inside a formula, found so their rows can be rewritten: single cells (`C5`,
 * `$C$5`), ranges (`C5:D9`), whole-row ranges (`5:7`), each possibly sheet-qualified
 * (`Data!B2`, `'QBR Summary'!$B$4`). String literals, structured references (`Deals[amount]`,
 * `T[[#This Row],[x]]`) and external-book brackets are skipped whole, so nothing inside them
 * changes; function names that look like cells (`LOG10(`) and names that merely start like one
 * (`Q1Sales`) are not references. Whole-column ranges (`C:C`) carry no row and are left alone.
 */

import { pastBracket, pastQuoted } from "./formulaText";

export const MAX_ROW_INDEX = 1_048_575;
const MAX_COLUMN_INDEX = 16_383;

/** One end of a reference: 0-based row, and whether it is anchored with `$`. */
export interface RowEnd {
  row: number;
  anchored: boolean;
}

export interface A1Reference {
  /** The span of the reference in the formula, sheet prefix included. */
  from: number;
  to: number;
  /** The sheet named by the prefix (quotes removed), or null for the formula's own sheet. */
  sheet: string | null;
  /** "cell" (`C5`), "range" (`C5:D9`) or "rows" (`5:7`). */
  kind: "cell" | "range" | "rows";
  /** The top end (for a range written bottom-up, the ends are swapped so `first` is the top). */
  first: RowEnd;
  last: RowEnd;
}

/**
 * What to write instead of a reference: the new rows of its `first` and `last` ends (a cell uses
 * `first`), optionally a new sheet prefix ("'Report'!"), or null for #REF!.
 */
export type RowRewrite = { first: number; last: number; sheetPrefix?: string } | null;

const NAME_CHAR = /[\p{L}\p{N}_.\\$#]/u;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/y;
const ROWS = /(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})/y;
const COLUMNS = /\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}/y;
const UNQUOTED_SHEET = /[\p{L}_\\][\p{L}\p{N}_.\\]*(?::[\p{L}_\\][\p{L}\p{N}_.\\]*)?!/uy;
/** After a reference: a name character, a call, a sheet mark or a bracket means it was a name. */
const NOT_AFTER = /[\p{L}\p{N}_.\\(![]/u;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface CellMatch {
  end: number;
  column: number;
  row: RowEnd;
}

function matchCell(formula: string, at: number): CellMatch | null {
  CELL.lastIndex = at;
  const m = CELL.exec(formula);
  if (!m) return null;
  const column = columnNumber(m[2]);
  const row = Number(m[4]) - 1;
  if (column > MAX_COLUMN_INDEX || row < 0 || row > MAX_ROW_INDEX) return null;
  return { end: at + m[0].length, column, row: { row, anchored: m[3] === "$" } };
}

const followedByName = (formula: string, end: number): boolean => end < formula.length && NOT_AFTER.test(formula[end]);

/** The reference starting at `at` (after any sheet prefix), or null. */
function matchReference(formula: string, at: number): Omit<A1Reference, "from" | "sheet"> | null {
  ROWS.lastIndex = at;
  const rows = ROWS.exec(formula);
  if (rows) {
    const end = at + rows[0].length;
    const top = Number(rows[2]) - 1;
    const bottom = Number(rows[4]) - 1;
    if (followedByName(formula, end) || top < 0 || bottom < 0 || top > MAX_ROW_INDEX || bottom > MAX_ROW_INDEX) return null;
    const a = { row: top, anchored: rows[1] === "$" };
    const b = { row: bottom, anchored: rows[3] === "$" };
    return { to: end, kind: "rows", first: a.row <= b.row ? a : b, last: a.row <= b.row ? b : a };
  }
  const first = matchCell(formula, at);
  if (!first) return null;
  if (formula[first.end] === ":") {
    const second = matchCell(formula, first.end + 1);
    if (second && !followedByName(formula, second.end)) {
      const [top, bottom] = first.row.row <= second.row.row ? [first.row, second.row] : [second.row, first.row];
      return { to: second.end, kind: "range", first: top, last: bottom };
    }
  }
  if (followedByName(formula, first.end)) return null;
  return { to: first.end, kind: "cell", first: first.row, last: first.row };
}

/** Index just past the run of name characters at `at` (what to skip when no reference starts there). */
function pastName(formula: string, at: number): number {
  let i = at + 1;
  while (i < formula.length && NAME_CHAR.test(formula[i])) i += 1;
  return i;
}

/**
 * Every A1 reference in the formula, in order.
 *
 * @example findReferences("=SUM(C5:C9)+'Q Data'!$B$2").map((r) => [r.kind, r.sheet, r.first.row])
 * // [["range", null, 4], ["cell", "Q Data", 1]]
 */
export function findReferences(formula: string): A1Reference[] {
  const found: A1Reference[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i = pastQuoted(formula, i, '"');
      continue;
    }
    if (ch === "[") {
      i = pastBracket(formula, i);
      continue;
    }
    if (ch === "'") {
      const end = pastQuoted(formula, i, "'");
      if (formula[end] !== "!") {
        i = end;
        continue;
      }
      const ref = matchReference(formula, end + 1);
      if (ref) found.push({ ...ref, from: i, sheet: formula.slice(i + 1, end - 1).replace(/''/g, "'") });
      i = ref ? ref.to : end + 1;
      continue;
    }
    if (!NAME_CHAR.test(ch) || (i > 0 && NAME_CHAR.test(formula[i - 1]))) {
      i += 1;
      continue;
    }
    UNQUOTED_SHEET.lastIndex = i;
    const prefix = UNQUOTED_SHEET.exec(formula);
    const start = prefix ? i + prefix[0].length : i;
    const ref = matchReference(formula, start);
    if (ref) {
      found.push({ ...ref, from: i, sheet: prefix ? prefix[0].slice(0, -1) : null });
      i = ref.to;
      continue;
    }
    // A whole-column range holds no row; skip it so its letters are not read as a name's start.
    COLUMNS.lastIndex = start;
    const columns = COLUMNS.exec(formula);
    i = columns ? start + columns[0].length : prefix ? start : pastName(formula, i);
  }
  return found;
}

/**
 * The reference's text with new rows, keeping its columns (in written order), anchors and sheet
 * prefix. Rows are written top-down, each with its own anchor, as Excel normalises a range whose
 * ends crossed (C5:C$9 filled six rows down reads C$9:C11).
 */
function rewriteText(formula: string, ref: A1Reference, rows: { first: number; last: number; sheetPrefix?: string }): string {
  const text = formula.slice(ref.from, ref.to);
  const bang = text.lastIndexOf("!");
  const prefix = rows.sheetPrefix ?? (ref.sheet !== null ? text.slice(0, bang + 1) : "");
  const body = ref.sheet !== null ? text.slice(bang + 1) : text;
  const ends = [
    { row: rows.first, anchored: ref.first.anchored },
    { row: rows.last, anchored: ref.last.anchored },
  ].sort((a, b) => a.row - b.row);
  const at = (end: RowEnd) => `${end.anchored ? "$" : ""}${end.row + 1}`;
  if (ref.kind === "rows") return `${prefix}${at(ends[0])}:${at(ends[1])}`;
  const columns = body.split(":").map((cell) => /^\$?[A-Za-z]{1,3}/.exec(cell)?.[0] ?? "");
  return ref.kind === "cell" ? `${prefix}${columns[0]}${at(ends[0])}` : `${prefix}${columns[0]}${at(ends[0])}:${columns[1]}${at(ends[1])}`;
}

/**
 * The formula with every A1 reference passed through `rewrite`: new rows (columns and anchors kept),
 * or `#REF!` when it returns null or rows outside the sheet, as Excel writes a reference whose
 * cells are gone. `references` are the formula's own, when already found (a formula copied to
 * many rows is scanned once).
 *
 * @example rewriteRowReferences("=SUM(C5:C5)", (r) => ({ first: r.first.row, last: r.last.row + 2 })) // "=SUM(C5:C7)"
 */
export function rewriteRowReferences(formula: string, rewrite: (ref: A1Reference) => RowRewrite, references: readonly A1Reference[] = findReferences(formula)): string {
  let out = "";
  let last = 0;
  for (const ref of references) {
    const rows = rewrite(ref);
    const valid = rows !== null && [rows.first, rows.last].every((row) => row >= 0 && row <= MAX_ROW_INDEX);
    out += formula.slice(last, ref.from) + (valid ? rewriteText(formula, ref, rows) : "#REF!");
    last = ref.to;
  }
  return out + formula.slice(last);
}
