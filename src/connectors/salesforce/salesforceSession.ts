import type { CorsProbe } from "./corsProbe";
import { SIGN_IN_REQUIRED } from "./faultMessages";
import { isSalesforceError, SalesforceError } from "./salesforceError";
import { refreshAccessToken, type TokenSet } from "./tokenEndpoint";
import type { TokenSource } from "./tokenSource";

/**
 * Where a refresh token may be kept between task pane sessions. The task pane backs it with
 * OfficeRuntime.storage, and only when the user ticks "keep me signed in"; without a store nothing
 * outlives the pane. Access tokens are never stored.
 */
export interface RefreshTokenStore {
  load(): Promise<string | null>;
  save(refreshToken: string): Promise<void>;
  clear(): Promise<void>;
}

export interface SessionConfig {
  /** The host the user signed in through; refreshes go there too. */
  loginHost: string;
  clientId: string;
  fetch: typeof fetch;
  corsProbe?: CorsProbe | null;
  /** Absent unless the user opted in to staying signed in. */
  store?: RefreshTokenStore | null;
}

/**
 * A signed-in Salesforce user: the tokens, in memory only, and the client's token source. `refresh`
 * renews the access token with the refresh token; concurrent callers share one refresh request, since
 * with refresh token rotation a second request with the same token would be refused.
 * @example
 * const session = await SalesforceSession.start(config, await exchangeCode({ ...config, redirectUri, code, verifier }));
 * const client = new SalesforceClient({ instanceUrl: session.instanceUrl, tokens: session, fetch: config.fetch });
 */
export class SalesforceSession implements TokenSource {
  private pending: Promise<string> | null = null;

  private constructor(
    private readonly config: SessionConfig,
    private tokens: TokenSet,
  ) {}

  /** A session from a token response (after exchangeCode), saving the refresh token when there is a store. */
  static async start(config: SessionConfig, tokens: TokenSet): Promise<SalesforceSession> {
    if (tokens.refreshToken && config.store) await config.store.save(tokens.refreshToken);
    return new SalesforceSession(config, tokens);
  }

  /**
   * The session of a user who stayed signed in: the stored refresh token renewed into an access token.
   * Null when nothing is stored, or when Salesforce no longer accepts it (then it is cleared, and the
   * user signs in again); network faults are thrown, since the token may still be good.
   */
  static async restore(config: SessionConfig): Promise<SalesforceSession | null> {
    const refreshToken = config.store ? await config.store.load() : null;
    if (!refreshToken) return null;
    try {
      const renewed = await refreshAccessToken({ ...config, refreshToken });
      return await SalesforceSession.start(config, { ...renewed, refreshToken: renewed.refreshToken ?? refreshToken });
    } catch (error) {
      if (!isSalesforceError(error, "sign_in_required")) throw error;
      await config.store?.clear();
      return null;
    }
  }

  get instanceUrl(): string {
    return this.tokens.instanceUrl;
  }

  get userId(): string {
    return this.tokens.userId;
  }

  get orgId(): string {
    return this.tokens.orgId;
  }

  /** Whether the session can renew itself (the connected app granted refresh_token). */
  get canRefresh(): boolean {
    return this.tokens.refreshToken !== null;
  }

  accessToken(): string {
    return this.tokens.accessToken;
  }

  /** A new access token from the refresh token; throws `sign_in_required` when there is none or Salesforce refuses it. */
  refresh(): Promise<string> {
    this.pending ??= this.renew().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async renew(): Promise<string> {
    const refreshToken = this.tokens.refreshToken;
    if (!refreshToken) throw new SalesforceError("sign_in_required", SIGN_IN_REQUIRED);
    try {
      const renewed = await refreshAccessToken({ ...this.config, refreshToken });
      // Without rotation the answer has no refresh token and the old one stays valid.
      this.tokens = { ...renewed, refreshToken: renewed.refreshToken ?? refreshToken };
      if (renewed.refreshToken && this.config.store) await this.config.store.save(renewed.refreshToken);
      return this.tokens.accessToken;
    } catch (error) {
      if (isSalesforceError(error, "sign_in_required")) {
        this.tokens = { ...this.tokens, refreshToken: null };
        await this.config.store?.clear();
      }
      throw error;
    }
  }

  /** Forgets the tokens here and in the store. (Revoking them at Salesforce is left to the caller.) */
  async signOut(): Promise<void> {
    this.tokens = { ...this.tokens, accessToken: "", refreshToken: null };
    await this.config.store?.clear();
  }
}
