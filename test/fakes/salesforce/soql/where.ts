/**
 * WHERE clauses. The parser gives a right-leaning chain of conditions with parenthesis counts on
 * them; this rebuilds the tree with SOQL's rules (NOT binds to the next condition or group, and
 * AND and OR may not be mixed at one level without parentheses) and compiles it into a predicate.
 */
import type { FieldDef } from "../schema";
import type { StoredRecord, StoredValue } from "../store";
import { locate, located, malformed, SoqlError, unsupported } from "./errors";
import { isText, type LiteralContext, type Operand, toOperand, toPattern } from "./literals";

export type Getter = (record: StoredRecord) => StoredValue;
export type Predicate = (record: StoredRecord) => boolean;
export interface ResolvedPath {
  field: FieldDef;
  get: Getter;
}
/** Resolves a field path of the query's object (throws the Salesforce error for an unknown one). */
export type PathResolver = (path: string, offset: number) => ResolvedPath;

interface RawCondition {
  field?: string;
  fn?: { rawValue?: string; functionName?: string };
  operator?: string;
  value?: string | string[];
  literalType?: string | string[];
  dateLiteralVariable?: number | Array<number | null>;
  valueQuery?: unknown;
  openParen?: number;
  closeParen?: number;
}
export interface RawWhere {
  left?: RawCondition | null;
  operator?: string;
  right?: RawWhere;
}

type Token = { t: "(" | ")" | "NOT" | "AND" | "OR" } | { t: "cond"; c: RawCondition };
type Node = { op: "AND" | "OR"; parts: Node[] } | { op: "NOT"; part: Node } | { op: "cond"; c: RawCondition };

function flatten(where: RawWhere | undefined, out: Token[]): Token[] {
  for (let node = where; node; node = node.right) {
    const left = node.left;
    const operator = node.operator?.toUpperCase();
    for (let i = 0; i < (left?.openParen ?? 0); i++) out.push({ t: "(" });
    if (operator === "NOT") {
      out.push({ t: "NOT" });
      continue;
    }
    if (left && (left.field !== undefined || left.fn !== undefined)) out.push({ t: "cond", c: left });
    for (let i = 0; i < (left?.closeParen ?? 0); i++) out.push({ t: ")" });
    if (operator === "AND" || operator === "OR") out.push({ t: operator });
  }
  return out;
}

function buildTree(tokens: Token[], query: string, whereOffset: number): Node {
  let pos = 0;
  const fail = (text: string): never => {
    throw malformed(query, whereOffset, text);
  };
  const unary = (): Node => {
    const token = tokens[pos++];
    if (!token) return fail("unexpected token: <EOF>");
    if (token.t === "NOT") return { op: "NOT", part: unary() };
    if (token.t === "(") {
      const inner = expression();
      if (tokens[pos++]?.t !== ")") fail("unexpected token: missing ')'");
      return inner;
    }
    if (token.t === "cond") return { op: "cond", c: token.c };
    return fail(`unexpected token: '${token.t}'`);
  };
  const expression = (): Node => {
    const parts = [unary()];
    let op: "AND" | "OR" | undefined;
    for (let next = tokens[pos]; next && (next.t === "AND" || next.t === "OR"); next = tokens[pos]) {
      if (op && next.t !== op) throw malformed(query, locate(query, next.t, whereOffset), `unexpected token: ${next.t}`);
      op = next.t;
      pos++;
      parts.push(unary());
    }
    return op ? { op, parts } : parts[0];
  };
  const tree = expression();
  if (pos < tokens.length) fail(`unexpected token: '${tokens[pos].t}'`);
  return tree;
}

/** The predicate of a WHERE clause. */
export function compileWhere(where: RawWhere, query: string, resolve: PathResolver, nowMs: number): Predicate {
  const whereOffset = Math.max(0, query.search(/\bWHERE\b/i));
  const compile = (node: Node): Predicate => {
    if (node.op === "cond") return compileCondition(node.c, query, whereOffset, resolve, nowMs);
    if (node.op === "NOT") {
      const inner = compile(node.part);
      return (r) => !inner(r);
    }
    const parts = node.parts.map(compile);
    return node.op === "AND" ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
  };
  return compile(buildTree(flatten(where, []), query, whereOffset));
}

