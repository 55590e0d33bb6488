/*
 * The pane's Salesforce operations (salesforceOperations.ts and the lazily loaded salesforceRuntime.ts)
 * against the local Salesforce (test/fakes/salesforce) in Node: sign-in with PKCE through a dialog
 * that does what auth-start.html and the browser do (follow the authorize endpoint's redirect back
 * to the callback page), the remembered refresh token, the SOQL runner in the shared runtime, a pull
 * into a memory workbook, and the endings (dialog closed, forged state, session not renewable, sign-out).
 * The Office dialog itself is the browser suite's (test/e2e/salesforce.e2e.test.ts).
 */
import { getLiveQueryRunner, setLiveQueryRunner } from "../../../src/app/liveQuery";
import { memorySyncStateStorage, salesforceSyncStatePort } from "../../../src/app/salesforceSyncState";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { soqlFunction } from "../../../src/functions/functions";
import { authorizeTarget } from "../../../src/taskpane/auth/authPages";
import { DIALOG_ERRORS, type OfficeDialog, OfficeDialogError } from "../../../src/taskpane/officeDialog";
import type { RuntimeStorage } from "../../../src/taskpane/refreshTokenStorage";
import { DEFAULT_CONNECTION, type SalesforceConnection } from "../../../src/taskpane/salesforceConnection";
import { salesforceOperations, type SalesforceFailure, type SalesforceOperations } from "../../../src/taskpane/salesforceOperations";
import { MemoryWorkbookPort } from "../../e2e/harness/memoryWorkbookPort";
import { DEFAULT_CLIENT_ID, type FakeSalesforce, startFakeSalesforce } from "../../fakes/salesforce";
import { latest, recordStream } from "../support/cliAndErrors";

installCustomFunctionsShim();

const PAGE = "https://salesops.example.com/taskpane.html";

/** Office's dialog as auth-start.html and the browser run it: check the authorize URL, follow Salesforce's 302, hand back where it lands. */
function followingDialog(tamper: (landed: string) => string = (landed) => landed): OfficeDialog & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    async open({ url }) {
      opened.push(url);
      const target = authorizeTarget(url);
      if (!target.ok) throw new Error(target.reason);
      const response = await fetch(target.url, { redirect: "manual" });
      const landed = response.headers.get("location");
      if (response.status !== 302 || !landed) throw new Error(`the authorize endpoint answered ${response.status}`);
      return { message: tamper(landed), origin: new URL(PAGE).origin };
    },
  };
}

function memoryStorage(): RuntimeStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => {
      items.set(key, value);
    },
    removeItem: async (key) => {
      items.delete(key);
    },
  };
}

function setUp(sf: FakeSalesforce, dialog: OfficeDialog = followingDialog()) {
  const port = new MemoryWorkbookPort();
  const storage = memoryStorage();
  const sync = memorySyncStateStorage();
  const connection = memorySyncStateStorage();
  const operations: SalesforceOperations = salesforceOperations({
    port,
    syncState: salesforceSyncStatePort(sync),
    connectionStorage: connection,
    settings: () => DEFAULT_SETTINGS,
    dialog,
    storage,
    fetch: (input, init) => fetch(input, init),
    pageUrl: PAGE,
    now: () => new Date("2026-06-15T12:30:00Z"),
  });
  const settings: SalesforceConnection = { ...DEFAULT_CONNECTION, loginHost: sf.url, clientId: DEFAULT_CLIENT_ID };
  return { port, storage, sync, connection, operations, settings };
}

const failureOf = (outcome: { ok: boolean; failure?: SalesforceFailure }) => (outcome.ok ? null : (outcome.failure as SalesforceFailure));

