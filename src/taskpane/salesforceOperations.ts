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
import { rememberedConnectionStore, type RuntimeStorage, runtimeRefreshTokenStore } from "./refreshTokenStorage";
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
  /** Whether this Office can keep a refresh token (OfficeRuntime.storage). */
  canRemember: boolean;
  /** The connection of the sign-in remembered on this computer (its refresh token is kept), or null. */
  remembered: SalesforceConnection | null;
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
  /**
   * Whether a sign-in is remembered on this computer. Reads OfficeRuntime.storage only: neither the
   * workbook (the pane's start costs no Excel request for users who never use Salesforce) nor the connector.
   */
  start(): Promise<SalesforceCardStart>;
  /** The connection settings kept with the workbook (the defaults when it has none). */
  loadConnection(): Promise<SalesforceConnection>;
  /** Saves the connection settings with the workbook (no secrets). */
  saveConnection(connection: SalesforceConnection): Promise<void>;
  /** Signs in from the refresh token remembered for this connection; null when there is none (or Salesforce refused it: then it is forgotten). */
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
  /** Keeps or forgets the session's refresh token; the signed-in connection, or null when nobody is signed in (nothing done). */
  setRemember(remember: boolean): Promise<SalesforceConnection | null>;
  /** `customFields`: the workbook's mapping (the one signed in with when the workbook keeps none). */
  pull(request: SalesforcePullRequest, control: Omit<SalesforcePullControl, "full" | "snapshot">, customFields: SalesforceConnection["customFields"] | null): Promise<SalesforceOutcome<SalesforceWorkbookPullOutcome>>;
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
  const remembered = deps.storage ? rememberedConnectionStore(deps.storage) : null;
  let runtime: Promise<SalesforceRuntime> | null = null;
  const engine = () =>
    (runtime ??= import(/* webpackChunkName: "salesforce" */ "./salesforceRuntime").then((module) => {
      const built = module.createSalesforceRuntime(deps);
      // A session that ended by itself is not resumed at the next start either.
      built.onSessionEnded((failure) => {
        const notify = () => endedListeners.forEach((listener) => listener(failure));
        if (remembered) void remembered.clear().finally(notify);
        else notify();
      });
      return built;
    }));
  const lastPull = async () => lastPullOf((await deps.syncState.read()).state);
  const tokenKept = async (connection: SalesforceConnection) =>
    deps.storage !== null && connection.clientId.trim() !== "" && connection.loginHost.trim() !== "" && (await runtimeRefreshTokenStore(deps.storage, connection.loginHost, connection.clientId).load()) !== null;
  /** Keeps (or forgets) which connection the remembered sign-in is for. */
  const rememberConnection = async (connection: SalesforceConnection, remember: boolean) => {
    if (!remembered) return;
    if (remember) await remembered.save(encodeConnection(connection));
    else await remembered.clear();
  };
  return {
    redirectUri: callbackUrlBeside(deps.pageUrl),
    origin: new URL(deps.pageUrl).origin,
    async start() {
      const text = remembered ? await remembered.load() : null;
      const connection = text ? decodeConnection(text) : null;
      return { canRemember: deps.storage !== null, remembered: connection && (await tokenKept(connection)) ? connection : null };
    },
    loadConnection: async () => decodeConnection(await deps.connectionStorage.load()),
    saveConnection: (connection) => deps.connectionStorage.save(encodeConnection(connection)),
    async resume(connection) {
      // Nothing remembered: no need to load the connector.
      if (!(await tokenKept(connection))) return { ok: true, value: null };
      const resumed = await (await engine()).resume(connection);
      if (resumed.ok && resumed.value === null) await rememberConnection(connection, false);
      return resumed;
    },
    async signIn(connection, remember) {
      const signedIn = await (await engine()).signIn(connection, remember);
      if (signedIn.ok) await rememberConnection(connection, signedIn.value.remembered);
      return signedIn;
    },
    async signOut() {
      if (runtime) await (await engine()).signOut();
      if (remembered) await remembered.clear();
    },
    async setRemember(connection, remember) {
      // Signed in: the session's refresh token is kept or forgotten now, with the connection it is for.
      const signedIn = runtime ? await (await engine()).setRemember(remember) : null;
      if (signedIn) {
        await rememberConnection(signedIn, remember);
        return;
      }
      // Not signed in: ticking applies at the next sign-in; unticking forgets what this computer kept.
      if (remember) return;
      if (deps.storage && connection.loginHost.trim() && connection.clientId.trim()) await runtimeRefreshTokenStore(deps.storage, connection.loginHost, connection.clientId).clear();
      await rememberConnection(connection, false);
    },
    async pull(request, control) {
      if (!runtime) return { ok: false, failure: NOT_SIGNED_IN };
      // The field mapping is the workbook's: its tables were pulled with it (a resumed sign-in may come from another workbook).
      const stored = await deps.connectionStorage.load();
      return (await engine()).pull(request, control, stored === null ? null : decodeConnection(stored).customFields);
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
