/*
 * SALESOPS.SOQL: a live query of the signed-in Salesforce org, spilled as a header row and one row per
 * record. The query runs through the runner the pane registers in the shared runtime at sign-in
 * (src/app/liveQuery.ts): this code never sees the connector, a token or the network.
 */
import { getLiveQueryRunner, LiveQueryError, type LiveRecord, onLiveQueriesChanged, tooManyRowsError } from "../app/liveQuery";
import { createExcelError } from "./excelErrors";
import type { ResultStream } from "./streaming";
import { parseSoqlSelect, type SelectColumn, type SoqlSelect } from "./soqlSelect";

/** The most data rows one SOQL cell spills. Beyond it the cell asks for a narrower query. */
export const SOQL_MAX_ROWS = 50_000;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;

export const NOT_SIGNED_IN = "Not signed in to Salesforce: sign in from SalesOps → Data.";

export type SoqlCell = string | number | boolean;

// Salesforce writes datetimes as 2026-01-31T10:00:00.000+0000; the cell gets ISO 8601 in UTC.
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})$/;

function isoDateTime(text: string): string {
  const normalised = text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

/**
 * One field value as a cell: numbers stay numbers, booleans TRUE/FALSE, dates ISO text
 * (2026-01-31), datetimes ISO text in UTC (2026-01-31T10:00:00.000Z), null (and a null lookup) an
 * empty cell. Text stays text: a spilled value is never parsed, so a name such as "=1+1" is shown,
 * not calculated.
 * @example cellOf("2026-01-31T10:00:00.000+0000") // "2026-01-31T10:00:00.000Z"
 */
export function cellOf(value: unknown): SoqlCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const text = DATETIME.test(value) ? isoDateTime(value) : value;
    return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
  }
  if (typeof value === "object") {
    // A child subquery's result: how many child records.
    if ("totalSize" in value && typeof value.totalSize === "number") return value.totalSize;
    // A compound field (an address, a geolocation): its parts, as text.
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([key, part]) => key !== "attributes" && part !== null && part !== undefined && part !== "")
      .map(([, part]) => String(part));
    return cellOf(parts.join(", "));
  }
  return String(value);
}

/** The key of `record` that names `name`, ignoring case (SOQL names are case-insensitive; records use the canonical spelling). */
function keyOf(record: LiveRecord, name: string): string | undefined {
  if (name in record) return name;
  const lower = name.toLowerCase();
  return Object.keys(record).find((key) => key.toLowerCase() === lower);
}

/** A path's value in a record, following relationships; a null relationship on the way gives null. */
function valueAt(record: LiveRecord, segments: readonly string[]): { value: unknown; canonical: string[] | null } {
  let current: unknown = record;
  const canonical: string[] = [];
  for (const segment of segments) {
    if (current === null || current === undefined) return { value: null, canonical: null };
    if (typeof current !== "object") return { value: null, canonical: null };
    const key = keyOf(current as LiveRecord, segment);
    if (key === undefined) return { value: undefined, canonical: null };
    canonical.push(key);
    current = (current as LiveRecord)[key];
  }
  return { value: current, canonical };
}

/** The fields of a record as flat paths (relationships flattened: Owner.Name), for FIELDS() and TYPEOF. */
function flatPaths(record: LiveRecord, prefix = ""): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === "attributes") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const nested = value !== null && typeof value === "object" && "attributes" in value;
    if (nested) paths.push(...flatPaths(value as LiveRecord, path));
    else paths.push(path);
  }
  return paths;
}

interface Extractor {
  header: string;
  read(record: LiveRecord): SoqlCell;
}

function extractors(select: SoqlSelect, records: readonly LiveRecord[]): Extractor[] {
  const out: Extractor[] = [];
  const first = records[0];
  // FIELDS(…) next to a named path would list that path twice: the named column keeps it.
  const named = new Set(select.columns.flatMap((column) => (column.kind === "path" ? [column.segments.join(".").toLowerCase()] : [])));
  for (const column of select.columns) out.push(...columnExtractors(column, first, records, named));
  return out;
}

