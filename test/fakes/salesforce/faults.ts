/**
 * Faults on demand. A test pushes fault specs; each request takes the first spec that matches it
 * (by kind of request, by request number, after skipping some), so faults happen in the order
 * pushed and at the same requests on every run.
 */

/** What a request is, for matching faults and in the request log. */
export type RequestKind =
  | "versions"
  | "resources"
  | "query"
  | "nextPage"
  | "limits"
  | "describe"
  | "token"
  | "authorize"
  | "revoke"
  | "preflight"
  | "other"
  /** A path outside /services (not an API request). */
  | "unknown";

/** A request kind, `api` (any request under /services/data/vXX.X) or `any` (every request). */
export type FaultTarget = RequestKind | "api" | "any";

export type Fault =
  /** 401 INVALID_SESSION_ID; with `revoke`, the presented access token stops working for good (a refresh fixes it). */
  | { kind: "expiredSession"; revoke?: boolean }
  /** 403 REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded." */
  | { kind: "requestLimit" }
  /** A 5xx with a JSON error body (500 UNKNOWN_EXCEPTION by default; 503 SERVER_UNAVAILABLE). */
  | { kind: "serverError"; status?: 500 | 502 | 503 }
  /** The locator of this next-page request expires first: 400 INVALID_QUERY_LOCATOR (only matches next-page requests). */
  | { kind: "staleLocator" }
  /** The connection is destroyed: before any byte, after the headers, or after half the body (default). */
  | { kind: "drop"; at?: "beforeHeaders" | "afterHeaders" | "midBody" }
  /** The response is held back for `ms` real milliseconds, then sent as usual. */
  | { kind: "delay"; ms: number };

export type FaultSpec = Fault & {
  /** Which requests it can hit (default `api`). */
  on?: FaultTarget;
  /** How many matching requests it hits (default 1). */
  times?: number;
  /** Matching requests to let through before it hits (default 0). */
  skip?: number;
  /** Only the request with this number (1-based, counting every request the server received). */
  atRequest?: number;
};

export interface AppliedFault {
  request: number;
  kind: Fault["kind"];
  path: string;
}

interface Pending {
  spec: FaultSpec;
  timesLeft: number;
  skipLeft: number;
}

const API_KINDS: ReadonlySet<RequestKind> = new Set(["resources", "query", "nextPage", "limits", "describe", "other"]);

export class FaultQueue {
  private queue: Pending[] = [];
  /** Every fault that hit a request, in order. */
  readonly applied: AppliedFault[] = [];

  push(...specs: FaultSpec[]): void {
    for (const spec of specs) {
      if (spec.kind === "delay" && !(spec.ms >= 0)) throw new Error("A delay fault needs ms ≥ 0.");
      this.queue.push({ spec, timesLeft: spec.times ?? 1, skipLeft: spec.skip ?? 0 });
    }
  }

  clear(): void {
    this.queue = [];
  }

  get pending(): FaultSpec[] {
    return this.queue.map((p) => p.spec);
  }

  /** The fault for this request, if any, consuming one use of it. */
  take(kind: RequestKind, requestNumber: number, path: string): Fault | undefined {
    for (const pending of this.queue) {
      if (!matches(pending.spec, kind, requestNumber)) continue;
      if (pending.skipLeft > 0) {
        pending.skipLeft--;
        continue;
      }
      pending.timesLeft--;
      if (pending.timesLeft <= 0) this.queue = this.queue.filter((p) => p !== pending);
      this.applied.push({ request: requestNumber, kind: pending.spec.kind, path });
      return pending.spec;
    }
    return undefined;
  }
}

function matches(spec: FaultSpec, kind: RequestKind, requestNumber: number): boolean {
  if (kind === "preflight") return false;
  if (spec.atRequest !== undefined && spec.atRequest !== requestNumber) return false;
  if (spec.kind === "staleLocator" && kind !== "nextPage") return false;
  const on = spec.on ?? "api";
  return on === "any" || on === kind || (on === "api" && API_KINDS.has(kind));
}
