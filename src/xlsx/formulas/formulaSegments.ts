/**
 * Splits a formula into the parts a rewrite must treat differently: string literals and quoted sheet
 * names are never touched, bracket groups (structured references, external books) hold names, not
 * calls, and only the plain text between them holds function names and operators.
 */

export type SegmentKind = "text" | "string" | "sheet" | "bracket";

export interface FormulaSegment {
  kind: SegmentKind;
  text: string;
}

/** Index just past a quoted run opened at `start`; a doubled quote is an escaped quote, not the end. */
function endOfQuoted(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return formula.length;
}

/** Index just past the bracket group opened at `start`; inside it an apostrophe escapes the next character. */
function endOfBracket(formula: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") i += 2;
    else {
      if (ch === "[") depth += 1;
      else if (ch === "]") depth -= 1;
      i += 1;
      if (depth === 0) return i;
    }
  }
  return formula.length;
}

const OPENERS: Record<string, SegmentKind> = { '"': "string", "'": "sheet", "[": "bracket" };

/**
 * The formula's segments in order; joining their text gives the formula back unchanged. An
 * unterminated literal or bracket runs to the end (the formula is broken either way, and a rewrite
 * must not make it worse).
 *
 * @example
 * formulaSegments(`IF(A1="x",'My Sheet'!B2,T[amount])`).map((s) => s.kind)
 * // ["text", "string", "text", "sheet", "text", "bracket", "text"]
 */
export function formulaSegments(formula: string): FormulaSegment[] {
  const segments: FormulaSegment[] = [];
  let textStart = 0;
  let i = 0;
  while (i < formula.length) {
    const kind = OPENERS[formula[i]];
    if (!kind) {
      i += 1;
      continue;
    }
    if (i > textStart) segments.push({ kind: "text", text: formula.slice(textStart, i) });
    const end = kind === "bracket" ? endOfBracket(formula, i) : endOfQuoted(formula, i, formula[i]);
    segments.push({ kind, text: formula.slice(i, end) });
    i = end;
    textStart = end;
  }
  if (textStart < formula.length) segments.push({ kind: "text", text: formula.slice(textStart) });
  return segments;
}
