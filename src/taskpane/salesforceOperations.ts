/*
 * The Data view's Salesforce card's operations: the connection settings kept with the workbook,
 * sign-in through Office's dialog, the pull into the workbook (the app's use case), and the SOQL
 * formulas. Components only see the SalesforceOperations interface; this file composes it. What
 * needs the connector (sign-in, pulls, the SOQL runner) is in salesforceRuntime.ts, loaded on first
 * use, so the pane's first screen does not carry it.
 */
import type { SalesforcePullControl, SalesforceSyncStatePort, SalesforceWorkbookPullOutcome } from "../app/salesforcePull";
import { refreshLiveQueries } from "../app/liveQuery";
import type { TableListingPort, WorkbookPort } from "../app/ports";
import type { Settings } from "../core/model/settings";
import { callbackUrlBeside } from "./auth/authPages";
import type { OfficeDialog } from "./officeDialog";
import { type RuntimeStorage, runtimeRefreshTokenStore } from "./refreshTokenStorage";
import { decodeConnection, encodeConnection, type SalesforceConnection } from "./salesforceConnection";

export type { SalesforcePullControl, SalesforceWorkbookPullOutcome };

/** Who is signed in, for the card. */
export interface SalesforceUser {
  /** The org's instance URL (https://acme.my.salesforce.com). */
  instanceUrl: string;
  name: string;
  username: string;
  userId: string;
  orgId: string;
  /** Whether the org has multi-currency turned on (each deal's CurrencyIsoCode is read). */
  multiCurrency: boolean;
  /** Whether the refresh token is kept on this computer ("Remember me"). */
  remembered: boolean;
}

/**
 * Why something failed, in the user's words. `code` is the connector's (sign_in_cancelled,
 * sign_in_required, cors, api_limit, invalid_field…) or the pull's (cancelled, no_opportunities,
 * write_failed); `message` says what happened and what to do.
 */
export interface SalesforceFailure {
  code: string;
  message: string;
  /** The field an invalid_field failure names. */
  field?: string;
  /** The org's API usage, when Salesforce reported it. */
  apiUsage?: { used: number; limit: number } | null;
  /** A write failure's error (ImportWriteError, after its rollback). */
  cause?: unknown;
}

export type SalesforceOutcome<T> = { ok: true; value: T } | { ok: false; failure: SalesforceFailure };

/** The last pull recorded in the workbook. */
export interface LastPull {
  instanceUrl: string;
  at: string;
  mode: "full" | "incremental";
  /** Null when that pull saw no record: "Refresh changes" then does a full pull. */
  highWaterMark: string | null;
  keepSnapshots: boolean;
}

export interface SalesforceCardStart {
  connection: SalesforceConnection;
  lastPull: LastPull | null;
  /** Whether this Office can keep a refresh token (OfficeRuntime.storage). */
  canRemember: boolean;
  /** Whether a refresh token is kept for the connection's login host and connected app. */
  remembered: boolean;
}

export interface SalesforcePullRequest {
  /** "full": everything; "changes": what changed since the last pull (or everything, when the last pull does not allow it). */
  mode: "full" | "changes";
  /** Keep the pulled open pipeline as a dated snapshot. */
  snapshot: boolean;
}

export interface SalesforceOperations {
  /** The address Salesforce sends the sign-in back to: the connected app's callback URL. */
  readonly redirectUri: string;
  /** The add-in's origin: what the org's CORS allowlist must hold. */
  readonly origin: string;
  /** The workbook's connection settings and last pull, and whether a sign-in is remembered. Loads no connector. */
  start(): Promise<SalesforceCardStart>;
  /** Saves the connection settings with the workbook (no secrets). */
  saveConnection(connection: SalesforceConnection): Promise<void>;
  /** Signs in from the remembered refresh token, if there is one; null when there is none (or Salesforce refused it: then it is forgotten). */
  resume(connection: SalesforceConnection): Promise<SalesforceOutcome<SalesforceUser | null>>;
  /** Signs in through Office's dialog (OAuth 2.0 with PKCE). */
  signIn(connection: SalesforceConnection, remember: boolean): Promise<SalesforceOutcome<SalesforceUser>>;
  /** Forgets the tokens (here and on this computer) and revokes them at Salesforce. */
  signOut(): Promise<void>;
  /** Ticks or unticks "Remember me": keeps the session's refresh token on this computer, or clears it. */
  setRemember(connection: SalesforceConnection, remember: boolean): Promise<void>;
  /** Pulls into the workbook's tables. */
  pull(request: SalesforcePullRequest, control: Omit<SalesforcePullControl, "full" | "snapshot">): Promise<SalesforceOutcome<SalesforceWorkbookPullOutcome>>;
  /** The workbook's last pull, read again (after a pull). */
  lastPull(): Promise<LastPull | null>;
  /** Runs every SALESOPS.SOQL formula again. */
  refreshFormulas(): Promise<{ formulas: number }>;
  /** Called when the session ends by itself (it expired and could not be renewed), with why. Returns a function that stops listening. */
  onSessionEnded(listener: (failure: SalesforceFailure) => void): () => void;
}

