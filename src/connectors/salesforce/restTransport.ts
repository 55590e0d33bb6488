import { type RetryPolicy, backoffDelay, parseRetryAfter } from "./backoff";
import type { CorsProbe } from "./corsProbe";
import { parseRestErrors, type RestApiError } from "./errorBody";
import { apiLimitMessage, CANCELLED, corsMessage, networkMessage, SIGN_IN_REQUIRED, unavailableMessage } from "./faultMessages";
import { type ApiUsage, parseLimitInfo } from "./limitInfo";
import { isSalesforceError, SalesforceError } from "./salesforceError";
import type { TokenSource } from "./tokenSource";

/** What the transport needs, all injected so tests neither wait nor touch a network. */
export interface TransportDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
  tokens: TokenSource;
  corsProbe: CorsProbe | null;
  retry: RetryPolicy;
}

/** A request's outcome once the transient faults are dealt with: a JSON body, or Salesforce's error list. */
export type RestOutcome = { ok: true; body: unknown } | { ok: false; status: number; errors: RestApiError[] };

const isAbort = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;
const cancelled = (cause?: unknown): SalesforceError => new SalesforceError("cancelled", CANCELLED, { cause });

/** The fault that used up the retries, kept to build the final error from. */
type Transient = { kind: "network"; cause: unknown } | { kind: "limit"; status: number; message: string } | { kind: "unavailable"; status: number };

/**
 * Sends authenticated GETs to the REST API and deals with everything a caller should not: renewing an
 * expired session once, retrying REQUEST_LIMIT_EXCEEDED, 5xx and dropped connections with backoff (a
 * body that breaks off mid-stream or arrives truncated counts as dropped), and telling CORS from network
 * failures. What remains (4xx other than 401) is returned for the caller to classify, since only it
 * knows the query and the mapping the error is about.
 */
export class RestTransport {
  private requests = 0;
  private usage: ApiUsage | null = null;
  constructor(
    private readonly deps: TransportDeps,
    /** Where the CORS probe knocks: the REST API's version list, which needs no token and costs no API request. */
    private readonly probeUrl: string,
  ) {}

  /** HTTP requests sent so far (retries included): what counts against the org's API limit. */
  get requestCount(): number {
    return this.requests;
  }

  /** The last Sforce-Limit-Info api-usage seen, or null before any. */
  get apiUsage(): ApiUsage | null {
    return this.usage;
  }

  /** GETs `url` (absolute) with the bearer token and `headers`; see the class comment for what it handles. */
  async get(url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<RestOutcome> {
    const host = new URL(url).host;
    // Browsers require fetch to be called unbound (`window.fetch` called as a method of another object
    // throws "Illegal invocation"), so it is taken into a local and never called as this.deps.fetch(…).
    const send = this.deps.fetch;
    let refreshed = false;
    let retries = 0;
    let corsSightings = 0;
    // The token refresh() resolved with: used as is, since a token source need not remember it.
    let renewed: string | null = null;
    for (;;) {
      if (isAbort(signal)) throw cancelled(signal?.reason);
      const token = renewed ?? (await this.deps.tokens.accessToken());
      let response: Response;
      try {
        this.requests += 1;
        response = await send(url, { method: "GET", headers: { Accept: "application/json", Authorization: `Bearer ${token}`, ...headers }, signal });
      } catch (error) {
        if (isAbort(signal)) throw cancelled(error);
        if (this.deps.corsProbe && error instanceof TypeError && (await this.deps.corsProbe.reachable(this.probeUrl))) {
          // Reachable yet refused: CORS, or a blip that happened to heal for the probe. A second sighting settles it.
          corsSightings += 1;
          if (corsSightings >= 2) throw new SalesforceError("cors", corsMessage(this.deps.corsProbe.origin, host), { cause: error });
          continue;
        }
        retries = await this.backOff({ kind: "network", cause: error }, retries, null, host, signal);
        continue;
      }
      this.usage = parseLimitInfo(response.headers.get("Sforce-Limit-Info")) ?? this.usage;
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (isAbort(signal)) throw cancelled(error);
        retries = await this.backOff({ kind: "network", cause: error }, retries, null, host, signal);
        continue;
      }
      if (response.ok) {
        try {
          return { ok: true, body: JSON.parse(text) };
        } catch (error) {
          // A 2xx whose JSON does not parse was cut off on the way: the same as a dropped connection.
          retries = await this.backOff({ kind: "network", cause: error }, retries, null, host, signal);
          continue;
        }
      }
      const errors = parseRestErrors(text);
      const first = errors[0];
      if (response.status === 401) {
        if (refreshed || !this.deps.tokens.refresh) throw new SalesforceError("sign_in_required", SIGN_IN_REQUIRED, { status: 401, salesforceCode: first?.errorCode });
        refreshed = true;
        renewed = await this.renewSession();
        continue;
      }
      const retryAfter = parseRetryAfter(response.headers.get("Retry-After"), this.deps.now());
      if (first?.errorCode === "REQUEST_LIMIT_EXCEEDED" || response.status === 429) {
        retries = await this.backOff({ kind: "limit", status: response.status, message: first?.message ?? "" }, retries, retryAfter, host, signal);
        continue;
      }
      if (response.status >= 500) {
        retries = await this.backOff({ kind: "unavailable", status: response.status }, retries, retryAfter, host, signal);
        continue;
      }
      return { ok: false, status: response.status, errors };
    }
  }

