/**
 * Tells a CORS refusal from a network failure. In a browser both reject fetch with the same TypeError and
 * no detail (on purpose: scripts may not learn why). A `no-cors` request is not subject to CORS: it
 * resolves with an opaque response whenever the server answers at all. So if the probe resolves, the
 * server is reachable and the refusal was CORS. Node has no CORS, so the CLI passes no probe.
 */
export interface CorsProbe {
  /** The add-in's origin, quoted in the message telling the admin what to allow (e.g. https://salesops.example.com). */
  readonly origin: string;
  /** Whether the server at `url` answers at all. Never rejects. */
  reachable(url: string): Promise<boolean>;
}

/**
 * The browser's probe: a `no-cors` GET without credentials or our headers, so it needs no preflight and
 * sends no token.
 * @example const probe = noCorsProbe(window.fetch.bind(window), window.location.origin);
 */
export function noCorsProbe(fetchImpl: typeof fetch, origin: string): CorsProbe {
  const probeFetch = fetchImpl;
  return {
    origin,
    async reachable(url: string): Promise<boolean> {
      try {
        await probeFetch(url, { method: "GET", mode: "no-cors", credentials: "omit", cache: "no-store" });
        return true;
      } catch {
        return false;
      }
    },
  };
}
