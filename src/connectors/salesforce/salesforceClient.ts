import { z } from "zod";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff";
import type { CorsProbe } from "./corsProbe";
import { queryRestartedMessage, unexpectedResponseMessage } from "./faultMessages";
import type { ApiUsage } from "./limitInfo";
import { parseSalesforceOrigin } from "./origin";
import { queryError } from "./queryErrors";
import { RestTransport } from "./restTransport";
import { SalesforceError, SalesforceUsageError } from "./salesforceError";
import { queriedObject } from "./soqlParts";
import type { TokenSource } from "./tokenSource";

/** A record as the REST API returns it: fields by API name, relationships as nested objects (or null). */
export type SalesforceRecord = Record<string, unknown>;

export interface SalesforceClientOptions {
  /** The org's instance URL from the token response, e.g. https://acme.my.salesforce.com. */
  instanceUrl: string;
  /** REST API version as "61.0". */
  apiVersion?: string;
  tokens: TokenSource;
  /** The browser's fetch (bound to window) or Node's global fetch. */
  fetch: typeof fetch;
  /** Waits between retries; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** 0–1, for backoff jitter. */
  random?: () => number;
  /** For Retry-After dates. */
  now?: () => Date;
  /** The browser's CORS probe (see corsProbe.ts); none in Node. */
  corsProbe?: CorsProbe | null;
  retry?: Partial<RetryPolicy>;
  /** How often a query is restarted after INVALID_QUERY_LOCATOR before giving up. */
  maxQueryRestarts?: number;
}

export interface QueryOptions {
  /** queryAll: include deleted and archived records. */
  all?: boolean;
  /** Records per page, 200–2000 (Salesforce's bounds); sent as Sforce-Query-Options and only a hint to it. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Fields that come from the user's mapping, so an error about one says "in your mapping". */
  mappedFields?: readonly string[];
}

/** One page of a query. */
export interface QueryPage {
  records: SalesforceRecord[];
  /** Records the whole query matches, as Salesforce counted them on this page. */
  totalSize: number;
  /**
   * True on the first page after Salesforce lost the query's cursor (INVALID_QUERY_LOCATOR) and the
   * query was run again from the start: drop every record kept from earlier pages, or they count twice.
   */
  restarted: boolean;
}

const queryResultSchema = z.object({
  totalSize: z.number().int().nonnegative(),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  records: z.array(z.record(z.string(), z.unknown())),
});

const API_VERSION = /^\d+\.\d$/;
const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown inside queryPages when a nextRecordsUrl has expired; never leaves the client. */
class LostCursor extends Error {}

/**
 * The REST API client: SOQL queries page by page, with the faults of restTransport.ts handled and the
 * query restarted when Salesforce drops its cursor.
 * @example
 * const client = new SalesforceClient({ instanceUrl: "https://acme.my.salesforce.com", tokens: session, fetch: window.fetch.bind(window) });
 * for await (const page of client.queryPages("SELECT Id FROM Opportunity", { batchSize: 2000 })) console.log(page.records.length);
 */
export class SalesforceClient {
  readonly instanceUrl: string;
  readonly apiVersion: string;
  private readonly transport: RestTransport;
  private readonly maxRestarts: number;

  constructor(options: SalesforceClientOptions) {
    this.instanceUrl = parseSalesforceOrigin(options.instanceUrl, "instance URL");
    this.apiVersion = options.apiVersion ?? "61.0";
    if (!API_VERSION.test(this.apiVersion)) throw new SalesforceUsageError(`The Salesforce API version must look like "61.0", got "${this.apiVersion}".`);
    this.maxRestarts = options.maxQueryRestarts ?? 2;
    this.transport = new RestTransport(
      {
        fetch: options.fetch,
        sleep: options.sleep ?? realSleep,
        random: options.random ?? Math.random,
        now: options.now ?? (() => new Date()),
        tokens: options.tokens,
        corsProbe: options.corsProbe ?? null,
        retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      },
      `${this.instanceUrl}/services/data/`,
    );
  }

  /** The last Sforce-Limit-Info api-usage Salesforce reported, or null before the first answer. */
  get lastApiUsage(): ApiUsage | null {
    return this.transport.apiUsage;
  }

  /** HTTP requests sent to the REST API so far, retries included. */
  get requestCount(): number {
    return this.transport.requestCount;
  }

