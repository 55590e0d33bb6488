/**
 * startFakeSalesforce: an HTTP server on 127.0.0.1 that answers like an org's REST API and OAuth
 * endpoints. Every request is logged, counted, checked for a pending fault, routed, and its reply
 * sent (or cut short by a drop fault) with CORS headers for allowed origins and Sforce-Limit-Info.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { manualClock, systemClock, type FakeClock } from "./clock";
import { corsHeaders, preflight } from "./cors";
import { CursorStore } from "./cursors";
import { FaultQueue, type Fault } from "./faults";
import { readBody, sfError, type Reply } from "./http";
import { makeId } from "./ids";
import { OAuthState, type IssueTokenParams, type TokenResponse } from "./oauth";
import { route, classify, type RouteContext } from "./routes";
import { Schema } from "./schema";
import { SEED_CUSTOM_FIELDS, seedSmallOrg, type SeedSummary } from "./seed";
import { generateOpportunities } from "./generate";
import { RecordStore } from "./store";
import type { FakeSalesforce, FakeSalesforceOptions, RequestLogEntry } from "./types";

export const DEFAULT_API_VERSIONS = Array.from({ length: 15 }, (_, i) => `${50 + i}.0`);

function mergeCustomFields(options: FakeSalesforceOptions, seeded: boolean): FakeSalesforceOptions["customFields"] {
  const merged: NonNullable<FakeSalesforceOptions["customFields"]> = {};
  for (const source of [seeded ? SEED_CUSTOM_FIELDS : {}, options.customFields ?? {}]) {
    for (const [object, fields] of Object.entries(source)) {
      const key = object as keyof typeof merged;
      merged[key] = [...(merged[key] ?? []), ...(fields ?? [])];
    }
  }
  return merged;
}

const INTERESTING_HEADERS = ["authorization", "origin", "sforce-query-options", "content-type", "access-control-request-method", "access-control-request-headers"];

export async function startFakeSalesforce(options: FakeSalesforceOptions = {}): Promise<FakeSalesforce> {
  const clock: FakeClock = options.clock === "system" ? systemClock() : (options.clock ?? manualClock(options.start));
  const seeded = (options.seed ?? "small") === "small";
  const customFields = mergeCustomFields(options, seeded);
  // The store keeps every field an org of this shape could have; the query schema hides what the org has switched off.
  const store = new RecordStore(new Schema({ customFields, currencies: options.currencies }), clock, { writeTickMs: options.writeTickMs });
  const schema = new Schema({ multiCurrency: options.multiCurrency, forecasting: options.forecasting, customFields, currencies: options.currencies });
  const seed: SeedSummary | undefined = seeded ? seedSmallOrg(store) : undefined;
  if ((options.opportunities ?? 0) > 0) {
    if (!seed) throw new Error("Generated opportunities need the small seed (seed: 'small') for their owners and accounts.");
    generateOpportunities(store, options.opportunities ?? 0, { owners: seed.reps, accountIds: Object.values(seed.accounts), seed: options.generatorSeed, nowMs: clock.now() });
  }

  let instanceUrl = "";
  const oauth = new OAuthState(clock, () => instanceUrl, () => seed?.users.dana ?? makeId("005", 999_999), {
    clients: options.clients,
    accessTokenTtlMs: options.accessTokenTtlMs,
    codeTtlMs: options.codeTtlMs,
  });
  const faults = new FaultQueue();
  const requests: RequestLogEntry[] = [];
  const counters = { requests: 0, apiRequests: 0 };
  const apiUsage = { used: options.apiUsage ?? 0, max: options.dailyApiLimit ?? 100_000 };
  const cursors = new CursorStore(clock, { ttlMs: options.locatorTtlMs, maxOpen: options.maxOpenLocators });
  const versions = options.apiVersions ?? DEFAULT_API_VERSIONS;
  const corsOrigins = options.corsOrigins ?? [];
  const ctx: RouteContext = { schema, store, cursors, clock, apiUsage, oauth, versions, batchSize: options.batchSize, counters };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const n = ++counters.requests;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const kind = method === "OPTIONS" ? "preflight" : classify(url);
    const headers: Record<string, string> = {};
    for (const name of INTERESTING_HEADERS) if (typeof req.headers[name] === "string") headers[name] = req.headers[name] as string;
    const entry: RequestLogEntry = { n, method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, kind };
    requests.push(entry);
    const body = method === "POST" ? await readBody(req) : "";

    let reply: Reply;
    let drop: Extract<Fault, { kind: "drop" }>["at"] | undefined;
    if (kind === "preflight") {
      reply = preflight(req, corsOrigins);
    } else {
      const fault = faults.take(kind, n, url.pathname);
      entry.fault = fault?.kind;
      if (fault?.kind === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms));
      if (fault?.kind === "drop") drop = fault.at ?? "midBody";
      if (fault?.kind === "staleLocator") cursors.expire(/\/(01g[A-Za-z0-9]+)-\d+$/.exec(url.pathname)?.[1] ?? "");
      reply = faultReply(fault, req, oauth) ?? route(ctx, method, url, req.headers, body);
      reply.headers = { ...reply.headers, ...corsHeaders(req, corsOrigins), "Sforce-Limit-Info": `api-usage=${apiUsage.used}/${apiUsage.max}` };
    }
    entry.status = reply.status;
    send(res, reply, drop);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const reply = sfError(500, "UNKNOWN_EXCEPTION", `The fake Salesforce failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) send(res, reply);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  instanceUrl = `http://127.0.0.1:${port}`;
  const initial = oauth.issueToken({ accessToken: options.token });

  return {
    url: instanceUrl,
    port,
    apiVersion: versions[versions.length - 1],
    versions,
    token: initial.access_token,
    tokenResponse: initial,
    clock,
    schema,
    store,
    oauth,
    faults,
    requests,
    seed,
    stats: {
      get requests() {
        return counters.requests;
      },
      get apiRequests() {
        return counters.apiRequests;
      },
      get apiUsage() {
        return apiUsage.used;
      },
      get apiLimit() {
        return apiUsage.max;
      },
    },
    setApiUsage: (used: number) => {
      apiUsage.used = used;
    },
    issueToken: (params?: IssueTokenParams): TokenResponse => oauth.issueToken(params),
    expireLocators: (id?: string) => cursors.expire(id),
    get openLocators() {
      return cursors.size;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function bearer(req: IncomingMessage): string {
  return /^(?:Bearer|OAuth)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim() ?? "";
}

function faultReply(fault: Fault | undefined, req: IncomingMessage, oauth: OAuthState): Reply | undefined {
  switch (fault?.kind) {
    case "expiredSession":
      if (fault.revoke) oauth.expireAccessTokens(bearer(req));
      return { ...sfError(401, "INVALID_SESSION_ID", "Session expired or invalid"), headers: { "Content-Type": "application/json;charset=UTF-8", "WWW-Authenticate": "Token" } };
    case "requestLimit":
      return sfError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    case "serverError":
      return (fault.status ?? 500) === 500
        ? sfError(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)")
        : sfError(fault.status ?? 503, "SERVER_UNAVAILABLE", "Server temporarily unavailable. Please try again later.");
    default:
      return undefined;
  }
}

function send(res: ServerResponse, reply: Reply, drop?: "beforeHeaders" | "afterHeaders" | "midBody"): void {
  if (drop === "beforeHeaders") {
    res.socket?.destroy();
    return;
  }
  const body = Buffer.from(reply.body, "utf8");
  res.writeHead(reply.status, { ...reply.headers, "Content-Length": String(body.length) });
  if (drop === undefined) {
    res.end(body);
    return;
  }
  if (drop === "midBody") res.write(body.subarray(0, Math.floor(body.length / 2)));
  else res.flushHeaders();
  // Let the bytes written so far reach the client, then cut the connection.
  setTimeout(() => res.socket?.destroy(), 20);
}