  /** Renews the token once; a refresh that fails for want of a network says so rather than "sign in again". */
  private async renewSession(): Promise<string> {
    const tokens = this.deps.tokens;
    try {
      if (!tokens.refresh) throw new Error("no refresh");
      return await tokens.refresh();
    } catch (error) {
      if (isSalesforceError(error, "network", "cors", "cancelled", "unavailable")) throw error;
      throw new SalesforceError("sign_in_required", SIGN_IN_REQUIRED, { status: 401, cause: error });
    }
  }

  /** Waits before the next retry and returns the retry count, or throws when the retries are used up. */
  private async backOff(fault: Transient, retries: number, retryAfterMs: number | null, host: string, signal: AbortSignal | undefined): Promise<number> {
    const policy = this.deps.retry;
    const tooLong = retryAfterMs !== null && retryAfterMs > policy.maxRetryAfterMs;
    if (retries >= policy.maxRetries || tooLong) throw this.exhausted(fault, retries + 1, host, tooLong ? retryAfterMs : null);
    const delay = retryAfterMs ?? backoffDelay(retries, policy, this.deps.random);
    if (!signal) {
      await this.deps.sleep(delay);
      return retries + 1;
    }
    // A cancel during a wait of several seconds ends it at once; the injected sleep need not know signals.
    // The listener goes on before the sleep starts, so an abort at any moment is seen.
    let onAbort = (): void => undefined;
    const aborted = new Promise<void>((resolve) => {
      onAbort = resolve;
      signal.addEventListener("abort", onAbort, { once: true });
    });
    if (!signal.aborted) await Promise.race([this.deps.sleep(delay), aborted]);
    signal.removeEventListener("abort", onAbort);
    if (signal.aborted) throw cancelled(signal.reason);
    return retries + 1;
  }

  private exhausted(fault: Transient, attempts: number, host: string, retryAfterMs: number | null): SalesforceError {
    const wait = retryAfterMs === null ? "" : ` Salesforce asked to wait ${Math.ceil(retryAfterMs / 1000)} seconds before trying again.`;
    if (fault.kind === "network") return new SalesforceError("network", networkMessage(host, attempts), { cause: fault.cause });
    if (fault.kind === "limit") {
      return new SalesforceError("api_limit", apiLimitMessage(this.usage, fault.message) + wait, { status: fault.status, salesforceCode: "REQUEST_LIMIT_EXCEEDED", apiUsage: this.usage });
    }
    return new SalesforceError("unavailable", unavailableMessage(fault.status, attempts) + wait, { status: fault.status });
  }
}
