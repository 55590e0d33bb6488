/*
 * The connector's half of the Salesforce card (salesforceOperations.ts loads it on first use):
 *
 *  Sign-in (OAuth 2.0 web server flow with PKCE, through Office's dialog): a PKCE pair and a state;
 *  the dialog opens auth-start.html on the add-in's own domain, which sends the window to
 *  Salesforce's authorize URL; Salesforce redirects to auth-callback.html, which hands its address
 *  to the pane (messageParent); the pane closes the dialog, checks the state (parseRedirect) and
 *  exchanges the code with the verifier. The session (tokens in memory only) then serves the pulls
 *  and the SALESOPS.SOQL runner registered in the shared runtime (src/app/liveQuery.ts).
 *
 *  "Remember me": the session's refresh token goes to OfficeRuntime.storage only while the box is
 *  ticked (refreshTokenStorage.ts); unticking clears it. A 401 is refreshed once by the connector;
 *  when that fails the session ends here and the card asks the user to sign in again.
 */
import { type LiveQueryRunner, LiveQueryError, setLiveQueryRunner, tooManyRowsError } from "../app/liveQuery";
import { ImportWriteError, pullSalesforceIntoWorkbook } from "../app/salesforcePull";
import {
  authorizeUrl,
  collectQuery,
  createPkcePair,
  createState,
  exchangeCode,
  isSalesforceError,
  noCorsProbe,
  parseRedirect,
  parseSalesforceOrigin,
  type RefreshTokenStore,
  SalesforceClient,
  SalesforceError,
  type SalesforceIssue,
  salesforcePipelineSource,
  SalesforceSession,
} from "../connectors/salesforce";
import { authStartUrl, callbackUrlBeside, isSalesforceLoginUrl } from "./auth/authPages";
import { DIALOG_ERRORS, OfficeDialogError } from "./officeDialog";
import { runtimeRefreshTokenStore } from "./refreshTokenStorage";
import type { SalesforceConnection } from "./salesforceConnection";
import type { SalesforceDependencies, SalesforceFailure, SalesforceOutcome, SalesforceRuntime, SalesforceUser } from "./salesforceOperations";

/**
 * The session's refresh token store: it always knows the latest refresh token (in memory, to keep it
 * on this computer when the box is ticked later, and to revoke it at sign-out) and passes it on to
 * OfficeRuntime.storage only while "Remember me" is ticked.
 */
interface SwitchableStore extends RefreshTokenStore {
  setRemember(remember: boolean): Promise<void>;
  latest(): string | null;
}

function switchableStore(kept: RefreshTokenStore | null, remember: boolean): SwitchableStore {
  let enabled = remember && kept !== null;
  let latest: string | null = null;
  return {
    load: async () => (enabled && kept ? kept.load() : null),
    async save(refreshToken) {
      latest = refreshToken;
      if (enabled && kept) await kept.save(refreshToken);
    },
    async clear() {
      latest = null;
      await kept?.clear();
    },
    async setRemember(next) {
      enabled = next && kept !== null;
      if (!kept) return;
      if (enabled && latest) await kept.save(latest);
      if (!next) await kept.clear();
    },
    latest: () => latest,
  };
}

const failure = (code: string, message: string, more: Partial<SalesforceFailure> = {}): { ok: false; failure: SalesforceFailure } => ({ ok: false, failure: { code, message, ...more } });

/** A connector error as the card's failure. */
function failureOf(error: SalesforceError): SalesforceFailure {
  return { code: error.code, message: error.message, field: error.field, apiUsage: error.apiUsage };
}