function equals(value: StoredValue, operand: Operand): boolean {
  if (operand.kind === "null") return value === null;
  if (value === null) return false;
  if (operand.kind === "value") return value === operand.value;
  if (operand.kind === "range") return value >= operand.start && value < operand.end;
  return false;
}

function compileCondition(c: RawCondition, query: string, whereOffset: number, resolve: PathResolver, nowMs: number): Predicate {
  const offset = c.field ? locate(query, c.field, whereOffset) : whereOffset;
  try {
    return conditionPredicate(c, query, offset, resolve, nowMs);
  } catch (error) {
    // Type errors of literals are raised without a place; Salesforce points at the condition.
    if (error instanceof SoqlError && !error.message.startsWith("\n")) throw new SoqlError(error.errorCode, located(query, offset, error.message), error.status);
    throw error;
  }
}

function conditionPredicate(c: RawCondition, query: string, offset: number, resolve: PathResolver, nowMs: number): Predicate {
  if (c.fn) throw unsupported(query, offset, `The function ${c.fn.rawValue ?? c.fn.functionName} in WHERE`);
  if (c.valueQuery) throw unsupported(query, offset, "A semi-join subquery (IN (SELECT …))");
  const { field, get } = resolve(c.field as string, offset);
  const ctx: LiteralContext = { query, offset, nowMs };
  const read: Getter = isText(field) ? (r) => lower(get(r)) : get;
  const operator = (c.operator ?? "").toUpperCase();
  const values = Array.isArray(c.value) ? c.value : [c.value ?? ""];
  const typeAt = (i: number): string => (Array.isArray(c.literalType) ? c.literalType[i] : (c.literalType ?? "STRING"));
  const varAt = (i: number): number | undefined => {
    const v = Array.isArray(c.dateLiteralVariable) ? c.dateLiteralVariable[i] : c.dateLiteralVariable;
    return v ?? undefined;
  };

  if (operator === "IN" || operator === "NOT IN") {
    const operands = values.map((raw, i) => toOperand(field, raw, typeAt(i), ctx, varAt(i)));
    const inList: Predicate = (r) => {
      const value = read(r);
      return operands.some((o) => equals(value, o));
    };
    return operator === "IN" ? inList : (r) => !inList(r);
  }
  if (operator === "INCLUDES" || operator === "EXCLUDES") throw unsupported(query, offset, `${operator} (multi-select picklists)`);
  if (operator === "LIKE") {
    const pattern = toPattern(field, values[0], typeAt(0));
    const regex = pattern.kind === "pattern" ? pattern.regex : /$^/;
    return (r) => {
      const value = get(r);
      return value !== null && regex.test(String(value));
    };
  }
  const operand = toOperand(field, values[0], typeAt(0), ctx, varAt(0));
  switch (operator) {
    case "=":
      return (r) => equals(read(r), operand);
    case "!=":
    case "<>":
      // Unlike SQL, SOQL's != keeps the records whose field is null.
      return (r) => !equals(read(r), operand);
    case "<":
    case "<=":
    case ">":
    case ">=":
      return ordered(operator, operand, read);
    default:
      throw malformed(query, offset, `unexpected token: '${c.operator}'`);
  }
}

function ordered(operator: "<" | "<=" | ">" | ">=", operand: Operand, read: Getter): Predicate {
  if (operand.kind === "value") {
    const v = operand.value;
    if (operator === "<") return (r) => nonNull(read(r), (x) => x < v);
    if (operator === "<=") return (r) => nonNull(read(r), (x) => x <= v);
    if (operator === ">") return (r) => nonNull(read(r), (x) => x > v);
    return (r) => nonNull(read(r), (x) => x >= v);
  }
  if (operand.kind === "range") {
    // A date literal is a range: "< THIS_MONTH" is before its first day, "> THIS_MONTH" after its last.
    const { start, end } = operand;
    if (operator === "<") return (r) => nonNull(read(r), (x) => x < start);
    if (operator === "<=") return (r) => nonNull(read(r), (x) => x < end);
    if (operator === ">") return (r) => nonNull(read(r), (x) => x >= end);
    return (r) => nonNull(read(r), (x) => x >= start);
  }
  return () => false;
}

const nonNull = (value: StoredValue, test: (x: string | number | boolean) => boolean): boolean => value !== null && test(value);
const lower = (value: StoredValue): StoredValue => (typeof value === "string" ? value.toLowerCase() : value);
