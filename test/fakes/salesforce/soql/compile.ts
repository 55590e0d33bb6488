/**
 * A SOQL query, parsed by @jetstreamapp/soql-parser-js, checked against the org's schema and turned
 * into what the executor needs: the object, the resolved field paths, a predicate, sort keys and
 * LIMIT/OFFSET. Whatever the fake does not evaluate is refused with MALFORMED_QUERY naming the part.
 */
import { parseQuery, type FieldType as ParsedField, type Query } from "@jetstreamapp/soql-parser-js";
import type { FieldDef, ObjectInfo, Schema } from "../schema";
import type { StoredRecord, StoredValue } from "../store";
import { badRelationship, fromParserError, locate, malformed, noSuchColumn, SoqlError, unknownType, unsupported } from "./errors";
import { isText } from "./literals";
import { compileWhere, type Getter, type Predicate, type RawWhere, type ResolvedPath } from "./where";

export interface SelectedPath {
  /** The lookup fields walked, in order (empty for a field of the object itself). */
  hops: FieldDef[];
  /** The object at each step: the queried object first. */
  objects: ObjectInfo[];
  field: FieldDef;
}

export interface SortKey {
  get: Getter;
  text: boolean;
  desc: boolean;
  nullsLast: boolean;
}

export interface CompiledQuery {
  object: ObjectInfo;
  /** `SELECT COUNT() FROM …`: only totalSize is returned. */
  countOnly: boolean;
  select: SelectedPath[];
  where?: Predicate;
  order: SortKey[];
  limit?: number;
  offset?: number;
}

export interface CompileEnv {
  schema: Schema;
  /** The current version of a record by id, for walking lookups. */
  lookup: (id: string) => StoredRecord | undefined;
  nowMs: number;
}

/** Clauses the fake refuses, by the parser's property name. WITH SECURITY_ENFORCED and USER_MODE are accepted: every field is visible. */
const UNSUPPORTED_CLAUSES: Array<[keyof Query, string, RegExp]> = [
  ["groupBy", "GROUP BY", /\bGROUP\s+BY\b/i],
  ["having", "HAVING", /\bHAVING\b/i],
  ["withDataCategory", "WITH DATA CATEGORY", /\bWITH\s+DATA\b/i],
  ["for", "FOR VIEW/REFERENCE/UPDATE", /\bFOR\b/i],
  ["update", "UPDATE TRACKING/VIEWSTAT", /\bUPDATE\b/i],
  ["usingScope", "USING SCOPE", /\bUSING\b/i],
];

export function compileSoql(query: string, env: CompileEnv): CompiledQuery {
  let parsed: Query;
  try {
    parsed = parseQuery(query);
  } catch (error) {
    throw fromParserError(query, error);
  }
  const fromOffset = Math.max(0, query.search(/\bFROM\b/i));
  const objectOffset = locate(query, parsed.sObject ?? "", fromOffset);
  if ((parsed as Query & { sObjectPrefix?: string[] }).sObjectPrefix?.length) throw unsupported(query, objectOffset, "A namespaced FROM");
  const object = env.schema.object(parsed.sObject ?? "");
  if (!object) throw unknownType(query, objectOffset, parsed.sObject ?? "");
  for (const [key, label, pattern] of UNSUPPORTED_CLAUSES) {
    if (parsed[key] !== undefined) throw unsupported(query, Math.max(0, query.search(pattern)), label);
  }

  const resolve = pathResolver(query, object, env, parsed.sObjectAlias);
  const { select, countOnly } = compileSelect(query, parsed.fields ?? [], resolve);
  const where = parsed.where ? compileWhere(parsed.where as RawWhere, query, (path, offset) => resolve(path, offset), env.nowMs) : undefined;

  const orderOffset = Math.max(0, query.search(/\bORDER\s+BY\b/i));
  const order: SortKey[] = (parsed.orderBy ? (Array.isArray(parsed.orderBy) ? parsed.orderBy : [parsed.orderBy]) : []).map((clause) => {
    if (!("field" in clause) || !clause.field) throw unsupported(query, orderOffset, "ORDER BY a function");
    const path = resolve(clause.field, locate(query, clause.field, orderOffset));
    return { get: path.get, text: isText(path.field), desc: clause.order === "DESC", nullsLast: clause.nulls === "LAST" };
  });

  if (parsed.offset !== undefined && parsed.offset > 2000) {
    throw new SoqlError("NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");
  }
  return { object, countOnly, select, where, order, limit: parsed.limit, offset: parsed.offset };
}

