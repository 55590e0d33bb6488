/**
 * The runs of formula text a reference scanner must step over whole: string literals and quoted
 * sheet names (a doubled quote is an escaped quote, not the end) and bracket groups — structured
 * references nest brackets, and inside them an apostrophe escapes the next character.
 */

/**
 * Index just past a quoted run opened at `start`.
 * @example pastQuoted('"a""b"+1', 0, '"') // 6
 */
export function pastQuoted(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] !== quote) i += 1;
    else if (formula[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return formula.length;
}

/**
 * Index just past the bracket group opened at `start`.
 * @example pastBracket("T[[#This Row],[x]]*2", 1) // 18
 */
export function pastBracket(formula: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") {
      i += 2;
      continue;
    }
    if (ch === "[") depth += 1;
    if (ch === "]") depth -= 1;
    i += 1;
    if (depth === 0) return i;
  }
  return formula.length;
}
