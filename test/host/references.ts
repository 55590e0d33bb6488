/**
 * What Excel does to formulas when the objects they name change: it stores references as links to
 * sheets and tables, so renaming a sheet or a table rewrites the text of every formula, defined name
 * and conditional format that points at it, and deleting one turns those references into #REF!.
 * The host keeps formulas as text, so it rewrites them the same way.
 *
 * Recognised: sheet prefixes (`Data!A1`, `'QBR Summary'!B4`) and table names before a structured
 * reference (`Deals[amount]`, `Deals[[#This Row],[amount]]`); text inside string literals is left alone.
 */
import { CELL_LIKE } from "./a1";
import type { WorkbookModel } from "./model";

type Token = { kind: "sheet"; name: string; end: number } | { kind: "table"; name: string; end: number };

const IDENT_START = /[A-Za-z_\\\p{L}]/u;
const IDENT_PART = /[A-Za-z0-9_.\\\p{L}]/u;

/** The end (exclusive) of a bracketed structured reference starting at `start` ("["), nesting included. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "'" && i + 1 < text.length) i += 1; // an escaped character inside a column name
    else if (text[i] === "[") depth += 1;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Rewrites the sheet and table tokens of `formula` with `replace` (return null to keep a token). */
function rewrite(formula: string, replace: (token: Token, original: string) => string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let token: Token | null = null;
    if (c === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      if (formula[j + 1] === "!") token = { kind: "sheet", name: formula.slice(i + 1, j).replace(/''/g, "'"), end: j + 2 };
    } else if (IDENT_START.test(c) && (i === 0 || !IDENT_PART.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < formula.length && IDENT_PART.test(formula[j])) j += 1;
      if (formula[j] === "!") token = { kind: "sheet", name: formula.slice(i, j), end: j + 1 };
      else if (formula[j] === "[") token = { kind: "table", name: formula.slice(i, j), end: bracketEnd(formula, j) };
    }
    if (token) {
      const original = formula.slice(i, token.end);
      out += replace(token, original) ?? original;
      i = token.end;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** How Excel writes a sheet prefix: quoted unless the name is a plain identifier that can't read as a cell. */
export function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL_LIKE.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function renameSheetIn(formula: string, from: string, to: string): string {
  return rewrite(formula, (token) => (token.kind === "sheet" && same(token.name, from) ? sheetPrefix(to) : null));
}

export function breakSheetIn(formula: string, name: string): string {
  return rewrite(formula, (token) => (token.kind === "sheet" && same(token.name, name) ? "#REF!" : null));
}

export function renameTableIn(formula: string, from: string, to: string): string {
  return rewrite(formula, (token, original) => (token.kind === "table" && same(token.name, from) ? `${to}${original.slice(token.name.length)}` : null));
}

export function breakTableIn(formula: string, name: string): string {
  return rewrite(formula, (token) => (token.kind === "table" && same(token.name, name) ? "#REF!" : null));
}

/**
 * Applies `change` to every formula in the workbook that mentions `name`: cell formulas, defined
 * names, conditional format rules and chart sources.
 */
export function updateFormulas(model: WorkbookModel, name: string, change: (formula: string) => string): void {
  const lower = name.toLowerCase();
  const apply = (text: string) => (text.toLowerCase().includes(lower) ? change(text) : text);
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula !== null) cell.formula = apply(cell.formula);
    for (const format of sheet.conditionalFormats) {
      if (!format.rule) continue;
      format.rule = { ...format.rule, formula1: apply(format.rule.formula1), ...(format.rule.formula2 !== undefined ? { formula2: apply(format.rule.formula2) } : {}) };
    }
    for (const chart of sheet.charts) {
      chart.sourceAddress = apply(`=${chart.sourceAddress}`).slice(1);
      for (const series of chart.series) series.valuesAddress = apply(`=${series.valuesAddress}`).slice(1);
    }
  }
  for (const item of model.names) item.formula = apply(item.formula);
}