/** Office's dialog errors in words: what happened and what to do. */
function dialogFailure(error: OfficeDialogError, loginHost: string): SalesforceFailure {
  const host = new URL(loginHost).host;
  switch (error.code) {
    case DIALOG_ERRORS.closedByUser:
      return { code: "sign_in_cancelled", message: "Sign-in cancelled: the Salesforce window was closed before the sign-in finished. Choose Sign in to try again." };
    case DIALOG_ERRORS.ignoredByUser:
    case DIALOG_ERRORS.popupBlocked:
      return { code: "sign_in_cancelled", message: `Office did not open the Salesforce sign-in window (the pop-up was ${error.code === DIALOG_ERRORS.popupBlocked ? "blocked by the browser" : "not allowed"}). Allow pop-ups for Excel, then choose Sign in again.` };
    case DIALOG_ERRORS.alreadyOpen:
      return { code: "sign_in_failed", message: "A SalesOps sign-in window is already open: finish signing in there, or close it and choose Sign in again." };
    case DIALOG_ERRORS.pageNotLoaded:
      return { code: "sign_in_failed", message: `The sign-in window could not load Salesforce's page at ${host}. Check the login host (for My Domain, your org's address such as https://acme.my.salesforce.com) and your internet connection, then sign in again.` };
    case DIALOG_ERRORS.untrustedDomain:
    case DIALOG_ERRORS.httpsRequired:
    case DIALOG_ERRORS.insecureUrl:
      return { code: "sign_in_failed", message: `Office refused to open the sign-in window (error ${error.code}): SalesOps must be served over https from the address in its manifest. Show this message to your admin.` };
    case DIALOG_ERRORS.aborted:
      return { code: "sign_in_cancelled", message: "Sign-in cancelled." };
    default:
      return { code: "sign_in_failed", message: `The sign-in window ended with Office error ${error.code} (${error.message}). Sign in again; if it keeps failing, show this message to your admin.` };
  }
}

/** The login host of a connection, checked: an https origin on a Salesforce sign-in domain. */
function checkedLoginHost(connection: SalesforceConnection): { ok: true; loginHost: string } | { ok: false; failure: SalesforceFailure } {
  let loginHost: string;
  try {
    loginHost = parseSalesforceOrigin(connection.loginHost, "login host");
  } catch (error) {
    if (error instanceof SalesforceError) return { ok: false, failure: failureOf(error) };
    throw error;
  }
  const url = new URL(loginHost);
  if (/\.lightning\.force\.com$/i.test(url.hostname)) {
    const mine = url.hostname.replace(/\.lightning\.force\.com$/i, ".my.salesforce.com");
    return failure("invalid_url", `${loginHost} is the address of Lightning pages, not of the sign-in: use your My Domain, https://${mine}.`);
  }
  if (!isSalesforceLoginUrl(url)) {
    return failure("invalid_url", `${loginHost} is not a Salesforce sign-in address. Use https://login.salesforce.com, https://test.salesforce.com for a sandbox, or your org's My Domain (https://yourcompany.my.salesforce.com).`);
  }
  if (!connection.clientId.trim()) return failure("missing_client_id", "Enter the connected app's consumer key (client id): your Salesforce admin finds it in Setup → App Manager (or External Client App Manager) → SalesOps → View.");
  return { ok: true, loginHost };
}

const USER_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/**
 * Who signed in, and whether the org is multi-currency: only there does User have CurrencyIsoCode,
 * so the first query tells (and INVALID_FIELD on it means a single-currency org). One or two API requests.
 */
async function whoAmI(client: SalesforceClient, userId: string): Promise<{ name: string; username: string; multiCurrency: boolean }> {
  if (!USER_ID.test(userId)) throw new SalesforceError("unexpected_response", `Salesforce's identity URL names no user id SalesOps can read ("${userId}"). Sign in again.`);
  const read = async (fields: string) => (await collectQuery(client, `SELECT ${fields} FROM User WHERE Id = '${userId}'`)).records[0] ?? {};
  let multiCurrency = true;
  let user: Record<string, unknown>;
  try {
    user = await read("Name, Username, CurrencyIsoCode");
  } catch (error) {
    if (!isSalesforceError(error, "invalid_field") || error.field !== "CurrencyIsoCode") throw error;
    multiCurrency = false;
    user = await read("Name, Username");
  }
  return { name: String(user.Name ?? ""), username: String(user.Username ?? ""), multiCurrency };
}

/** Salesforce's own words inside a connector message ("… (Salesforce said: X). …"), or the whole message. */
function salesforceSaid(message: string): string {
  return /\(Salesforce said: ([\s\S]*)\)\.?/.exec(message)?.[1] ?? message;
}

