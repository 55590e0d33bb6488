/*
 * The built pane "in Excel" (support/openPaneInExcel.ts) signing in to a local Salesforce
 * (test/fakes/salesforce) through Office's dialog, faked in the page (inExcel/dialogFake.ts): the
 * dialog loads auth-start.html in a hidden iframe, which goes to the fake's authorize endpoint, whose
 * 302 lands on auth-callback.html, which sends its address to the pane with messageParent. Then the
 * pane pulls into the in-memory workbook, refreshes the changes, serves SALESOPS.SOQL, and shows what
 * the user must do when the dialog is closed, the API limit is reached, the session cannot be
 * renewed, or the org's CORS allowlist lacks the add-in. Each state of the card is screenshotted into
 * test-output/e2e/ and passes axe. Needs `npm run build` first.
 */
import type { Browser, Page } from "playwright-core";
import { DEFAULT_CLIENT_ID, type FakeSalesforce, startFakeSalesforce } from "../fakes/salesforce";
import { describeWithOracle } from "../oracles/availability";
import { launchChromium } from "./support/browser";
import { DIST, openPaneInExcel, type PaneInExcel } from "./support/openPaneInExcel";
import { openView } from "./support/openView";
import { axeReport, screenshot } from "./support/paneArtifacts";
import { serveFolder, type StaticServer } from "./support/staticServer";

type Cell = string | number | boolean | null;

const NOW = "2026-06-15T12:30:00Z";
const NOT_SIGNED_IN = { code: "#N/A", message: "Not signed in to Salesforce: sign in from SalesOps → Data." };

/** Rows as records by header, from a table's values (header row first). */
function records(values: Cell[][] | null): Record<string, Cell>[] {
  if (!values) throw new Error("no such table");
  const [header, ...rows] = values;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

const statusText = async (page: Page) => ((await page.getByRole("status").first().textContent()) ?? "").replace(/\s+/g, " ");

/** The Data view's status area once it holds a message with this title. */
async function waitForStatus(page: Page, title: string | RegExp, timeout = 30_000): Promise<string> {
  await page.getByRole("status").first().getByText(title).first().waitFor({ timeout });
  return statusText(page);
}

/** Opens the pane with the fake Salesforce reachable (openPanePage blocks every other origin). */
async function openPane(browser: Browser, server: StaticServer, sf: FakeSalesforce): Promise<PaneInExcel> {
  // The narrowest task pane Office gives.
  const pane = await openPaneInExcel(browser, { server, now: NOW, viewport: { width: 320, height: 900 } });
  await pane.page.route(`${sf.url}/**`, (route) => route.continue());
  await openView(pane.page, "Data");
  await pane.page.getByRole("heading", { name: "Salesforce", level: 2 }).waitFor();
  return pane;
}

const card = (page: Page) => page.locator('[aria-labelledby="salesforce-title"]');

/** Fills the sign-in form for the fake (its My Domain is its loopback URL) and optionally ticks Remember me. */
async function fillSignIn(page: Page, sf: FakeSalesforce, remember: boolean): Promise<void> {
  const form = card(page);
  // The card reads nothing from the workbook until it is opened.
  const connect = form.getByRole("button", { name: "Connect to Salesforce" });
  if (await connect.count()) await connect.click();
  // My Domain is the default choice: from Excel, Salesforce finishes sign-ins only there.
  expect(await form.getByRole("radio", { name: "My Domain" }).isChecked()).toBe(true);
  await form.getByRole("textbox", { name: "My Domain URL" }).fill(sf.url);
  await form.getByRole("textbox", { name: "Consumer key (client id)" }).fill(DEFAULT_CLIENT_ID);
  if (remember) await form.getByRole("checkbox", { name: "Remember me on this computer" }).check();
}

async function signIn(page: Page, sf: FakeSalesforce, remember: boolean): Promise<string> {
  await fillSignIn(page, sf, remember);
  await card(page).getByRole("button", { name: "Sign in", exact: true }).click();
  return waitForStatus(page, "Signed in to Salesforce");
}

/** Starts SALESOPS.SOQL in the page as Excel would (the function the bundle associated), recording every result it streams. */
async function startSoql(page: Page, query: string): Promise<void> {
  await page.evaluate((soql) => {
    const scope = window as unknown as { __soql: unknown[]; CustomFunctions: { _association: { mappings: Record<string, (...args: unknown[]) => void> } } };
    scope.__soql = [];
    const invocation = {
      onCanceled: undefined as undefined | (() => void),
      setResult(value: unknown) {
        scope.__soql.push(value instanceof Error ? { code: (value as Error & { code: string }).code, message: value.message } : value);
      },
    };
    scope.CustomFunctions._association.mappings.SOQL(soql, invocation);
  }, query);
}

async function soqlResults(page: Page, atLeast: number): Promise<unknown[]> {
  await page.waitForFunction((n) => ((window as unknown as { __soql?: unknown[] }).__soql?.length ?? 0) >= n, atLeast, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __soql: unknown[] }).__soql);
}

