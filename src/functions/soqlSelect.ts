/*
 * What SALESOPS.SOQL needs to know about the query text to lay out its spill: the SELECT list's
 * columns, each with where its value sits in a record Salesforce returns. A light scan (quotes and
 * parentheses respected), not a SOQL parser: Salesforce parses and refuses the query itself, with a
 * message the cell then shows.
 */

/** One column of the spill. */
export type SelectColumn =
  /** A field or relationship path (`Owner.Name`); `alias` in an aggregate query (`StageName s`). */
  | { kind: "path"; text: string; segments: string[]; alias: string | null }
  /** An aggregate or a function: Salesforce names an unaliased aggregate `expr0`, `expr1`…; toLabel(X) keeps X's name. */
  | { kind: "function"; text: string; key: string }
  /** A child subquery `(SELECT … FROM Contacts)`: the column shows how many child records each record has. */
  | { kind: "children"; text: string; relationship: string }
  /** FIELDS(ALL|STANDARD|CUSTOM) or TYPEOF: the columns are whatever fields the records carry. */
  | { kind: "dynamic"; text: string };

export interface SoqlSelect {
  columns: SelectColumn[];
  /** `SELECT COUNT() FROM …`: no records come back, only totalSize. */
  countOnly: boolean;
}

const AGGREGATES = new Set(["avg", "count", "count_distinct", "min", "max", "sum"]);

/**
 * Walks `text` skipping quoted strings, calling `visit` with each index outside them and the
 * parenthesis depth there; stops at the first index `visit` returns true for, and returns it (or -1).
 */
function scanOutsideQuotes(text: string, visit: (index: number, depth: number) => boolean): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i += 1;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (visit(i, depth)) return i;
  }
  return -1;
}

/** Splits `text` at `separator` characters outside quotes and parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanOutsideQuotes(text, (i, depth) => {
    if (text[i] === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/** Where the top-level FROM starts, or -1. */
function topLevelFrom(text: string): number {
  return scanOutsideQuotes(text, (i, depth) => depth === 0 && /\s/.test(text[i - 1] ?? " ") && /^from\s/i.test(text.slice(i, i + 5)));
}

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const FUNCTION_CALL = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(([\s\S]*)\)(?:\s+([A-Za-z_][A-Za-z0-9_]*))?$/;

/**
 * The columns of a SOQL query's SELECT list, or null when the text has no `SELECT … FROM` (the cell
 * then says so before anything is sent).
 * @example parseSoqlSelect("SELECT Id, Owner.Name FROM Opportunity")?.columns.map((c) => c.text) // ["Id", "Owner.Name"]
 */
export function parseSoqlSelect(soql: string): SoqlSelect | null {
  const text = soql.trim();
  const select = /^select\s/i.exec(text);
  if (!select) return null;
  const body = text.slice(select[0].length);
  const from = topLevelFrom(body);
  if (from < 0) return null;
  const items = splitTopLevel(body.slice(0, from), ",");
  if (items.length === 0) return null;
  let unaliased = 0;
  const columns = items.map((item): SelectColumn => {
    if (item.startsWith("(")) {
      const relationship = /\bfrom\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(item)?.[1] ?? item;
      return { kind: "children", text: relationship, relationship };
    }
    if (/^typeof\s/i.test(item)) return { kind: "dynamic", text: item };
    const call = FUNCTION_CALL.exec(item);
    if (call) {
      const [, name, argument, alias] = call;
      const lower = name.toLowerCase();
      if (lower === "fields") return { kind: "dynamic", text: item };
      const written = alias ? item.slice(0, item.length - alias.length).trim() : item;
      if (AGGREGATES.has(lower)) {
        const key = alias ?? `expr${unaliased++}`;
        return { kind: "function", text: alias ?? written, key };
      }
      // toLabel(StageName), FORMAT(Amount), convertCurrency(Amount): the value comes under the field's name.
      const inner = argument.trim();
      return { kind: "function", text: alias ?? written, key: alias ?? inner.split(".").pop() ?? inner };
    }
    const [path, alias] = item.split(/\s+/);
    if (PATH.test(path)) return { kind: "path", text: alias ?? path, segments: path.split("."), alias: alias ?? null };
    return { kind: "function", text: item, key: item };
  });
  const countOnly = columns.length === 1 && columns[0].kind === "function" && /^count\s*\(\s*\)$/i.test(columns[0].text);
  return { columns, countOnly };
}