interface Live {
  session: SalesforceSession;
  client: SalesforceClient;
  connection: SalesforceConnection;
  loginHost: string;
  store: SwitchableStore;
  user: SalesforceUser;
}

/** Built once per pane by salesforceOperations.ts. */
export function createSalesforceRuntime(deps: SalesforceDependencies): SalesforceRuntime {
  const origin = new URL(deps.pageUrl).origin;
  const fetch = deps.fetch;
  const corsProbe = noCorsProbe(fetch, origin);
  const listeners = new Set<(failure: SalesforceFailure) => void>();
  let live: Live | null = null;

  /** The session is over by itself (expired and not renewable): SOQL cells say so, the card asks to sign in. */
  const end = (ended: Live, why: SalesforceFailure) => {
    if (live !== ended) return;
    live = null;
    void setLiveQueryRunner(null);
    for (const listener of listeners) listener(why);
  };

  const runnerOf = (current: Live): LiveQueryRunner => ({
    description: `${current.user.username || current.user.name} on ${new URL(current.user.instanceUrl).host}`,
    async run(soql, { maxRows, signal }) {
      const records: Record<string, unknown>[] = [];
      let totalSize = 0;
      try {
        for await (const page of current.client.queryPages(soql, { signal })) {
          if (page.restarted) records.length = 0;
          totalSize = page.totalSize;
          // COUNT() has a total and no records: only a result with rows can be too large to spill.
          if (totalSize > maxRows && page.records.length > 0) throw tooManyRowsError(totalSize, maxRows);
          for (const record of page.records) records.push(record);
        }
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        if (error.code === "sign_in_required") {
          end(current, failureOf(error));
          throw new LiveQueryError("signed_out", `${error.message.replace(/\.$/, "")} from SalesOps → Data.`);
        }
        if (error.code === "invalid_field") {
          throw new LiveQueryError("query", `The field ${error.field} does not exist on ${error.object ?? "that object"}, or your user cannot see it (Salesforce said: ${salesforceSaid(error.message)}).`);
        }
        if (error.code === "invalid_query" || error.code === "object_not_available" || (error.code === "request_failed" && error.status === 400)) {
          throw new LiveQueryError("query", `Salesforce refused the query: ${salesforceSaid(error.message)}`);
        }
        throw new LiveQueryError("unavailable", error.message);
      }
      return { records, totalSize };
    },
  });

  async function begin(session: SalesforceSession, connection: SalesforceConnection, loginHost: string, store: SwitchableStore, remembered: boolean): Promise<SalesforceOutcome<SalesforceUser>> {
    const client = new SalesforceClient({ instanceUrl: session.instanceUrl, apiVersion: connection.apiVersion, tokens: session, fetch, corsProbe });
    let who: Awaited<ReturnType<typeof whoAmI>>;
    try {
      who = await whoAmI(client, session.userId);
    } catch (error) {
      // A session that cannot read its own user is of no use (CORS on the REST API, no API access): forget it.
      await session.signOut();
      if (error instanceof SalesforceError) return { ok: false, failure: failureOf(error) };
      throw error;
    }
    const user: SalesforceUser = { instanceUrl: session.instanceUrl, userId: session.userId, orgId: session.orgId, remembered, ...who };
    const current: Live = { session, client, connection, loginHost, store, user };
    live = current;
    // Every SOQL cell runs again now, signed in; the card need not wait for them.
    void setLiveQueryRunner(runnerOf(current));
    return { ok: true, value: user };
  }

  const keptStore = (loginHost: string, clientId: string) => (deps.storage ? runtimeRefreshTokenStore(deps.storage, loginHost, clientId) : null);

  return {
    async signIn(connection, remember) {
      const checked = checkedLoginHost(connection);
      if (!checked.ok) return checked;
      const { loginHost } = checked;
      const clientId = connection.clientId.trim();
      try {
        const { verifier, challenge } = await createPkcePair();
        const state = createState();
        const redirectUri = callbackUrlBeside(deps.pageUrl);
        const authorize = authorizeUrl({ loginHost, clientId, redirectUri, challenge, state });
        let answer: { message: string; origin: string | null };
        try {
          answer = await deps.dialog.open({ url: authStartUrl(deps.pageUrl, authorize) });
        } catch (error) {
          if (error instanceof OfficeDialogError) return { ok: false, failure: dialogFailure(error, loginHost) };
          throw error;
        }
        if (answer.origin !== null && answer.origin !== origin) {
          return failure("sign_in_failed", `The sign-in window answered from ${answer.origin}, not from SalesOps (${origin}), so the answer was ignored. Sign in again.`);
        }
        const { code } = parseRedirect(answer.message, state);
        const tokens = await exchangeCode({ loginHost, clientId, fetch, corsProbe, redirectUri, code, verifier });
        const store = switchableStore(keptStore(loginHost, clientId), remember);
        // Unticked: whatever this computer kept for this org and app is forgotten.
        if (!remember) await keptStore(loginHost, clientId)?.clear();
        if (live) await live.session.signOut();
        const session = await SalesforceSession.start({ loginHost, clientId, fetch, corsProbe, store }, tokens);
        return await begin(session, connection, loginHost, store, remember && deps.storage !== null && tokens.refreshToken !== null);
      } catch (error) {
        if (error instanceof SalesforceError) return { ok: false, failure: failureOf(error) };
        throw error;
      }
    },

    async resume(connection) {
      const checked = checkedLoginHost(connection);
      if (!checked.ok) return checked;
      const { loginHost } = checked;
      const clientId = connection.clientId.trim();
      const kept = keptStore(loginHost, clientId);
      if (!kept) return { ok: true, value: null };
      const store = switchableStore(kept, true);
      try {
        const session = await SalesforceSession.restore({ loginHost, clientId, fetch, corsProbe, store });
        if (!session) return { ok: true, value: null };
        return await begin(session, connection, loginHost, store, true);
      } catch (error) {
        if (error instanceof SalesforceError) return { ok: false, failure: failureOf(error) };
        throw error;
      }
    },

    async signOut() {
      const current = live;
      if (!current) return;
      live = null;
      const token = current.store.latest() ?? current.session.accessToken();
      await current.session.signOut();
      void setLiveQueryRunner(null);
      // Revoked at Salesforce too, so the token is of no use to anyone; signing out here does not wait on it or depend on it.
      void fetch(`${current.loginHost}/services/oauth2/revoke`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token }).toString(),
      }).catch(() => undefined);
    },

    async setRemember(remember) {
      if (!live) return null;
      await live.store.setRemember(remember);
      live.user = { ...live.user, remembered: remember && deps.storage !== null && live.store.latest() !== null };
      return live.connection;
    },

    async pull(request, control, customFields) {
      const current = live;
      if (!current) return failure("sign_in_required", "Sign in to Salesforce first.");
      const settings = deps.settings();
      const pipeline = salesforcePipelineSource(current.client, { customFields: customFields ?? current.connection.customFields, multiCurrency: current.user.multiCurrency, clock: deps.now }, settings);
      // The bar says "pulling" from the first request on, not only once the first page is in.
      const source: typeof pipeline = {
        connection: pipeline.connection,
        pull: (pullRequest) => {
          control.onProgress?.({ step: "pulling", label: "Pulling opportunities from Salesforce", done: 0, total: 0, unit: "records", cancellable: true, phase: "opportunities" });
          return pipeline.pull(pullRequest);
        },
      };
      try {
        const result = await pullSalesforceIntoWorkbook(deps.port, source, deps.syncState, settings, { ...control, full: request.mode === "full", snapshot: request.snapshot });
        if (result.ok) return result;
        const issue = result.issues[0] as SalesforceIssue | undefined;
        const failed: SalesforceFailure = {
          code: issue?.code ?? "pull_failed",
          message: issue?.message ?? "The pull failed.",
          field: issue && issue.code === "invalid_field" ? String(issue.path[1] ?? issue.path[0] ?? "") : undefined,
          apiUsage: issue?.apiUsage,
        };
        if (failed.code === "sign_in_required") end(current, failed);
        return { ok: false, failure: failed };
      } catch (error) {
        if (error instanceof ImportWriteError) return failure("write_failed", error.message, { cause: error });
        throw error;
      }
    },

    onSessionEnded(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
