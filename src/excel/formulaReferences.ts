/**
 * Sheet and table names inside formulas. The writer builds each sheet under a temporary name and
 * renames it last; Excel keeps references as links and rewrites their text on a rename, so formulas
 * written against the temporary names end up naming the final ones. This module points a
 * description's formulas (written against the final names) at the temporary names, and lists the
 * sheets a defined name refers to.
 *
 * Recognised: a sheet prefix before "!" (`Data!A1`, `'QBR Summary'!$B$4`) and a table name before a
 * structured reference (`Deals[amount]`); string literals are skipped. External and 3-D references
 * are not used by the description and are left as they are.
 */

type Found = { kind: "sheet" | "table"; name: string; from: number; to: number };

const NAME_START = /[\p{L}_\\]/u;
const NAME_PART = /[\p{L}\p{N}_.\\]/u;

/** Index just past the quote that closes the quoted run starting at `open` (doubled quotes are escapes). */
function pastQuoted(text: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i += 2;
    } else i += 1;
  }
  return text.length;
}

/** Every sheet prefix and table name in the formula, in order. */
function findReferences(formula: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i = pastQuoted(formula, i, '"');
    } else if (ch === "'") {
      const end = pastQuoted(formula, i, "'");
      if (formula[end] === "!") found.push({ kind: "sheet", name: formula.slice(i + 1, end - 1).replace(/''/g, "'"), from: i, to: end + 1 });
      i = end + (formula[end] === "!" ? 1 : 0);
    } else if (NAME_START.test(ch) && (i === 0 || !(NAME_PART.test(formula[i - 1]) || formula[i - 1] === "#"))) {
      // (After "#" comes an error value such as #REF!, not a sheet name.)
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end += 1;
      if (formula[end] === "!") found.push({ kind: "sheet", name: formula.slice(i, end), from: i, to: end + 1 });
      else if (formula[end] === "[") found.push({ kind: "table", name: formula.slice(i, end), from: i, to: end });
      i = end;
    } else {
      i += 1;
    }
  }
  return found;
}

/** A sheet prefix that is always valid: quoted, with apostrophes doubled. */
export const quotedSheetPrefix = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** Renames, keyed by the lower-case old name (Excel compares names ignoring case). */
export interface ReferenceRenames {
  sheets: ReadonlyMap<string, string>;
  tables: ReadonlyMap<string, string>;
}

/**
 * The formula with its references to renamed sheets and tables pointing at the new names.
 * @example
 * renameReferences("=SUM('QBR Summary'!B2:B9)+Deals[amount]", { sheets: new Map([["qbr summary", "SalesOps new 1"]]), tables: new Map() })
 * // "=SUM('SalesOps new 1'!B2:B9)+Deals[amount]"
 */
export function renameReferences(formula: string, renames: ReferenceRenames): string {
  if (renames.sheets.size === 0 && renames.tables.size === 0) return formula;
  let out = "";
  let last = 0;
  for (const ref of findReferences(formula)) {
    const target = (ref.kind === "sheet" ? renames.sheets : renames.tables).get(ref.name.toLowerCase());
    if (target === undefined) continue;
    out += formula.slice(last, ref.from) + (ref.kind === "sheet" ? quotedSheetPrefix(target) : target);
    last = ref.to;
  }
  return out + formula.slice(last);
}

/**
 * The sheets a formula names, as written.
 * @example referencedSheets("='QBR Summary'!$B$2") // ["QBR Summary"]
 */
export function referencedSheets(formula: string): string[] {
  return findReferences(formula)
    .filter((ref) => ref.kind === "sheet")
    .map((ref) => ref.name);
}