describe("the pane's Salesforce sign-in, pull and SOQL runner (against the local Salesforce)", () => {
  let sf: FakeSalesforce;
  beforeAll(async () => {
    sf = await startFakeSalesforce({ clients: [{ clientId: DEFAULT_CLIENT_ID, redirectUris: ["https://salesops.example.com/auth-callback.html"] }] });
  });
  afterAll(async () => {
    await setLiveQueryRunner(null);
    await sf.close();
  });

  it("signs in with PKCE, keeps the refresh token only when remembered, serves SOQL cells, pulls, and signs out", async () => {
    const dialog = followingDialog();
    const { operations, storage, port, settings } = setUp(sf, dialog);
    expect(operations.redirectUri).toBe("https://salesops.example.com/auth-callback.html");
    const cell = recordStream<unknown[][]>();
    soqlFunction("SELECT Name, Username FROM User WHERE Name = 'Dana Lee'", cell.invocation as never);
    expect(latest(cell)).toBe("#N/A Not signed in to Salesforce: sign in from SalesOps → Data.");

    const signedIn = await operations.signIn(settings, true);
    expect(failureOf(signedIn)).toBeNull();
    if (!signedIn.ok) return;
    expect(signedIn.value).toMatchObject({ name: "Dana Lee", instanceUrl: sf.url, multiCurrency: true, remembered: true });
    expect(dialog.opened[0].startsWith("https://salesops.example.com/auth-start.html?authorize=")).toBe(true);
    // The verifier went only to the token endpoint; the authorize request carried its S256 challenge.
    expect(sf.requests.find((r) => r.kind === "authorize")?.query.code_challenge_method).toBe("S256");
    // The refresh token, and which login host and app it is for (so the next start can resume without reading the workbook).
    expect([...storage.items.keys()].sort()).toEqual([`SalesOps.salesforce.refreshToken|${sf.url}|${DEFAULT_CLIENT_ID}`, "SalesOps.salesforce.rememberedConnection"]);
    expect(JSON.parse(storage.items.get("SalesOps.salesforce.rememberedConnection") as string)).toEqual(settings);

    // The SOQL cell filled in by itself when the runner was registered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLiveQueryRunner()?.description).toMatch(/on 127\.0\.0\.1:\d+$/);
    expect(latest(cell)).toEqual([["Name", "Username"], ["Dana Lee", expect.stringContaining("dana")]]);

    // Unticking forgets the token on this computer at once; ticking again keeps the session's current one.
    await operations.setRemember(settings, false);
    expect(storage.items.size).toBe(0);
    await operations.setRemember(settings, true);
    expect(storage.items.size).toBe(2);

    const pulled = await operations.pull({ mode: "full", snapshot: false }, {});
    expect(failureOf(pulled)).toBeNull();
    if (!pulled.ok) return;
    expect(pulled.value.mode).toBe("full");
    const opportunities = (await port.readTable("Opportunities")) ?? [];
    expect(opportunities.length - 1).toBe(sf.store.ids("Opportunity").length);
    expect((await operations.lastPull())?.instanceUrl).toBe(sf.url);

    const revokes = sf.requests.filter((r) => r.kind === "revoke").length;
    await operations.signOut();
    expect(storage.items.size).toBe(0);
    expect(getLiveQueryRunner()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sf.requests.filter((r) => r.kind === "revoke").length).toBe(revokes + 1);
    expect(latest(cell)).toBe("#N/A Not signed in to Salesforce: sign in from SalesOps → Data.");
    cell.cancel();
  });

  it("resumes a remembered sign-in at the next pane start, and forgets a token Salesforce refuses", async () => {
    const first = setUp(sf);
    expect(failureOf(await first.operations.signIn(first.settings, true))).toBeNull();
    // A new pane (another workbook, or this one reopened) with this computer's storage: no workbook read needed.
    const second = setUp(sf);
    for (const [key, value] of first.storage.items) second.storage.items.set(key, value);
    const start = await second.operations.start();
    expect(start).toEqual({ canRemember: true, remembered: first.settings });
    expect(second.connection.text).toBeNull();
    const resumed = await second.operations.resume(first.settings);
    expect(resumed.ok && resumed.value?.name).toBe("Dana Lee");

    const tokenKey = `SalesOps.salesforce.refreshToken|${sf.url}|${DEFAULT_CLIENT_ID}`;
    sf.oauth.revoke(second.storage.items.get(tokenKey) as string);
    const third = setUp(sf);
    for (const [key, value] of second.storage.items) third.storage.items.set(key, value);
    expect(await third.operations.resume(first.settings)).toEqual({ ok: true, value: null });
    expect(third.storage.items.size).toBe(0);
    expect(await third.operations.start()).toEqual({ canRemember: true, remembered: null });
  });

  it("ends the session when a 401 cannot be refreshed: the pull says sign in again, the card hears it, SOQL cells say not signed in", async () => {
    const { operations, storage, settings } = setUp(sf);
    const signedIn = await operations.signIn(settings, true);
    expect(signedIn.ok).toBe(true);
    const ended: SalesforceFailure[] = [];
    operations.onSessionEnded((failure) => ended.push(failure));
    sf.oauth.revoke(storage.items.get(`SalesOps.salesforce.refreshToken|${sf.url}|${DEFAULT_CLIENT_ID}`) as string);
    sf.oauth.expireAccessTokens();
    const pulled = await operations.pull({ mode: "full", snapshot: false }, {});
    expect(failureOf(pulled)).toMatchObject({ code: "sign_in_required", message: expect.stringMatching(/^Your Salesforce session has expired: sign in again\./) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ended.map((failure) => failure.code)).toEqual(["sign_in_required"]);
    expect(getLiveQueryRunner()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it("says what happened when the dialog is closed, the answer is forged, or the settings are wrong, and keeps nothing", async () => {
    const closing: OfficeDialog = {
      open: async () => {
        throw new OfficeDialogError(DIALOG_ERRORS.closedByUser, "closed");
      },
    };
    const closed = setUp(sf, closing);
    expect(failureOf(await closed.operations.signIn(closed.settings, true))).toMatchObject({ code: "sign_in_cancelled", message: expect.stringContaining("Choose Sign in to try again") });
    expect(closed.storage.items.size).toBe(0);

    const forged = setUp(sf, followingDialog((landed) => landed.replace(/state=[^&]+/, "state=someone-elses")));
    expect(failureOf(await forged.operations.signIn(forged.settings, true))).toMatchObject({ code: "state_mismatch" });

    const lightning = setUp(sf);
    expect(failureOf(await lightning.operations.signIn({ ...lightning.settings, loginHost: "https://acme.lightning.force.com" }, false))).toMatchObject({
      code: "invalid_url",
      message: expect.stringContaining("https://acme.my.salesforce.com"),
    });
    expect(failureOf(await lightning.operations.signIn({ ...lightning.settings, loginHost: "https://salesforce.evil.example" }, false))).toMatchObject({ code: "invalid_url" });
    expect(failureOf(await lightning.operations.signIn({ ...lightning.settings, clientId: " " }, false))).toMatchObject({ code: "missing_client_id" });
    expect(failureOf(await lightning.operations.pull({ mode: "full", snapshot: false }, {}))).toMatchObject({ code: "sign_in_required" });
  });

  it("tells a single-currency org by its User fields, and pulls it without CurrencyIsoCode", async () => {
    const single = await startFakeSalesforce({ multiCurrency: false });
    try {
      const { operations, port } = setUp(single);
      const signedIn = await operations.signIn({ ...DEFAULT_CONNECTION, loginHost: single.url, clientId: DEFAULT_CLIENT_ID }, false);
      expect(signedIn.ok && signedIn.value.multiCurrency).toBe(false);
      const pulled = await operations.pull({ mode: "full", snapshot: true }, {});
      expect(failureOf(pulled)).toBeNull();
      expect(pulled.ok && pulled.value.snapshot?.date).toBe("2026-06-15");
      const [header, ...rows] = (await port.readTable("Opportunities")) ?? [];
      const currency = header.indexOf("currency");
      expect(new Set(rows.map((row) => row[currency]))).toEqual(new Set([DEFAULT_SETTINGS.corporateCurrency]));
      await operations.signOut();
    } finally {
      await single.close();
    }
  });
});
