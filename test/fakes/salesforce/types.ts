/** The public shape of the fake: its options and the handle tests get back. */
import type { FakeClock } from "./clock";
import type { FaultQueue, RequestKind } from "./faults";
import type { IssueTokenParams, OAuthClient, OAuthState, TokenResponse } from "./oauth";
import type { Schema, SchemaOptions } from "./schema";
import type { SeedSummary } from "./seed";
import type { RecordStore } from "./store";

export interface FakeSalesforceOptions extends SchemaOptions {
  /** 0 (default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** `small` (default): the deterministic org of seed.ts; `empty`: no records (and no seed custom fields). */
  seed?: "small" | "empty";
  /** Generated opportunities added to the small seed (generate.ts). */
  opportunities?: number;
  generatorSeed?: number;
  /** Supported API versions, oldest first (default 50.0–64.0); others answer 404 NOT_FOUND. */
  apiVersions?: string[];
  /** Origins on the CORS allowlist (`https://*.example.com` patterns allowed). Default none. */
  corsOrigins?: string[];
  /** The org's daily API request limit (default 100,000) and how much of it is already used (default 0). */
  dailyApiLimit?: number;
  apiUsage?: number;
  /** The clock: a manual one (default, starting at `start`, 2026-06-15T12:00:00Z) or the system clock. */
  clock?: FakeClock | "system";
  start?: string;
  /** How far each store write moves the manual clock (default 1000 ms). */
  writeTickMs?: number;
  /** Query locator inactivity timeout (default 15 minutes) and open-locator cap (default none). */
  locatorTtlMs?: number;
  maxOpenLocators?: number;
  /** Access token inactivity timeout (default 2 hours) and authorization code lifetime (default 15 minutes). */
  accessTokenTtlMs?: number;
  codeTtlMs?: number;
  /** Connected apps (default one, client id SALESOPS_FAKE_CONNECTED_APP, any redirect URI, no secret). */
  clients?: OAuthClient[];
  /** The value of the access token issued at start (default a random one). */
  token?: string;
  /** The page size actually served for a requested batch size (already clamped to 200–2,000): Salesforce may serve smaller pages. */
  batchSize?: (requested: number) => number;
}

export interface RequestLogEntry {
  /** 1-based number of the request (the `atRequest` of faults). */
  n: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** authorization, origin, sforce-query-options, content-type and the preflight request headers, when sent. */
  headers: Record<string, string>;
  kind: RequestKind;
  status?: number;
  fault?: string;
}

export interface FakeSalesforce {
  /** The instance URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  port: number;
  /** The newest supported version, e.g. "64.0". */
  apiVersion: string;
  versions: readonly string[];
  /** An access token issued at start (for the seed's VP, Dana Lee), and its full token response. */
  token: string;
  tokenResponse: TokenResponse;
  clock: FakeClock;
  schema: Schema;
  store: RecordStore;
  oauth: OAuthState;
  faults: FaultQueue;
  requests: RequestLogEntry[];
  seed: SeedSummary | undefined;
  stats: { readonly requests: number; readonly apiRequests: number; readonly apiUsage: number; readonly apiLimit: number };
  setApiUsage(used: number): void;
  issueToken(params?: IssueTokenParams): TokenResponse;
  /** Expires one query locator (by id) or all of them. */
  expireLocators(id?: string): void;
  readonly openLocators: number;
  close(): Promise<void>;
}
