/**
 * The OAuth endpoints: GET /services/oauth2/authorize (an automatic "Allow": a 302 to the
 * redirect URI with a code and the state), POST /services/oauth2/token (authorization_code with
 * PKCE, refresh_token) and POST /services/oauth2/revoke.
 */
import { json, oauthError, redirect, type Reply } from "./http";
import type { OAuthState } from "./oauth";

function redirectWith(redirectUri: string, params: Record<string, string | null>): Reply {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== null) target.searchParams.set(key, value);
  return redirect(target.toString());
}

export function authorize(url: URL, oauth: OAuthState): Reply {
  const q = url.searchParams;
  const client = oauth.client(q.get("client_id") ?? undefined);
  if (!client) return oauthError("invalid_client_id", "client identifier invalid");
  const redirectUri = q.get("redirect_uri");
  if (!redirectUri || !URL.canParse(redirectUri) || !oauth.redirectAllowed(client, redirectUri)) {
    return oauthError("redirect_uri_mismatch", "redirect_uri must match configuration");
  }
  const state = q.get("state");
  if (q.get("response_type") !== "code") {
    return redirectWith(redirectUri, { error: "unsupported_response_type", error_description: "response type not supported", state });
  }
  const method = q.get("code_challenge_method");
  if (method !== null && method !== "S256") {
    return redirectWith(redirectUri, { error: "invalid_request", error_description: "unsupported code_challenge_method", state });
  }
  if (!oauth.approve) {
    return redirectWith(redirectUri, { error: "access_denied", error_description: "end-user denied authorization", state });
  }
  const code = oauth.issueCode({
    clientId: client.clientId,
    redirectUri,
    codeChallenge: q.get("code_challenge") ?? undefined,
    codeChallengeMethod: method ?? undefined,
    scope: q.get("scope") ?? undefined,
  });
  return redirectWith(redirectUri, { code, state });
}

export function token(method: string, body: string, oauth: OAuthState): Reply {
  if (method !== "POST") return oauthError("invalid_request", "must use HTTP POST", 405);
  const form = new URLSearchParams(body);
  const grantType = form.get("grant_type");
  const outcome = grantType === "authorization_code" ? oauth.exchangeCode(form) : grantType === "refresh_token" ? oauth.refresh(form) : undefined;
  if (!outcome) return oauthError("unsupported_grant_type", "grant type not supported");
  if (!outcome.ok) return oauthError(outcome.error, outcome.description);
  return json(200, outcome.token, { "Cache-Control": "no-cache, no-store" });
}

export function revoke(method: string, url: URL, body: string, oauth: OAuthState): Reply {
  if (method !== "POST" && method !== "GET") return oauthError("invalid_request", "must use HTTP POST", 405);
  const value = new URLSearchParams(body).get("token") ?? url.searchParams.get("token") ?? "";
  if (!oauth.revoke(value)) return oauthError("invalid_token", "invalid token");
  return { status: 200, headers: {}, body: "" };
}