/** Connection settings storage: Workbook.settings in Excel (src/excel/salesforceConnectionStorage.ts), memory in tests. */
export interface ConnectionStorage {
  load(): Promise<unknown>;
  save(text: string): Promise<void>;
}

export interface SalesforceDependencies {
  port: WorkbookPort & TableListingPort;
  syncState: SalesforceSyncStatePort;
  connectionStorage: ConnectionStorage;
  settings: () => Settings;
  dialog: OfficeDialog;
  /** OfficeRuntime.storage, or null where Office has none (no "Remember me"). */
  storage: RuntimeStorage | null;
  /** The browser's fetch, bound to window. */
  fetch: typeof fetch;
  /** The pane page's address: the sign-in pages are beside it. */
  pageUrl: string;
  now?: () => Date;
}

/** The connector's half, built on first use (salesforceRuntime.ts). */
export interface SalesforceRuntime {
  resume(connection: SalesforceConnection): Promise<SalesforceOutcome<SalesforceUser | null>>;
  signIn(connection: SalesforceConnection, remember: boolean): Promise<SalesforceOutcome<SalesforceUser>>;
  signOut(): Promise<void>;
  setRemember(remember: boolean): Promise<void>;
  pull(request: SalesforcePullRequest, control: Omit<SalesforcePullControl, "full" | "snapshot">): Promise<SalesforceOutcome<SalesforceWorkbookPullOutcome>>;
  onSessionEnded(listener: (failure: SalesforceFailure) => void): () => void;
}

function lastPullOf(state: Awaited<ReturnType<SalesforceSyncStatePort["read"]>>["state"]): LastPull | null {
  if (!state) return null;
  return { instanceUrl: state.instanceUrl, at: state.lastPullAt, mode: state.lastPullMode, highWaterMark: state.highWaterMark, keepSnapshots: state.keepSnapshots };
}

const NOT_SIGNED_IN: SalesforceFailure = { code: "sign_in_required", message: "Sign in to Salesforce first." };

/**
 * @example const salesforce = salesforceOperations({ port, syncState, connectionStorage, settings: getSettings, dialog: officeDialog(Office), storage: officeRuntimeStorage(), fetch: window.fetch.bind(window), pageUrl: location.href });
 */
export function salesforceOperations(deps: SalesforceDependencies): SalesforceOperations {
  const endedListeners = new Set<(failure: SalesforceFailure) => void>();
  let runtime: Promise<SalesforceRuntime> | null = null;
  const engine = () =>
    (runtime ??= import(/* webpackChunkName: "salesforce" */ "./salesforceRuntime").then((module) => {
      const built = module.createSalesforceRuntime(deps);
      built.onSessionEnded((failure) => endedListeners.forEach((listener) => listener(failure)));
      return built;
    }));
  const lastPull = async () => lastPullOf((await deps.syncState.read()).state);
  const remembered = async (connection: SalesforceConnection) => {
    if (!deps.storage || !connection.clientId.trim() || !connection.loginHost.trim()) return false;
    return (await runtimeRefreshTokenStore(deps.storage, connection.loginHost, connection.clientId).load()) !== null;
  };
  return {
    redirectUri: callbackUrlBeside(deps.pageUrl),
    origin: new URL(deps.pageUrl).origin,
    async start() {
      const connection = decodeConnection(await deps.connectionStorage.load());
      return { connection, lastPull: await lastPull(), canRemember: deps.storage !== null, remembered: await remembered(connection) };
    },
    saveConnection: (connection) => deps.connectionStorage.save(encodeConnection(connection)),
    async resume(connection) {
      // Nothing remembered: no need to load the connector.
      if (!(await remembered(connection))) return { ok: true, value: null };
      return (await engine()).resume(connection);
    },
    signIn: async (connection, remember) => (await engine()).signIn(connection, remember),
    async signOut() {
      if (runtime) await (await engine()).signOut();
    },
    async setRemember(connection, remember) {
      if (runtime) {
        await (await engine()).setRemember(remember);
      } else if (!remember && deps.storage) {
        // Not signed in in this pane: unticking still forgets what this computer kept.
        await runtimeRefreshTokenStore(deps.storage, connection.loginHost, connection.clientId).clear();
      }
    },
    async pull(request, control) {
      if (!runtime) return { ok: false, failure: NOT_SIGNED_IN };
      return (await engine()).pull(request, control);
    },
    lastPull,
    refreshFormulas: () => refreshLiveQueries(),
    onSessionEnded(listener) {
      endedListeners.add(listener);
      return () => {
        endedListeners.delete(listener);
      };
    },
  };
}