/** The card fits the pane: nothing wider than the viewport, whatever the message. */
async function expectNoSideways(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/** A screenshot and an axe run of the pane in one state, and a check that it fits 320 px. */
async function capture(page: Page, name: string, where: string, axe: Awaited<ReturnType<typeof axeReport>>[]): Promise<void> {
  await expectNoSideways(page);
  await screenshot(page, name);
  axe.push(await axeReport(page, where));
}

/** Every bearer token the pane sent to the fake. */
const bearerTokens = (sf: FakeSalesforce) => [...new Set(sf.requests.map((r) => r.headers.authorization).filter((h): h is string => Boolean(h)).map((h) => h.replace(/^Bearer /, "")))];

describeWithOracle("chromium", "the built pane in Excel: Salesforce through Office's dialog", () => {
  let browser: Browser;
  let server: StaticServer;
  let sf: FakeSalesforce;
  const axe: Awaited<ReturnType<typeof axeReport>>[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(DIST);
    // The static server's origin is on the fake org's CORS allowlist, as the admin would set it up.
    sf = await startFakeSalesforce({ corsOrigins: [new URL(server.url).origin] });
  }, 60_000);
  afterAll(async () => {
    await sf?.close();
    await server?.close();
    await browser?.close();
  });
  afterAll(() => {
    // Every state of the card screenshotted passed axe-core with no violation at all.
    expect(axe.filter((report) => report.violations.length > 0)).toEqual([]);
  });

  it("signs in through the dialog, pulls into the workbook, refreshes the changes, serves SALESOPS.SOQL and signs out", async () => {
    const pane = await openPane(browser, server, sf);
    const { page, host, problems } = pane;
    const origin = new URL(server.url).origin;

    // A SOQL formula in the grid before anyone signs in: #N/A, and it fills in by itself at sign-in.
    const seedOpportunities = sf.seed?.opportunities ?? [];
    const withoutAccount = seedOpportunities.find((id) => sf.store.get(id)?.AccountId === null) as string;
    const withAccount = seedOpportunities.find((id) => sf.store.get(id)?.AccountId !== null) as string;
    await startSoql(page, `SELECT Id, Name, Account.Name, Amount, IsClosed FROM Opportunity WHERE Id IN ('${withoutAccount}', '${withAccount}')`);
    expect(await soqlResults(page, 1)).toEqual([NOT_SIGNED_IN]);

    // ---- The card at start: nothing read from the workbook (only Workbook.settings' SalesOps.settings, as before).
    await card(page).getByRole("button", { name: "Connect to Salesforce" }).waitFor();
    expect(await host.syncCount()).toBeLessThanOrEqual(2);
    await capture(page, "salesforce-closed", "Salesforce card, closed", axe);
    // ---- Opened: the form, with what the admin must register.
    await card(page).getByRole("button", { name: "Connect to Salesforce" }).click();
    await page.getByText(`${server.url}auth-callback.html`).first().waitFor();
    await capture(page, "salesforce-signed-out", "Salesforce card, signed out", axe);

    // ---- Sign in, remembered on this computer.
    const signedIn = await signIn(page, sf, true);
    expect(signedIn).toContain("Dana Lee");
    await card(page).getByText("Signed in as").waitFor();
    const dialogs = await host.evaluate((api) => api.dialogs.records());
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatchObject({ state: "closed", closedBy: "addin", error: null });
    expect(dialogs[0].startAddress.startsWith(`${server.url}auth-start.html?authorize=`)).toBe(true);
    // The dialog went auth-start → the fake's authorize endpoint → its 302 → auth-callback?code&state, and that page sent its address.
    expect(dialogs[0].messagedFrom).toMatch(new RegExp(`^${server.url}auth-callback\\.html\\?code=`));
    expect(dialogs[0].messages).toEqual([{ message: dialogs[0].messagedFrom, origin, delivered: true }]);
    expect(await page.locator("iframe[data-office-dialog]").count()).toBe(0);
    const authorize = sf.requests.find((r) => r.kind === "authorize");
    expect(authorize?.query).toMatchObject({ response_type: "code", client_id: DEFAULT_CLIENT_ID, redirect_uri: `${server.url}auth-callback.html`, code_challenge_method: "S256" });
    expect(authorize?.query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sf.requests.filter((r) => r.kind === "token")).toHaveLength(1);
    // The refresh token is kept on this computer (OfficeRuntime.storage), under the login host and app.
    const stored = await host.evaluate((api) => api.runtimeStorage());
    const tokenKey = `SalesOps.salesforce.refreshToken|${sf.url}|${DEFAULT_CLIENT_ID}`;
    expect(Object.keys(stored).sort()).toEqual([tokenKey, "SalesOps.salesforce.rememberedConnection"]);
    expect(stored[tokenKey]).toMatch(/^5Aep/);
    // The SOQL cell filled in: a header of the SELECT's paths, the empty lookup as an empty cell.
    const [, signedInResult] = await soqlResults(page, 2);
    const expectedRow = (id: string) => {
      const record = sf.store.get(id) as Record<string, unknown>;
      const account = record.AccountId ? (sf.store.get(String(record.AccountId)) as Record<string, unknown>).Name : "";
      return [id, record.Name, account, record.Amount ?? "", record.IsClosed];
    };
    const [soqlHeader, ...soqlRows] = signedInResult as Cell[][];
    expect(soqlHeader).toEqual(["Id", "Name", "Account.Name", "Amount", "IsClosed"]);
    expect(soqlRows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([withoutAccount, withAccount].sort().map(expectedRow));
    await capture(page, "salesforce-signed-in", "Salesforce card, signed in", axe);

    // ---- Pull pipeline: Opportunities, Accounts and Reps in the workbook, each opportunity once.
    await card(page).getByRole("button", { name: "Pull pipeline" }).click();
    const pulled = await waitForStatus(page, /^Pulled \d+ opportunities from Salesforce/);
    const liveIds = sf.store.ids("Opportunity");
    expect(pulled).toContain(`Pulled ${liveIds.length} opportunities from Salesforce`);
    expect(pulled).toMatch(/\d+ API requests; the org has used [\d,]+ of its 100,000 daily API requests/);
    const opportunities = records(await host.tableValues("Opportunities"));
    expect(opportunities.map((row) => row.id).sort()).toEqual([...liveIds].sort());
    expect(new Set(opportunities.map((row) => row.id)).size).toBe(opportunities.length);
    expect(opportunities.map((row) => row.id)).not.toContain(sf.seed?.deletedOpportunityId);
    const reps = records(await host.tableValues("Reps"));
    // Every internal and partner user (customer community users are left out: they own no deals).
    const internalUsers = sf.store.all("User").filter((user) => user.UserType === "Standard" || user.UserType === "PowerPartner").map((user) => user.Id);
    expect(internalUsers.length).toBeGreaterThanOrEqual(8);
    expect(reps.map((row) => row.id).sort()).toEqual([...internalUsers].sort());
    const accountIds = new Set(liveIds.map((id) => sf.store.get(id)?.AccountId).filter(Boolean));
    expect(records(await host.tableValues("Accounts")).map((row) => row.id).sort()).toEqual([...accountIds].sort());
    // A name that looks like a formula stays text in the table.
    const obrien = opportunities.find((row) => String(row.name).startsWith("O'Brien"));
    expect(obrien?.name).toBe("O'Brien's 100% Renewal_2026");
    await card(page).getByRole("button", { name: "Refresh changes" }).waitFor();
    await capture(page, "salesforce-pulled", "Salesforce card, after a pull", axe);

    // ---- Salesforce changes one deal and deletes another; the access token expires (refreshed once, silently).
    const [changedId, deletedId] = liveIds;
    sf.store.update(changedId, { Amount: 777_777, StageName: "Negotiation/Review" });
    sf.store.softDelete(deletedId);
    sf.oauth.expireAccessTokens();
    const refreshesBefore = sf.requests.filter((r) => r.kind === "token").length;
    await card(page).getByRole("button", { name: "Refresh changes" }).click();
    const refreshed = await waitForStatus(page, /^Refreshed \d+ changes from Salesforce/);
    expect(refreshed).toContain("Opportunities: 0 added, 1 changed, 1 deleted");
    expect(sf.requests.filter((r) => r.kind === "token").length).toBe(refreshesBefore + 1);
    const after = records(await host.tableValues("Opportunities"));
    expect(after.map((row) => row.id).sort()).toEqual(liveIds.filter((id) => id !== deletedId).sort());
    expect(after.find((row) => row.id === changedId)).toMatchObject({ amount: 777_777, stage: "Negotiation/Review" });
    // Only the changes were asked for, and the deletions through queryAll.
    const queries = sf.requests.filter((r) => r.kind === "query").map((r) => `${r.path} ${r.query.q ?? ""}`);
    expect(queries.some((q) => /\/queryAll /.test(q) && /IsDeleted = true AND SystemModstamp >/.test(q))).toBe(true);
    await capture(page, "salesforce-refreshed", "Salesforce card, after refreshing changes", axe);

    // ---- Refresh SOQL formulas: the cell runs its query again (and sees the deletion).
    const before = (await soqlResults(page, 2)).length;
    sf.store.update(withAccount, { Amount: 4242 });
    await card(page).getByRole("button", { name: "Refresh SOQL formulas" }).click();
    await waitForStatus(page, "Refreshed 1 SOQL formula");
    const latest = (await soqlResults(page, before + 1)).at(-1) as Cell[][];
    expect(latest.find((row) => row[0] === withAccount)?.[3]).toBe(4242);

    // ---- Tokens never reach the workbook: not in its settings, cells or names.
    const workbook = JSON.stringify(await host.snapshot());
    const tokens = [...bearerTokens(sf), stored[tokenKey]];
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    for (const token of tokens) expect(workbook).not.toContain(token);
    const settings = (await host.snapshot()).settings;
    expect(Object.keys(settings).sort()).toEqual(expect.arrayContaining(["SalesOps.salesforceConnection", "SalesOps.salesforceSync"]));
    expect(JSON.parse(String(settings["SalesOps.salesforceConnection"]))).toEqual({ version: 1, loginHost: sf.url, clientId: DEFAULT_CLIENT_ID, apiVersion: "61.0", customFields: [] });

    // ---- Sign out: the remembered token is forgotten and revoked; the SOQL cell says "not signed in".
    await card(page).getByRole("button", { name: "Sign out" }).click();
    await waitForStatus(page, "Signed out of Salesforce");
    expect(await host.evaluate((api) => api.runtimeStorage())).toEqual({});
    expect((await soqlResults(page, before + 2)).at(-1)).toEqual(NOT_SIGNED_IN);
    await page.waitForTimeout(200);
    expect(sf.requests.filter((r) => r.kind === "revoke")).toHaveLength(1);
    expect(problems.errors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await pane.close();
  });

  it("says sign-in was cancelled when the user closes the dialog, and keeps nothing", async () => {
    const pane = await openPane(browser, server, sf);
    const { page, host } = pane;
    const tokenRequests = sf.requests.filter((r) => r.kind === "token").length;
    await host.evaluate((api) => api.dialogs.setMode("userCloses"));
    await fillSignIn(page, sf, true);
    await card(page).getByRole("button", { name: "Sign in", exact: true }).click();
    const cancelled = await waitForStatus(page, "Sign-in cancelled");
    expect(cancelled).toContain("the Salesforce window was closed before the sign-in finished. Choose Sign in to try again.");
    expect(await host.evaluate((api) => api.dialogs.records())).toMatchObject([{ state: "closed", closedBy: "user", error: 12006 }]);
    expect(sf.requests.filter((r) => r.kind === "token").length).toBe(tokenRequests);
    expect(await host.evaluate((api) => api.runtimeStorage())).toEqual({});
    await card(page).getByRole("button", { name: "Sign in", exact: true }).waitFor();
    await capture(page, "salesforce-sign-in-cancelled", "Salesforce card, sign-in cancelled", axe);
    expect(pane.problems.errors).toEqual([]);
    await pane.close();
  });

  it("cancels a slow pull, reports the API limit with its usage, and asks to sign in again when the session cannot be renewed: the workbook is unchanged each time", async () => {
    const pane = await openPane(browser, server, sf);
    const { page, host } = pane;
    await signIn(page, sf, true);
    await card(page).getByRole("button", { name: "Pull pipeline" }).click();
    await waitForStatus(page, /^Pulled \d+ opportunities/);
    const workbook = await host.snapshot();

    // A slow Salesforce: the progress bar counts, and Cancel stops the pull before anything is written.
    sf.faults.push({ kind: "delay", ms: 4000, on: "query" });
    await card(page).getByRole("checkbox", { name: "Keep this pull as a dated snapshot" }).check();
    await card(page).getByRole("button", { name: "Pull pipeline" }).click();
    await card(page).getByText("Pulling opportunities from Salesforce").waitFor();
    await capture(page, "salesforce-pulling", "Salesforce card, pulling", axe);
    await card(page).getByRole("button", { name: "Cancel" }).click();
    expect(await waitForStatus(page, "Pull cancelled")).toContain("Nothing was pulled into the workbook; it is unchanged.");
    expect(await host.snapshot()).toEqual(workbook);

    // The org's daily API requests are used up: retried, then the usage is quoted; nothing is written.
    sf.setApiUsage(sf.stats.apiLimit);
    await card(page).getByRole("button", { name: "Pull pipeline" }).click();
    const limited = await waitForStatus(page, "Salesforce's API request limit is reached", 60_000);
    expect(limited).toContain("the org has used 100,000 of its 100,000 daily requests (Sforce-Limit-Info api-usage=100000/100000)");
    expect(limited).toContain("API usage: the org has used 100,000 of its 100,000 daily API requests.");
    expect(limited).toContain("Nothing was written: the workbook is unchanged.");
    expect(await host.snapshot()).toEqual(workbook);
    await capture(page, "salesforce-api-limit", "Salesforce card, API limit", axe);
    sf.setApiUsage(0);

    // The session expires and its refresh token is revoked: refreshed once, refused, so "sign in again".
    const refreshToken = (await host.evaluate((api) => api.runtimeStorage()))[`SalesOps.salesforce.refreshToken|${sf.url}|${DEFAULT_CLIENT_ID}`];
    expect(sf.oauth.revoke(refreshToken)).toBe(true);
    sf.oauth.expireAccessTokens();
    await card(page).getByRole("button", { name: "Pull pipeline" }).click();
    const again = await waitForStatus(page, "Sign in to Salesforce again");
    expect(again).toContain("Your Salesforce session has expired: sign in again.");
    await card(page).getByRole("button", { name: "Sign in", exact: true }).waitFor();
    expect(await host.snapshot()).toEqual(workbook);
    // The refused token is forgotten on this computer.
    expect(await host.evaluate((api) => api.runtimeStorage())).toEqual({});
    await capture(page, "salesforce-sign-in-again", "Salesforce card, sign in again", axe);
    expect(pane.problems.errors).toEqual([]);
    await pane.close();
  });

  it("names the origin to add when the org's CORS allowlist lacks the add-in", async () => {
    const closed = await startFakeSalesforce({ corsOrigins: ["https://salesops.example.com"] });
    try {
      const pane = await openPane(browser, server, closed);
      const { page, host } = pane;
      const origin = new URL(server.url).origin;
      await fillSignIn(page, closed, false);
      await card(page).getByRole("button", { name: "Sign in", exact: true }).click();
      const refused = await waitForStatus(page, "Salesforce blocked SalesOps' address (CORS)");
      expect(refused).toContain(`because the add-in's address ${origin} is not allowed by your org's CORS settings`);
      expect(refused).toContain(`add "${origin}" to the Allowed Origins List`);
      expect(refused).toContain(`Origin to add to Setup → CORS → Allowed Origins List: ${origin}`);
      // The dialog did its part (the code came back); the token request is what the browser refused.
      expect(await host.evaluate((api) => api.dialogs.records())).toMatchObject([{ state: "closed", closedBy: "addin" }]);
      expect(closed.requests.some((r) => r.kind === "token")).toBe(true);
      await card(page).getByRole("button", { name: "Sign in", exact: true }).waitFor();
      await capture(page, "salesforce-cors", "Salesforce card, CORS refusal", axe);
      await pane.close();
    } finally {
      await closed.close();
    }
  });
});
