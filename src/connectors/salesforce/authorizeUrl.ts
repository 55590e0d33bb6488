import { parseSalesforceOrigin } from "./origin";
import { SalesforceUsageError } from "./salesforceError";

/** Salesforce's production login host. */
export const PRODUCTION_LOGIN_HOST = "https://login.salesforce.com";
/** Salesforce's sandbox login host. */
export const SANDBOX_LOGIN_HOST = "https://test.salesforce.com";

export interface AuthorizeRequest {
  /** Production, sandbox, or the org's My Domain (https://acme.my.salesforce.com). */
  loginHost: string;
  /** The connected app's consumer key. */
  clientId: string;
  /** Must be one of the connected app's callback URLs, character for character. */
  redirectUri: string;
  /** From createPkcePair. */
  challenge: string;
  /** From createState; comes back in the redirect. */
  state: string;
  /** Space-separated OAuth scopes; `api refresh_token` by default (read data, stay signed in). */
  scope?: string;
  /** `login` forces the login page even when the browser has a Salesforce session (to switch users). */
  prompt?: "login" | "consent" | "select_account";
}

const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The URL of Salesforce's authorize endpoint that the sign-in dialog opens (OAuth 2.0 web server flow
 * with PKCE).
 * @example authorizeUrl({ loginHost: "https://login.salesforce.com", clientId: "3MVG9…", redirectUri: "https://salesops.example.com/auth.html", challenge, state })
 * // "https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9…&redirect_uri=…&code_challenge=…&code_challenge_method=S256&state=…&scope=api+refresh_token"
 */
export function authorizeUrl(request: AuthorizeRequest): string {
  const host = parseSalesforceOrigin(request.loginHost, "login host");
  if (!request.clientId.trim()) throw new SalesforceUsageError("The connected app's consumer key (client id) is empty.");
  if (!request.state) throw new SalesforceUsageError("An authorize request needs a state (createState()).");
  if (!CHALLENGE.test(request.challenge)) throw new SalesforceUsageError("The PKCE challenge must be the 43-character S256 challenge from createPkcePair().");
  const redirect = new URL(request.redirectUri);
  if (redirect.hash) throw new SalesforceUsageError("An OAuth redirect URI may not have a #fragment.");
  const params = new URLSearchParams({
    response_type: "code",
    client_id: request.clientId.trim(),
    redirect_uri: request.redirectUri,
    code_challenge: request.challenge,
    code_challenge_method: "S256",
    state: request.state,
    scope: request.scope ?? "api refresh_token",
  });
  if (request.prompt) params.set("prompt", request.prompt);
  return `${host}/services/oauth2/authorize?${params.toString()}`;
}