type Resolver = (path: string, offset: number) => ResolvedPath & SelectedPath;

function pathResolver(query: string, object: ObjectInfo, env: CompileEnv, alias?: string): Resolver {
  return (path, offset) => {
    let segments = path.split(".");
    const first = segments[0].toLowerCase();
    if (segments.length > 1 && (first === object.def.name.toLowerCase() || first === alias?.toLowerCase())) segments = segments.slice(1);
    const hops: FieldDef[] = [];
    const objects = [object];
    let current = object;
    for (const segment of segments.slice(0, -1)) {
      const hop = current.relationships.get(segment.toLowerCase());
      const target = hop?.referenceTo ? env.schema.object(hop.referenceTo) : undefined;
      if (!hop || !target) throw badRelationship(query, offset, segment);
      hops.push(hop);
      objects.push(target);
      current = target;
    }
    const name = segments[segments.length - 1];
    const field = current.fields.get(name.toLowerCase());
    if (!field) throw noSuchColumn(query, offset, name, current.def.name);
    return { hops, objects, field, get: getter(hops, field, env.lookup) };
  };
}

function getter(hops: FieldDef[], field: FieldDef, lookup: CompileEnv["lookup"]): Getter {
  if (hops.length === 0) return (r) => r[field.name] ?? null;
  return (r) => {
    let record: StoredRecord | undefined = r;
    for (const hop of hops) {
      const id: StoredValue = record[hop.name];
      record = typeof id === "string" ? lookup(id) : undefined;
      // A lookup to a record in the recycle bin reads as empty.
      if (!record || record.IsDeleted) return null;
    }
    return record[field.name] ?? null;
  };
}

function compileSelect(query: string, fields: ParsedField[], resolve: Resolver): { select: SelectedPath[]; countOnly: boolean } {
  let cursor = Math.max(0, query.search(/\bSELECT\b/i));
  const select: SelectedPath[] = [];
  const seen = new Set<string>();
  let countOnly = false;
  for (const field of fields) {
    if (field.type === "FieldFunctionExpression") {
      const offset = locate(query, field.functionName, cursor);
      if (field.functionName.toUpperCase() === "COUNT" && (field.parameters ?? []).length === 0 && !field.alias) {
        if (fields.length > 1) throw malformed(query, offset, "COUNT() must be the only element in the SELECT list");
        countOnly = true;
        continue;
      }
      throw unsupported(query, offset, `The function ${field.rawValue ?? field.functionName}`);
    }
    if (field.type === "FieldSubquery") throw unsupported(query, locate(query, "SELECT", cursor + 1), "A child relationship subquery");
    if (field.type === "FieldTypeof") throw unsupported(query, locate(query, "TYPEOF", cursor), "TYPEOF");
    const text = field.type === "FieldRelationship" ? field.rawValue ?? [...field.relationships, field.field].join(".") : field.field;
    const offset = locate(query, text, cursor);
    cursor = offset + text.length;
    if ("alias" in field && field.alias) throw malformed(query, locate(query, field.alias, cursor), `unexpected token: '${field.alias}'`);
    const path = resolve(text, offset);
    const key = [...path.hops.map((h) => h.relationshipName), path.field.name].join(".");
    if (seen.has(key.toLowerCase())) throw new SoqlError("INVALID_FIELD", `duplicate field selected: ${key}`);
    seen.add(key.toLowerCase());
    select.push(path);
  }
  return { select, countOnly };
}