  /**
   * Runs a SOQL query and yields its pages, following nextRecordsUrl until Salesforce says done. When the
   * cursor is lost (INVALID_QUERY_LOCATOR) the query starts over, at most `maxQueryRestarts` times, and
   * the first page after that has `restarted: true`.
   * @example for await (const page of client.queryPages("SELECT Id FROM User", { batchSize: 500 })) ids.push(...page.records.map((r) => r.Id));
   */
  async *queryPages(soql: string, options: QueryOptions = {}): AsyncGenerator<QueryPage, void, undefined> {
    const headers: Record<string, string> = {};
    if (options.batchSize !== undefined) {
      if (!Number.isInteger(options.batchSize) || options.batchSize < 200 || options.batchSize > 2000) {
        throw new SalesforceUsageError(`The query batch size must be a whole number from 200 to 2000 (Salesforce's bounds), got ${options.batchSize}.`);
      }
      headers["Sforce-Query-Options"] = `batchSize=${options.batchSize}`;
    }
    const firstUrl = `${this.instanceUrl}/services/data/v${this.apiVersion}/${options.all ? "queryAll" : "query"}?q=${encodeURIComponent(soql)}`;
    for (let restarts = 0; ; restarts += 1) {
      try {
        yield* this.pagesFrom(firstUrl, soql, headers, options, restarts > 0);
        return;
      } catch (error) {
        if (!(error instanceof LostCursor)) throw error;
        if (restarts >= this.maxRestarts) throw new SalesforceError("query_restarted", queryRestartedMessage(queriedObject(soql), restarts), { salesforceCode: "INVALID_QUERY_LOCATOR", object: queriedObject(soql) });
      }
    }
  }

  private async *pagesFrom(firstUrl: string, soql: string, headers: Record<string, string>, options: QueryOptions, restarted: boolean): AsyncGenerator<QueryPage, void, undefined> {
    let url: string | null = firstUrl;
    let first = true;
    while (url !== null) {
      const outcome = await this.transport.get(url, headers, options.signal);
      if (!outcome.ok) {
        if (!first && outcome.errors[0]?.errorCode === "INVALID_QUERY_LOCATOR") throw new LostCursor();
        throw queryError(outcome.status, outcome.errors, soql, options.mappedFields ?? []);
      }
      const page = queryResultSchema.safeParse(outcome.body);
      if (!page.success) throw new SalesforceError("unexpected_response", unexpectedResponseMessage(`a query result without ${page.error.issues[0]?.path.join(".") || "its fields"}`));
      yield { records: page.data.records, totalSize: page.data.totalSize, restarted: first && restarted };
      first = false;
      url = page.data.done ? null : this.nextUrl(page.data.nextRecordsUrl);
    }
  }

  /**
   * The absolute URL of the next page. Salesforce gives a path (`/services/data/v61.0/query/01g…-2000`);
   * anything pointing elsewhere is refused, because the bearer token would be sent with it.
   */
  private nextUrl(next: string | undefined): string {
    if (next === undefined) throw new SalesforceError("unexpected_response", unexpectedResponseMessage("a query result not done but without nextRecordsUrl"));
    const url = new URL(next, this.instanceUrl);
    if (url.origin !== this.instanceUrl || !url.pathname.startsWith("/services/data/")) {
      throw new SalesforceError("unexpected_response", unexpectedResponseMessage(`a nextRecordsUrl outside the org's REST API: ${next}`));
    }
    return url.href;
  }
}

/** A whole query's records, and the count Salesforce gave. */
export interface CollectedQuery {
  records: SalesforceRecord[];
  totalSize: number;
}

/**
 * Reads every page of a query into one list, dropping what was kept when the query restarts, so a
 * lost cursor never counts a record twice. `onPage` sees the running count (for progress).
 * @example const { records } = await collectQuery(client, "SELECT Id, Name FROM User");
 */
export async function collectQuery(
  client: SalesforceClient,
  soql: string,
  options: QueryOptions & { onPage?: (received: number, totalSize: number) => void } = {},
): Promise<CollectedQuery> {
  let records: SalesforceRecord[] = [];
  let totalSize = 0;
  for await (const page of client.queryPages(soql, options)) {
    if (page.restarted) records = [];
    for (const record of page.records) records.push(record);
    totalSize = page.totalSize;
    options.onPage?.(records.length, totalSize);
  }
  return { records, totalSize };
}
