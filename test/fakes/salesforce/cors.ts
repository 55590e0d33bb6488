/**
 * CORS as Salesforce does it: only origins on the org's allowlist (Setup → CORS) get CORS headers;
 * any other origin gets none, so a browser refuses to hand the response to the page.
 */
import type { IncomingMessage } from "node:http";
import type { Reply } from "./http";

const ALLOW_HEADERS = "Authorization, Content-Type, Sforce-Query-Options, Sforce-Call-Options, X-Requested-With";

/** `https://*.example.com` style entries match any subdomain, as the allowlist allows. */
export function originAllowed(origin: string, allowlist: readonly string[]): boolean {
  return allowlist.some((entry) => {
    if (!entry.includes("*")) return entry === origin;
    const pattern = entry.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+");
    return new RegExp(`^${pattern}$`).test(origin);
  });
}

/** Headers to add to a response for the request's Origin (none for no or a refused origin). */
export function corsHeaders(req: IncomingMessage, allowlist: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !originAllowed(origin, allowlist)) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Expose-Headers": "Sforce-Limit-Info",
    Vary: "Origin",
  };
}

/** The answer to a preflight: 204 with the allowances for a listed origin, 403 with no CORS headers otherwise. */
export function preflight(req: IncomingMessage, allowlist: readonly string[]): Reply {
  const headers = corsHeaders(req, allowlist);
  if (!headers["Access-Control-Allow-Origin"]) return { status: 403, headers: {}, body: "" };
  return {
    status: 204,
    headers: {
      ...headers,
      "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": ALLOW_HEADERS,
      "Access-Control-Max-Age": "86400",
    },
    body: "",
  };
}