function columnExtractors(column: SelectColumn, first: LiveRecord | undefined, records: readonly LiveRecord[], named: ReadonlySet<string>): Extractor[] {
  switch (column.kind) {
    case "path": {
      const segments = column.alias ? [column.alias] : column.segments;
      // An aggregate query returns a grouped relationship field by its last name alone (Owner.Name → Name).
      const read = (record: LiveRecord) => {
        const found = valueAt(record, segments);
        if (found.value === undefined && segments.length > 1) return cellOf(valueAt(record, segments.slice(-1)).value);
        return cellOf(found.value);
      };
      const canonical = first && !column.alias ? records.map((record) => valueAt(record, segments).canonical).find((c) => c !== null && c.length === segments.length) : null;
      return [{ header: canonical ? canonical.join(".") : column.text, read }];
    }
    case "function":
      return [{ header: column.text, read: (record) => cellOf(valueAt(record, [column.key]).value) }];
    case "children":
      return [{ header: column.relationship, read: (record) => cellOf(valueAt(record, [column.relationship]).value ?? 0) }];
    case "dynamic": {
      const seen = new Set<string>();
      for (const record of records) for (const path of flatPaths(record)) if (!named.has(path.toLowerCase())) seen.add(path);
      return [...seen].map((path) => ({ header: path, read: (record: LiveRecord) => cellOf(valueAt(record, path.split(".")).value) }));
    }
  }
}

/**
 * The spill of a query's result: a header row of the SELECT's columns (field paths in Salesforce's
 * spelling, e.g. Id, Name, Owner.Name), then one row per record. `SELECT COUNT()` spills its count.
 * @example soqlCells("SELECT Id, Owner.Name FROM Opportunity", [{ attributes: {}, Id: "006…", Owner: null }], 1) // [["Id", "Owner.Name"], ["006…", ""]]
 */
export function soqlCells(soql: string, records: readonly LiveRecord[], totalSize: number): SoqlCell[][] {
  const select = parseSoqlSelect(soql);
  if (!select) throw new LiveQueryError("query", "query: write a SOQL query such as SELECT Id, Name FROM Account LIMIT 10.");
  if (select.countOnly) return [[select.columns[0].text], [totalSize]];
  const columns = extractors(select, records);
  const rows: SoqlCell[][] = [columns.map((column) => column.header)];
  for (const record of records) rows.push(columns.map((column) => column.read(record)));
  return rows;
}

function errorValue(error: unknown): CustomFunctions.Error {
  if (error instanceof LiveQueryError) return createExcelError(error.kind === "query" ? "invalidValue" : "notAvailable", error.message);
  if (error instanceof CustomFunctions.Error) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return createExcelError("invalidValue", `SALESOPS.SOQL failed: ${detail}`);
}

/**
 * Streams a query's result into its cell: now, and again whenever the pane signs in or out or asks
 * for a refresh. A run still going when the next starts is aborted and its answer dropped, so the
 * cell always shows the latest.
 * @example streamSoql("SELECT Id, Name FROM Account LIMIT 10", invocation)
 */
export function streamSoql(query: unknown, invocation: ResultStream<SoqlCell[][]>): void {
  const soql = typeof query === "string" ? query.trim() : "";
  let current: AbortController | null = null;
  let stopped = false;
  const publish = async (): Promise<void> => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const settle = (value: SoqlCell[][] | CustomFunctions.Error) => {
      if (!stopped && current === controller) invocation.setResult(value as SoqlCell[][]);
    };
    try {
      if (!soql) throw new LiveQueryError("query", "query: give a SOQL query as text, such as \"SELECT Id, Name FROM Account LIMIT 10\".");
      if (!parseSoqlSelect(soql)) throw new LiveQueryError("query", `query: "${soql.slice(0, 80)}" is not a SOQL query: write SELECT fields FROM object, such as SELECT Id, Name FROM Account LIMIT 10.`);
      const runner = getLiveQueryRunner();
      if (!runner) throw new LiveQueryError("signed_out", NOT_SIGNED_IN);
      const result = await runner.run(soql, { maxRows: SOQL_MAX_ROWS, signal: controller.signal });
      if (result.records.length > SOQL_MAX_ROWS) throw tooManyRowsError(Math.max(result.totalSize, result.records.length), SOQL_MAX_ROWS);
      settle(soqlCells(soql, result.records, result.totalSize));
    } catch (error) {
      if (controller.signal.aborted) return;
      settle(errorValue(error));
    }
  };
  const stop = onLiveQueriesChanged(publish);
  invocation.onCanceled = () => {
    stopped = true;
    stop();
    current?.abort();
  };
  void publish();
}
