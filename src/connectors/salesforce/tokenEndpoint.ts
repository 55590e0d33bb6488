import { z } from "zod";
import type { CorsProbe } from "./corsProbe";
import { CANCELLED, corsMessage, networkMessage, unavailableMessage, unexpectedResponseMessage } from "./faultMessages";
import { oauthError, type TokenGrant } from "./oauthMessages";
import { parseSalesforceOrigin } from "./origin";
import { SalesforceError } from "./salesforceError";

/** The tokens and identity a successful token request gives. */
export interface TokenSet {
  accessToken: string;
  /** Only when the connected app grants the refresh_token scope; a refresh answer usually has none (the old one stays valid). */
  refreshToken: string | null;
  /** Where the REST API of this org lives: every data request goes there. */
  instanceUrl: string;
  /** The identity URL, https://login.salesforce.com/id/<orgId>/<userId>. */
  identityUrl: string;
  orgId: string;
  userId: string;
  /** When Salesforce issued the token, or null when it did not say. */
  issuedAt: Date | null;
  scope: string | null;
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  instance_url: z.string().min(1),
  id: z.string().min(1),
  issued_at: z.string().regex(/^\d+$/).optional(),
  signature: z.string().optional(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
  id_token: z.string().optional(),
});

const oauthErrorSchema = z.object({ error: z.string().min(1), error_description: z.string().optional() });

const IDENTITY = /\/id\/([A-Za-z0-9]{15,18})\/([A-Za-z0-9]{15,18})\/?$/;

/** What every token request needs. */
export interface TokenEndpoint {
  /** The host the user signed in through: production, sandbox or My Domain. */
  loginHost: string;
  /** The connected app's consumer key. */
  clientId: string;
  fetch: typeof fetch;
  /** The browser's CORS probe; none in Node. */
  corsProbe?: CorsProbe | null;
  signal?: AbortSignal;
}

/**
 * Reads a token response body. Exported for the session and tests; throws `unexpected_response` when a
 * required field is missing or the instance URL is not https.
 * @example parseTokenResponse({ access_token: "00D!x", instance_url: "https://acme.my.salesforce.com", id: "https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P", issued_at: "1278448832702" }).userId // "005x00000012Q9P"
 */
export function parseTokenResponse(body: unknown): TokenSet {
  const parsed = tokenResponseSchema.safeParse(body);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join(".") || "its fields";
    throw new SalesforceError("unexpected_response", unexpectedResponseMessage(`a token response without a valid ${field}`));
  }
  const token = parsed.data;
  const identity = IDENTITY.exec(token.id);
  if (!identity) throw new SalesforceError("unexpected_response", unexpectedResponseMessage(`a token response whose identity URL is ${token.id}`));
  return {
    accessToken: token.access_token,
    refreshToken: token.refresh_token ?? null,
    instanceUrl: parseSalesforceOrigin(token.instance_url, "instance URL"),
    identityUrl: token.id,
    orgId: identity[1],
    userId: identity[2],
    issuedAt: token.issued_at ? new Date(Number(token.issued_at)) : null,
    scope: token.scope ?? null,
  };
}

/**
 * POSTs a form to `${loginHost}/services/oauth2/token`. No retries: an authorization code is single-use,
 * so a request that may have reached Salesforce must not be repeated.
 */
async function postToken(endpoint: TokenEndpoint, grant: TokenGrant, form: Record<string, string>, redirectUri?: string): Promise<TokenSet> {
  const host = parseSalesforceOrigin(endpoint.loginHost, "login host");
  const url = `${host}/services/oauth2/token`;
  const post = endpoint.fetch; // called unbound: browsers throw "Illegal invocation" otherwise
  let response: Response;
  try {
    response = await post(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ ...form, client_id: endpoint.clientId, format: "json" }).toString(),
      signal: endpoint.signal,
    });
  } catch (error) {
    if (endpoint.signal?.aborted) throw new SalesforceError("cancelled", CANCELLED, { cause: error });
    const probe = endpoint.corsProbe;
    if (probe && error instanceof TypeError && (await probe.reachable(url))) throw new SalesforceError("cors", corsMessage(probe.origin, new URL(host).host), { cause: error });
    throw new SalesforceError("network", networkMessage(new URL(host).host, 1), { cause: error });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new SalesforceError("network", networkMessage(new URL(host).host, 1), { cause: error });
  }
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: decided on the status below.
  }
  if (response.ok) {
    if (body === null) throw new SalesforceError("unexpected_response", unexpectedResponseMessage("a token response that is not JSON"));
    return parseTokenResponse(body);
  }
  const failure = oauthErrorSchema.safeParse(body);
  if (failure.success) throw oauthError(grant, response.status, failure.data.error, failure.data.error_description ?? "", redirectUri);
  if (response.status >= 500) throw new SalesforceError("unavailable", unavailableMessage(response.status, 1), { status: response.status });
  throw new SalesforceError("unexpected_response", unexpectedResponseMessage(`HTTP ${response.status} from the token endpoint without an OAuth error`), { status: response.status });
}

/**
 * Exchanges the authorization code from the redirect for tokens, proving the sign-in with the PKCE verifier.
 * @example const tokens = await exchangeCode({ loginHost, clientId, fetch, redirectUri, code, verifier });
 */
export function exchangeCode(request: TokenEndpoint & { redirectUri: string; code: string; verifier: string }): Promise<TokenSet> {
  return postToken(request, "authorization_code", { grant_type: "authorization_code", code: request.code, redirect_uri: request.redirectUri, code_verifier: request.verifier }, request.redirectUri);
}

/**
 * Gets a new access token with a refresh token. An answer without a refresh token keeps the old one
 * valid; with refresh token rotation Salesforce sends a new one and the old one stops working.
 * @example const renewed = await refreshAccessToken({ loginHost, clientId, fetch, refreshToken });
 */
export function refreshAccessToken(request: TokenEndpoint & { refreshToken: string }): Promise<TokenSet> {
  return postToken(request, "refresh_token", { grant_type: "refresh_token", refresh_token: request.refreshToken });
}
