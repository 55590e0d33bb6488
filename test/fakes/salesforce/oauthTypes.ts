/** The shapes of the fake's OAuth side: connected apps, token responses, issue parameters. */

export interface OAuthClient {
  clientId: string;
  /** When set, a token request that sends a secret must send this one (and `requireSecret` makes it mandatory). */
  clientSecret?: string;
  requireSecret?: boolean;
  /** Registered callback URLs; undefined accepts any. */
  redirectUris?: string[];
}

export const DEFAULT_CLIENT_ID = "SALESOPS_FAKE_CONNECTED_APP";

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: "Bearer";
  issued_at: string;
}

export interface IssueCodeParams {
  clientId?: string;
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  scope?: string;
  userId?: string;
}

export interface IssueTokenParams {
  clientId?: string;
  scope?: string;
  userId?: string;
  /** Also issue a refresh token (default true). */
  refreshToken?: boolean;
  /** Use this exact access token value (e.g. one given on the command line). */
  accessToken?: string;
}

export type Outcome = { ok: true; token: TokenResponse } | { ok: false; error: string; description: string };

export interface OAuthOptions {
  clients?: OAuthClient[];
  /** Inactivity after which an access token is refused (default 2 hours, Salesforce's default session timeout). */
  accessTokenTtlMs?: number;
  /** Lifetime of an authorization code (default 15 minutes). */
  codeTtlMs?: number;
}

