/**
 * The OAuth 2.0 side of the fake org: connected apps, authorization codes bound to a PKCE S256
 * challenge, access tokens that expire after inactivity (or on demand), and refresh tokens.
 * Errors use Salesforce's codes and descriptions (invalid_grant "invalid authorization code"…).
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import type { FakeClock } from "./clock";
import { ORG_ID } from "./ids";
import { DEFAULT_CLIENT_ID, type IssueCodeParams, type IssueTokenParams, type OAuthClient, type OAuthOptions, type Outcome, type TokenResponse } from "./oauthTypes";

export * from "./oauthTypes";

interface Code extends IssueCodeParams {
  clientId: string;
  expiresAt: number;
}
interface Session {
  clientId: string;
  userId: string;
  scope: string;
  lastUsed: number;
  expired: boolean;
}
interface Refresh {
  clientId: string;
  userId: string;
  scope: string;
}

const fail = (error: string, description: string): Outcome => ({ ok: false, error, description });
const secret = (bytes: number): string => randomBytes(bytes).toString("base64url");

export class OAuthState {
  private readonly clients: OAuthClient[];
  private readonly codes = new Map<string, Code>();
  private readonly sessions = new Map<string, Session>();
  private readonly refreshTokens = new Map<string, Refresh>();
  /** When false, the authorize endpoint answers as if the user clicked Deny. */
  approve = true;

  constructor(
    private readonly clock: FakeClock,
    private readonly instanceUrl: () => string,
    private readonly defaultUserId: () => string,
    private readonly options: OAuthOptions = {},
  ) {
    this.clients = options.clients ?? [{ clientId: DEFAULT_CLIENT_ID }];
  }

  client(clientId: string | undefined): OAuthClient | undefined {
    return this.clients.find((c) => c.clientId === clientId);
  }

  redirectAllowed(client: OAuthClient, redirectUri: string): boolean {
    return client.redirectUris === undefined || client.redirectUris.includes(redirectUri);
  }

  /** An authorization code, as the authorize endpoint would hand it to the redirect URI. */
  issueCode(params: IssueCodeParams): string {
    const code = `aPrx${secret(24)}`;
    this.codes.set(code, { ...params, clientId: params.clientId ?? this.clients[0].clientId, expiresAt: this.clock.now() + (this.options.codeTtlMs ?? 15 * 60_000) });
    return code;
  }

  /** A session straight away, as if the OAuth dance had happened. */
  issueToken(params: IssueTokenParams = {}): TokenResponse {
    const clientId = params.clientId ?? this.clients[0].clientId;
    const userId = params.userId ?? this.defaultUserId();
    const scope = params.scope ?? "api refresh_token";
    const accessToken = params.accessToken ?? `${ORG_ID.slice(0, 15)}!${secret(40)}`;
    this.sessions.set(accessToken, { clientId, userId, scope, lastUsed: this.clock.now(), expired: false });
    let refreshToken: string | undefined;
    if (params.refreshToken ?? true) {
      refreshToken = `5Aep${secret(48)}`;
      this.refreshTokens.set(refreshToken, { clientId, userId, scope });
    }
    return this.response(accessToken, clientId, userId, scope, refreshToken);
  }

  exchangeCode(form: URLSearchParams): Outcome {
    const client = this.client(form.get("client_id") ?? undefined);
    if (!client) return fail("invalid_client_id", "client identifier invalid");
    const secretError = this.checkSecret(client, form);
    if (secretError) return secretError;
    const code = this.codes.get(form.get("code") ?? "");
    if (!code || code.clientId !== client.clientId) return fail("invalid_grant", "invalid authorization code");
    if (this.clock.now() > code.expiresAt) {
      this.codes.delete(form.get("code") ?? "");
      return fail("invalid_grant", "expired authorization code");
    }
    if (form.get("redirect_uri") !== code.redirectUri) return fail("redirect_uri_mismatch", "redirect_uri must match configuration");
    if (code.codeChallenge !== undefined) {
      const verifier = form.get("code_verifier");
      const hashed = verifier === null ? undefined : createHash("sha256").update(verifier).digest("base64url");
      if (hashed !== code.codeChallenge) return fail("invalid_grant", "invalid code verifier");
    }
    this.codes.delete(form.get("code") ?? "");
    const scope = code.scope ?? "api refresh_token";
    const wantsRefresh = /\b(refresh_token|offline_access|full)\b/.test(scope);
    return { ok: true, token: this.issueToken({ clientId: client.clientId, userId: code.userId, scope, refreshToken: wantsRefresh }) };
  }

  refresh(form: URLSearchParams): Outcome {
    const client = this.client(form.get("client_id") ?? undefined);
    if (!client) return fail("invalid_client_id", "client identifier invalid");
    const secretError = this.checkSecret(client, form);
    if (secretError) return secretError;
    const grant = this.refreshTokens.get(form.get("refresh_token") ?? "");
    if (!grant || grant.clientId !== client.clientId) return fail("invalid_grant", "expired access/refresh token");
    const token = this.issueToken({ clientId: grant.clientId, userId: grant.userId, scope: grant.scope, refreshToken: false });
    return { ok: true, token };
  }

  /** True (and the session's inactivity clock restarts) when an access token may be used now. */
  use(accessToken: string): boolean {
    const session = this.sessions.get(accessToken);
    if (!session || session.expired) return false;
    const now = this.clock.now();
    if (now - session.lastUsed > (this.options.accessTokenTtlMs ?? 2 * 3_600_000)) {
      session.expired = true;
      return false;
    }
    session.lastUsed = now;
    return true;
  }

  /** Expires one access token, or all of them: the next API call gets 401 until the client refreshes. */
  expireAccessTokens(accessToken?: string): void {
    for (const [token, session] of this.sessions) if (accessToken === undefined || token === accessToken) session.expired = true;
  }

  /** Revokes an access or refresh token, as POST /services/oauth2/revoke does. */
  revoke(token: string): boolean {
    const found = this.sessions.delete(token) || this.refreshTokens.delete(token);
    return found;
  }

  private checkSecret(client: OAuthClient, form: URLSearchParams): Outcome | undefined {
    const given = form.get("client_secret");
    if (given === null ? client.requireSecret === true : client.clientSecret !== undefined && given !== client.clientSecret) {
      return fail("invalid_client", "invalid client credentials");
    }
    return undefined;
  }

  private response(accessToken: string, clientId: string, userId: string, scope: string, refreshToken?: string): TokenResponse {
    const instance = this.instanceUrl();
    const id = `${instance}/id/${ORG_ID}/${userId}`;
    const issuedAt = String(this.clock.now());
    const key = this.client(clientId)?.clientSecret ?? "fake-consumer-secret";
    // Salesforce signs the identity URL and issue time with the consumer secret.
    const signature = createHmac("sha256", key).update(id + issuedAt).digest("base64");
    return {
      access_token: accessToken,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      signature,
      scope,
      instance_url: instance,
      id,
      token_type: "Bearer",
      issued_at: issuedAt,
    };
  }
}
