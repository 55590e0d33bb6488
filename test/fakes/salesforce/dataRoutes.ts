/**
 * The REST resources under /services/data/vXX.X: query and queryAll with paging through query
 * locators, the next-page resource, limits, the resource list and the version list.
 */
import type { FakeClock } from "./clock";
import type { CursorStore } from "./cursors";
import { json, sfError, type Reply } from "./http";
import type { Schema } from "./schema";
import { compileSoql } from "./soql/compile";
import { SoqlError } from "./soql/errors";
import { runQuery } from "./soql/execute";
import { projector, type Projector } from "./soql/project";
import type { RecordStore, StoredRecord } from "./store";

export interface DataContext {
  schema: Schema;
  store: RecordStore;
  cursors: CursorStore;
  clock: FakeClock;
  apiUsage: { used: number; max: number };
  /** The page size the server uses for a requested batch size (already clamped to 200–2,000). */
  batchSize?: (requested: number) => number;
}

const DEFAULT_BATCH = 2000;

/** `Sforce-Query-Options: batchSize=N` is a hint: Salesforce keeps it within 200–2,000 (default 2,000). */
export function batchSizeOf(header: string | string[] | undefined, ctx: DataContext, fallback = DEFAULT_BATCH): number {
  const text = Array.isArray(header) ? header.join(",") : (header ?? "");
  const match = /(?:^|[,;\s])batchSize\s*=\s*(\d+)/i.exec(text);
  const requested = match ? Math.min(2000, Math.max(200, Number(match[1]))) : fallback;
  return Math.max(1, Math.floor(ctx.batchSize ? ctx.batchSize(requested) : requested));
}

export function query(ctx: DataContext, version: string, url: URL, queryOptions: string | string[] | undefined, includeDeleted: boolean): Reply {
  const soql = url.searchParams.get("q");
  if (soql === null || soql.trim() === "") return sfError(400, "MALFORMED_QUERY", "A query string has to be specified");
  const lookup = (id: string): StoredRecord | undefined => ctx.store.get(id);
  let compiled;
  try {
    compiled = compileSoql(soql, { schema: ctx.schema, lookup, nowMs: ctx.clock.now() });
  } catch (error) {
    if (error instanceof SoqlError) return sfError(error.status, error.errorCode, error.message);
    throw error;
  }
  const rows = runQuery(compiled, ctx.store.all(compiled.object.def.name), includeDeleted);
  if (compiled.countOnly) return json(200, { totalSize: rows.length, done: true, records: [] });
  const project = projector(compiled.object, compiled.select, version, lookup);
  const batch = batchSizeOf(queryOptions, ctx);
  if (rows.length <= batch) return json(200, { totalSize: rows.length, done: true, records: rows.map(project) });
  const cursor = ctx.cursors.create(rows, project, batch);
  return page(cursor.id, rows, project, 0, batch, version);
}

/** GET /services/data/vXX.X/query/01g…-2000: the batch of a locator from that row on. */
export function nextPage(ctx: DataContext, version: string, locator: string, queryOptions: string | string[] | undefined): Reply {
  const match = /^(01g[A-Za-z0-9]{12,15})-(\d+)$/.exec(locator);
  const cursor = match ? ctx.cursors.use(match[1]) : undefined;
  const offset = match ? Number(match[2]) : NaN;
  if (!cursor || !(offset >= 0 && offset < cursor.rows.length)) return sfError(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
  const batch = queryOptions === undefined ? cursor.batchSize : batchSizeOf(queryOptions, ctx, cursor.batchSize);
  return page(cursor.id, cursor.rows, cursor.project, offset, batch, version);
}

function page(id: string, rows: readonly StoredRecord[], project: Projector, offset: number, batch: number, version: string): Reply {
  const end = Math.min(rows.length, offset + batch);
  const done = end >= rows.length;
  const records = rows.slice(offset, end).map(project);
  return json(200, {
    totalSize: rows.length,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/v${version}/query/${id}-${end}` }),
    records,
  });
}

export function limits(ctx: DataContext): Reply {
  const { used, max } = ctx.apiUsage;
  return json(200, {
    DailyApiRequests: { Max: max, Remaining: Math.max(0, max - used) },
    DailyBulkV2QueryJobs: { Max: 10000, Remaining: 10000 },
    DataStorageMB: { Max: 1024, Remaining: 1024 },
  });
}

/** Release names by API version: v50.0 was Winter '21, then Spring, Summer, Winter… */
export function releaseLabel(version: string): string {
  const k = Math.floor(Number(version)) - 50;
  const season = ["Winter", "Spring", "Summer"][((k % 3) + 3) % 3];
  return `${season} '${21 + Math.floor(k / 3)}`;
}

export function versionList(versions: readonly string[]): Reply {
  return json(
    200,
    versions.map((version) => ({ label: releaseLabel(version), url: `/services/data/v${version}`, version })),
  );
}

export function resources(version: string): Reply {
  const base = `/services/data/v${version}`;
  return json(200, { limits: `${base}/limits`, query: `${base}/query`, queryAll: `${base}/queryAll`, sobjects: `${base}/sobjects` });
}
