/**
 * Turns a literal of a WHERE condition into a value comparable with a field, with the type checks
 * Salesforce makes (a quoted number for a currency field, a datetime for a date field… are errors).
 * Text compares case-insensitively, so text operands are lower-cased; ids take their 18-character form.
 */
import { normalizeId } from "../ids";
import type { FieldDef } from "../schema";
import { dateLiteralRange } from "./dateLiterals";
import { SoqlError, unsupported } from "./errors";

export type Operand =
  | { kind: "null" }
  | { kind: "value"; value: string | number | boolean }
  | { kind: "range"; start: string | number; end: string | number }
  | { kind: "pattern"; regex: RegExp };

export interface LiteralContext {
  query: string;
  /** Offset of the condition in the query, for error positions. */
  offset: number;
  nowMs: number;
}

export const isText = (field: FieldDef): boolean => ["string", "textarea", "email", "picklist"].includes(field.type);
const isNumber = (field: FieldDef): boolean => ["currency", "double", "percent", "int"].includes(field.type);

/** The characters of a quoted SOQL string, each marked when it came from an escape (`\%`, `\_` stay literal in LIKE). */
export function unquote(raw: string): Array<{ ch: string; escaped: boolean }> {
  const body = raw.slice(1, -1);
  const out: Array<{ ch: string; escaped: boolean }> = [];
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", '"': '"', "'": "'", "\\": "\\", _: "_", "%": "%" };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== "\\") {
      out.push({ ch: body[i], escaped: false });
      continue;
    }
    const next = body[++i] ?? "";
    const value = escapes[next] ?? escapes[next.toLowerCase()];
    if (value === undefined) throw new SoqlError("MALFORMED_QUERY", `Invalid string literal '${raw}'. Illegal character sequence '\\${next}' in string literal.`);
    out.push({ ch: value, escaped: true });
  }
  return out;
}

function typeError(field: FieldDef): SoqlError {
  const textual = isText(field) || field.type === "id" || field.type === "reference";
  const typeName = textual ? "string" : field.type === "datetime" ? "dateTime" : field.type === "int" ? "int" : isNumber(field) ? "double" : field.type;
  const advice = textual ? "should be enclosed in quotes" : "should not be enclosed in quotes";
  return new SoqlError("INVALID_FIELD", `value of filter criterion for field '${field.name}' must be of type ${typeName} and ${advice}`);
}

/** One literal as an operand for `field`. `literalType` is the parser's (STRING, INTEGER, DATE_LITERAL…). */
export function toOperand(field: FieldDef, raw: string, literalType: string, ctx: LiteralContext, n?: number): Operand {
  if (literalType === "NULL") return { kind: "null" };
  if (literalType === "APEX_BIND_VARIABLE") throw unsupported(ctx.query, ctx.offset, `The bind variable :${raw}`);
  if (literalType.endsWith("_WITH_CURRENCY_PREFIX")) throw unsupported(ctx.query, ctx.offset, `The currency-prefixed amount ${raw}`);
  const quoted = literalType === "STRING";

  if (isText(field) || field.type === "id" || field.type === "reference") {
    if (!quoted) throw typeError(field);
    const text = unquote(raw)
      .map((c) => c.ch)
      .join("");
    if (isText(field)) return { kind: "value", value: text.toLowerCase() };
    const id = normalizeId(text);
    if (!id) throw new SoqlError("INVALID_QUERY_FILTER_OPERATOR", `invalid ID field: ${text}`);
    return { kind: "value", value: id };
  }
  if (isNumber(field)) {
    if (literalType !== "INTEGER" && literalType !== "DECIMAL") throw typeError(field);
    return { kind: "value", value: Number(raw) };
  }
  if (field.type === "boolean") {
    if (literalType !== "BOOLEAN") throw typeError(field);
    return { kind: "value", value: raw.toUpperCase() === "TRUE" };
  }
  if (literalType === "DATE_LITERAL" || literalType === "DATE_N_LITERAL") {
    const days = dateLiteralRange(raw, ctx.nowMs, n);
    if (!days) throw unsupported(ctx.query, ctx.offset, `The date literal ${raw}`);
    if (field.type === "date") return { kind: "range", start: days.start, end: days.end };
    return { kind: "range", start: Date.parse(`${days.start}T00:00:00Z`), end: Date.parse(`${days.end}T00:00:00Z`) };
  }
  if (field.type === "date") {
    if (literalType !== "DATE") throw typeError(field);
    return { kind: "value", value: raw };
  }
  if (field.type === "datetime") {
    if (literalType !== "DATETIME") throw typeError(field);
    const ms = Date.parse(raw);
    if (!Number.isFinite(ms)) throw new SoqlError("MALFORMED_QUERY", `invalid date/time: ${raw}`);
    return { kind: "value", value: ms };
  }
  throw typeError(field);
}

/** A LIKE pattern: `%` any run, `_` one character, both literal when escaped; case-insensitive. */
export function toPattern(field: FieldDef, raw: string, literalType: string): Operand {
  if (literalType !== "STRING") throw typeError(field);
  if (!isText(field) && field.type !== "id" && field.type !== "reference") {
    throw new SoqlError("INVALID_FIELD", `invalid operator on field '${field.name}': LIKE applies to text fields only`);
  }
  const source = unquote(raw)
    .map(({ ch, escaped }) => (escaped ? ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : ch === "%" ? "[\\s\\S]*" : ch === "_" ? "[\\s\\S]" : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return { kind: "pattern", regex: new RegExp(`^${source}$`, "i") };
}
