/*
 * The Salesforce card rendered to HTML (server rendering; clicking through is the Chromium suite's),
 * its messages, the connection settings kept with the workbook, and the sign-in pages' checks.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { ImportWriteError } from "../../../src/app/replaceTables";
import { authorizeTarget, authStartUrl, callbackUrlBeside, isSalesforceLoginUrl } from "../../../src/taskpane/auth/authPages";
import { customFieldsText, DEFAULT_CONNECTION, decodeConnection, encodeConnection, loginHostFor, parseCustomFields } from "../../../src/taskpane/salesforceConnection";
import type { SalesforceWorkbookPullOutcome } from "../../../src/taskpane/salesforceOperations";
import { SalesforceSignedIn } from "../../../src/taskpane/views/data/SalesforceSignedIn";
import { SalesforceSignInForm } from "../../../src/taskpane/views/data/SalesforceSignInForm";
import { pullFailedMessage, pullProgressText, pullSucceededMessage, signInFailedMessage } from "../../../src/taskpane/views/data/salesforceMessages";
import type { SalesforceCardState } from "../../../src/taskpane/views/data/useSalesforce";

const text = (html: string) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

const ORIGIN = "https://salesops.example.com";
const noop = () => undefined;
const state = (change: Partial<SalesforceCardState>): SalesforceCardState => ({
  phase: "signedOut",
  draft: { hostKind: "myDomain", myDomain: "", clientId: "", apiVersion: "61.0", customFields: "" },
  draftErrors: {},
  canRemember: true,
  remember: false,
  user: null,
  lastPull: null,
  snapshot: false,
  progress: null,
  busy: null,
  open: noop,
  setDraft: noop,
  setRemember: noop,
  setSnapshot: noop,
  signIn: noop,
  signOut: noop,
  pull: noop,
  cancel: noop,
  refreshFormulas: noop,
  ...change,
});
const user = { instanceUrl: "https://acme.my.salesforce.com", name: "Dana Lee", username: "dana@acme.example", userId: "005000000000001AAA", orgId: "00D000000000001AAA", multiCurrency: true, remembered: true };

describe("the Salesforce card", () => {
  it("asks where and with which app to sign in, with every control labelled, and tells the admin what to register", () => {
    const html = render(<SalesforceSignInForm state={state({ draftErrors: { clientId: "Enter the connected app's consumer key (your Salesforce admin has it)." } })} redirectUri={`${ORIGIN}/auth-callback.html`} origin={ORIGIN} />);
    const shown = text(html).replace(/ ([,.])/g, "$1");
    for (const label of ["Sign in through", "Production (login.salesforce.com)", "Sandbox (test.salesforce.com)", "My Domain", "My Domain URL", "Consumer key (client id)", "API version", "Remember me on this computer", "Sign in"]) {
      expect(shown).toContain(label);
    }
    expect(shown).toContain("Enter the connected app's consumer key");
    expect(shown).toContain(`the connected app's callback URL is ${ORIGIN}/auth-callback.html, and Setup → CORS must allow ${ORIGIN}`);
    // Every input has a label element pointing at it (Fluent's Field).
    const inputs = [...html.matchAll(/<(?:input|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs.length).toBeGreaterThanOrEqual(7);
    for (const id of inputs) expect(html).toMatch(new RegExp(`for="${id}"`));
  });

  it("shows who is signed in, and offers Refresh changes only after a pull of this org with a high-water mark", () => {
    const lastPull = { instanceUrl: user.instanceUrl, at: "2026-06-15T12:00:00.000Z", mode: "full" as const, highWaterMark: "2026-06-15T11:59:00.000+0000", keepSnapshots: false };
    const signedIn = text(render(<SalesforceSignedIn state={state({ phase: "signedIn", user, lastPull })} />));
    expect(signedIn).toContain("Signed in as Dana Lee (dana@acme.example) on acme.my.salesforce.com");
    expect(signedIn).toContain("Last pull 2026-06-15 12:00 UTC, everything.");
    for (const button of ["Pull pipeline", "Refresh changes", "Refresh SOQL formulas", "Sign out"]) expect(signedIn).toContain(button);
    const otherOrg = text(render(<SalesforceSignedIn state={state({ phase: "signedIn", user, lastPull: { ...lastPull, instanceUrl: "https://other.my.salesforce.com" } })} />));
    expect(otherOrg).not.toContain("Refresh changes");
    const pulling = text(render(<SalesforceSignedIn state={state({ phase: "signedIn", user, progress: { step: "pulling", label: "", done: 2000, total: 5000, unit: "records", cancellable: true, phase: "opportunities" } })} />));
    expect(pulling).toContain("Pulling opportunities from Salesforce 2,000 of 5,000 records Cancel");
  });

  it("words failures with what to do: the origin to allow, the API usage, the field, and that the workbook is unchanged", () => {
    const cors = pullFailedMessage({ code: "cors", message: `Your browser blocked Salesforce's answer … add "${ORIGIN}" …` }, ORIGIN);
    expect(cors.title).toBe("Salesforce blocked SalesOps' address (CORS)");
    expect(cors.details).toEqual([`Origin to add to Setup → CORS → Allowed Origins List: ${ORIGIN}`]);
    expect(cors.body).toMatch(/Nothing was written: the workbook is unchanged\.$/);
    const limit = pullFailedMessage({ code: "api_limit", message: "Salesforce refused more API requests.", apiUsage: { used: 15_000, limit: 15_000 } }, ORIGIN);
    expect(limit.details).toEqual(["API usage: the org has used 15,000 of its 15,000 daily API requests."]);
    expect(pullFailedMessage({ code: "invalid_field", message: "The field Region__c in your mapping does not exist…", field: "Region__c" }, ORIGIN).title).toBe("Salesforce has no field Region__c");
    expect(pullFailedMessage({ code: "cancelled", message: "" }, ORIGIN)).toEqual({ intent: "info", title: "Pull cancelled", body: "Nothing was pulled into the workbook; it is unchanged." });
    const stopped = pullFailedMessage({ code: "write_failed", message: "", cause: new ImportWriteError("Reps", ["Opportunities"], [], Object.assign(new Error("The sheet is protected"), { code: "AccessDenied" })) }, ORIGIN);
    expect(stopped.title).toBe("The pull stopped at the Reps table");
    expect(stopped.body).toContain("Opportunities was put back, so the workbook is unchanged.");
    expect(signInFailedMessage({ code: "sign_in_cancelled", message: "Sign-in cancelled: …" }, ORIGIN).intent).toBe("warning");
    expect(pullProgressText({ step: "pulling", label: "", done: 0, total: 0, unit: "records", cancellable: true, phase: "users" })).toEqual({ label: "Pulling users from Salesforce", counts: "Waiting for Salesforce's first page…" });
  });

  it("sums up a pull: changes, counts, snapshot, requests and usage, and left-out records grouped by reason", () => {
    const outcome = {
      mode: "incremental",
      reason: "Changes since 2026-06-15T12:00:00.000+0000 (the last pull's high-water mark), merged into the Opportunities table.",
      since: "2026-06-15T12:00:00.000+0000",
      counts: { opportunities: 29, accounts: 9, reps: 8, quotas: null },
      changes: { added: 0, changed: 1, unchanged: 27, removed: 1 },
      snapshot: { date: "2026-06-15", rows: 20 },
      rejected: [1, 2, 3].map((n) => ({ object: "ForecastingQuota", recordId: `0J9${n}`, field: "StartDate", value: "2026-01-01", code: "quota_period_mismatch", reason: "not the first day of a fiscal quarter" })),
      notes: [],
      newStages: [],
      issues: [],
      requests: 5,
      apiUsage: { used: 42, limit: 100_000 },
      pulledAt: "2026-06-15T12:30:00.000Z",
      written: [],
      syncState: {},
      syncStateError: null,
      refreshed: { dataSet: {}, issues: [], tables: [] },
      refreshError: null,
    } as unknown as SalesforceWorkbookPullOutcome;
    const message = pullSucceededMessage(outcome);
    expect(message.title).toBe("Refreshed 2 changes from Salesforce");
    expect(message.details).toEqual([
      "Opportunities: 0 added, 1 changed, 1 deleted, 27 unchanged (29 in the table)",
      "Accounts: 9; reps: 8; quotas: none written (the Quotas table was left as it was)",
      "Snapshot of 2026-06-15: 20 open opportunities",
      "5 API requests; the org has used 42 of its 100,000 daily API requests",
      "3 ForecastingQuota records left out (quota_period_mismatch), e.g. 0J91 StartDate: not the first day of a fiscal quarter",
    ]);
  });
});

describe("the connection settings kept with the workbook", () => {
  it("round-trips through the schema, which drops anything it does not know (a token least of all)", () => {
    const connection = { ...DEFAULT_CONNECTION, loginHost: "https://acme.my.salesforce.com", clientId: "3MVG9abc", customFields: [{ field: "ARR__c", target: "amount" as const }] };
    const text = encodeConnection({ ...connection, accessToken: "00D!secret" } as typeof connection);
    expect(text).not.toContain("secret");
    expect(decodeConnection(text)).toEqual(connection);
    expect(decodeConnection("{not json")).toEqual(DEFAULT_CONNECTION);
    expect(decodeConnection({ version: 2 })).toEqual(DEFAULT_CONNECTION);
  });

  it("reads the form: login hosts, and custom fields with their targets", () => {
    expect(loginHostFor("production", "x")).toBe("https://login.salesforce.com");
    expect(loginHostFor("sandbox", "")).toBe("https://test.salesforce.com");
    expect(loginHostFor("myDomain", " acme.my.salesforce.com/ ")).toBe("https://acme.my.salesforce.com");
    expect(parseCustomFields("Region__c, ARR__c=amount\nProduct_Line__c = product")).toEqual({ ok: true, fields: [{ field: "Region__c" }, { field: "ARR__c", target: "amount" }, { field: "Product_Line__c", target: "product" }] });
    expect(parseCustomFields("ARR__c=revenue")).toMatchObject({ ok: false, message: expect.stringContaining("revenue is not a field SalesOps fills") });
    expect(customFieldsText([{ field: "Region__c" }, { field: "ARR__c", target: "amount" }])).toBe("Region__c, ARR__c=amount");
  });
});

describe("the sign-in dialog's pages", () => {
  const page = "https://salesops.example.com/app/taskpane.html?_host_Info=Excel";
  const authorize = (host: string, redirect = "https://salesops.example.com/app/auth-callback.html") =>
    `${host}/services/oauth2/authorize?response_type=code&client_id=x&redirect_uri=${encodeURIComponent(redirect)}&state=s&code_challenge=c&code_challenge_method=S256`;

  it("puts both pages beside the pane, so the callback URL is the add-in's own", () => {
    expect(callbackUrlBeside(page)).toBe("https://salesops.example.com/app/auth-callback.html");
    expect(authStartUrl(page, "https://login.salesforce.com/services/oauth2/authorize?a=1")).toBe("https://salesops.example.com/app/auth-start.html?authorize=https%3A%2F%2Flogin.salesforce.com%2Fservices%2Foauth2%2Fauthorize%3Fa%3D1");
  });

  it("sends the window only to Salesforce's authorize endpoint, asking for a code for this add-in", () => {
    const start = (target: string) => authorizeTarget(authStartUrl(page, target));
    expect(start(authorize("https://acme.my.salesforce.com"))).toEqual({ ok: true, url: authorize("https://acme.my.salesforce.com") });
    expect(start(authorize("http://127.0.0.1:8787")).ok).toBe(true);
    expect(start(authorize("https://salesforce.com.evil.example"))).toMatchObject({ ok: false, reason: "https://salesforce.com.evil.example is not a Salesforce sign-in address." });
    expect(start(authorize("http://login.salesforce.com")).ok).toBe(false);
    expect(start("https://login.salesforce.com/secur/frontdoor.jsp?sid=x")).toMatchObject({ ok: false, reason: "The address is not Salesforce's sign-in page." });
    expect(start(authorize("https://login.salesforce.com", "https://evil.example/steal"))).toMatchObject({ ok: false, reason: "The sign-in would not come back to SalesOps." });
    expect(authorizeTarget("https://salesops.example.com/app/auth-start.html")).toMatchObject({ ok: false });
    expect(isSalesforceLoginUrl(new URL("https://acme--uat.sandbox.my.salesforce.com"))).toBe(true);
    expect(isSalesforceLoginUrl(new URL("https://notsalesforce.com"))).toBe(false);
  });
});
