/**
 * Which resource a request is for, and the checks Salesforce makes before serving one: a valid
 * session (401 INVALID_SESSION_ID), a known API version (404 NOT_FOUND), the daily request limit
 * (403 REQUEST_LIMIT_EXCEEDED), then the method. Only API requests count toward api-usage.
 */
import type { IncomingHttpHeaders } from "node:http";
import { limits, nextPage, query, resources, versionList, type DataContext } from "./dataRoutes";
import { describeGlobal, describeObject } from "./describe";
import type { RequestKind } from "./faults";
import { sfError, type Reply } from "./http";
import type { OAuthState } from "./oauth";
import { authorize, revoke, token } from "./oauthRoutes";

export interface RouteContext extends DataContext {
  oauth: OAuthState;
  versions: readonly string[];
  counters: { apiRequests: number };
}

const API_PATH = /^\/services\/data\/v(\d+\.\d+)(\/.*)?$/;
const notFound = (): Reply => sfError(404, "NOT_FOUND", "The requested resource does not exist");

export function classify(url: URL): RequestKind {
  const path = url.pathname;
  if (path === "/services/oauth2/token") return "token";
  if (path === "/services/oauth2/authorize") return "authorize";
  if (path === "/services/oauth2/revoke") return "revoke";
  if (path === "/services/data" || path === "/services/data/") return "versions";
  const api = API_PATH.exec(path);
  if (!api) return "unknown";
  const rest = (api[2] ?? "/").replace(/\/$/, "");
  if (rest === "") return "resources";
  if (/^\/(query|queryAll)$/.test(rest)) return "query";
  if (/^\/(query|queryAll)\/[^/]+$/.test(rest)) return "nextPage";
  if (rest === "/limits") return "limits";
  if (rest.startsWith("/sobjects")) return "describe";
  return "other";
}

export function route(ctx: RouteContext, method: string, url: URL, headers: IncomingHttpHeaders, body: string): Reply {
  const path = url.pathname;
  if (path === "/services/oauth2/authorize") return authorize(url, ctx.oauth);
  if (path === "/services/oauth2/token") return token(method, body, ctx.oauth);
  if (path === "/services/oauth2/revoke") return revoke(method, url, body, ctx.oauth);
  if (path === "/services/data" || path === "/services/data/") return versionList(ctx.versions);
  const api = API_PATH.exec(path);
  if (!api) return notFound();

  const accessToken = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(headers.authorization ?? "")?.[1]?.trim();
  if (!accessToken || !ctx.oauth.use(accessToken)) {
    const reply = sfError(401, "INVALID_SESSION_ID", "Session expired or invalid");
    return { ...reply, headers: { ...reply.headers, "WWW-Authenticate": "Token" } };
  }
  const version = api[1];
  if (!ctx.versions.includes(version)) return notFound();
  if (ctx.apiUsage.used >= ctx.apiUsage.max) return sfError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
  ctx.apiUsage.used++;
  ctx.counters.apiRequests++;
  if (method !== "GET" && method !== "HEAD") {
    return sfError(405, "METHOD_NOT_ALLOWED", `HTTP Method '${method}' not allowed. Allowed are GET,HEAD`);
  }

  const rest = (api[2] ?? "/").replace(/\/$/, "");
  const queryOptions = headers["sforce-query-options"];
  const resource = /^\/(query|queryAll)(?:\/([^/]+))?$/.exec(rest);
  if (resource && resource[2] === undefined) return query(ctx, version, url, queryOptions, resource[1] === "queryAll");
  if (resource) return nextPage(ctx, version, decodeURIComponent(resource[2]), queryOptions);
  if (rest === "") return resources(version);
  if (rest === "/limits") return limits(ctx);
  if (rest === "/sobjects") return describeGlobal(ctx.schema, version);
  const describe = /^\/sobjects\/([^/]+)\/describe$/.exec(rest);
  if (describe) return describeObject(ctx.schema, describe[1]);
  return notFound();
}
