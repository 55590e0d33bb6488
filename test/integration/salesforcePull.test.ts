/*
 * Issue #8: the Salesforce pull into the workbook, over the local Salesforce (test/fakes/salesforce)
 * and the in-memory Excel host through the real Office.js adapters (src/excel): paging, incremental
 * refresh, every fault, "nothing written on failure", and the dated snapshot the waterfall reads.
 */
import { pullSalesforceIntoWorkbook, salesforceSyncStatePort, type SalesforcePullControl, type SalesforcePullProgress } from "../../src/app/salesforcePull";
import { runForecast } from "../../src/app/runForecast";
import { noCorsProbe, SalesforceClient, type SalesforceClientOptions, salesforcePipelineSource, type PipelineSourceOptions } from "../../src/connectors/salesforce";
import { fiscalPeriodRange, parseFiscalLabel } from "../../src/core/model/fiscalCalendar";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model/settings";
import { createExcelWorkbookPort } from "../../src/excel/workbookPort";
import { createExcelSalesforceSyncStorage, SALESFORCE_SYNC_KEY } from "../../src/excel/salesforceSyncState";
import { startFakeSalesforce, type FakeSalesforce, type FakeSalesforceOptions } from "../fakes/salesforce";
import { createExcelHost, type ExcelHost } from "../host";
import { fullSnapshot } from "../unit/excel/support/workbookSnapshot";

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1 };
/** April to June 2026, around the fake's clock (2026-06-15). */
const PERIOD = "FY2026-Q2";
const noSleep = async (): Promise<void> => undefined;

interface PullOptions {
  /** The workbook port, when not the Office.js one over the host. */
  port?: Parameters<typeof pullSalesforceIntoWorkbook>[0];
  client?: Partial<SalesforceClientOptions>;
  source?: PipelineSourceOptions;
  control?: SalesforcePullControl;
}

interface Rig {
  sf: FakeSalesforce;
  host: ExcelHost;
  pull(options?: PullOptions): ReturnType<typeof pullSalesforceIntoWorkbook>;
}

const servers: FakeSalesforce[] = [];
afterAll(async () => {
  await Promise.all(servers.map((sf) => sf.close()));
});

/** A pull from `sf` into `host` through the real adapters: the Office.js workbook port and Workbook.settings for the sync state. */
function pullInto(sf: FakeSalesforce, host: ExcelHost, { port, client, source, control }: PullOptions = {}): ReturnType<typeof pullSalesforceIntoWorkbook> {
  const sfClient = new SalesforceClient({ instanceUrl: sf.url, tokens: { accessToken: () => sf.token }, fetch, sleep: noSleep, random: () => 0.5, ...client });
  const pipeline = salesforcePipelineSource(sfClient, { multiCurrency: true, customFields: [{ field: "Region__c" }], batchSize: 200, clock: () => new Date(sf.clock.now()), ...source }, SETTINGS);
  return pullSalesforceIntoWorkbook(port ?? createExcelWorkbookPort(host.run), pipeline, salesforceSyncStatePort(createExcelSalesforceSyncStorage(host.run)), SETTINGS, control);
}

async function rig(options: FakeSalesforceOptions = {}): Promise<Rig> {
  const sf = await startFakeSalesforce(options);
  servers.push(sf);
  const host = createExcelHost();
  return { sf, host, pull: (pullOptions) => pullInto(sf, host, pullOptions) };
}

/** The values of a table, header first (null when the workbook has none). */
function tableValues(host: ExcelHost, name: string): unknown[][] | null {
  const table = host.tables().find((t) => t.name === name);
  if (!table) return null;
  return host.values(table.sheet, table.address.slice(table.address.indexOf("!") + 1));
}

const column = (rows: unknown[][] | null, header: string): unknown[] => {
  if (!rows) return [];
  const index = rows[0].indexOf(header);
  return rows.slice(1).map((row) => row[index]);
};

/** Everything a pull could change: every sheet, table, cell value and format, names, settings. */
const everything = (host: ExcelHost) => JSON.stringify({ full: fullSnapshot(host), values: host.sheetNames().map((sheet) => host.values(sheet)), settings: host.settings() });

const liveIds = (sf: FakeSalesforce) => sf.store.ids("Opportunity").sort();
const openOpportunity = (sf: FakeSalesforce, fields: Record<string, string | number>) =>
  sf.store.insert("Opportunity", { Name: "New deal", AccountId: sf.seed?.accounts.acme ?? null, OwnerId: sf.seed?.users.alex ?? null, StageName: "Prospecting", CloseDate: "2026-06-30", Amount: 5000, CurrencyIsoCode: "USD", ...fields });

async function failedCode(promise: ReturnType<Rig["pull"]>): Promise<{ code: string; message: string; path: (string | number)[] }> {
  const result = await promise;
  if (result.ok) throw new Error("expected the pull to fail");
  return result.issues[0];
}

describe("pulling Salesforce into the workbook", () => {
  it("pages through every opportunity (batchSize 200) and writes each exactly once, with progress", async () => {
    const { sf, host, pull } = await rig({ opportunities: 1_170 });
    const progress: SalesforcePullProgress[] = [];
    const result = await pull({ control: { onProgress: (p) => progress.push(p) } });
    if (!result.ok) throw new Error(result.issues[0].message);
    const ids = column(tableValues(host, "Opportunities"), "id");
    expect(ids).toHaveLength(1_200);
    expect(new Set(ids).size).toBe(1_200);
    expect([...ids].sort()).toEqual(liveIds(sf));
    // 6 pages of opportunities, then users and quotas.
    expect(sf.requests.filter((r) => r.kind === "nextPage")).toHaveLength(5);
    expect(result.value).toMatchObject({ mode: "full", requests: 8, counts: { opportunities: 1_200, reps: 8, quotas: 24 }, changes: { added: 1_200, changed: 0, unchanged: 0, removed: 0 } });
    expect(result.value.apiUsage).toEqual({ used: 8, limit: 100_000 });
    const pulling = progress.filter((p) => p.step === "pulling" && p.phase === "opportunities");
    expect(pulling.map((p) => p.done)).toEqual([200, 400, 600, 800, 1_000, 1_200]);
    expect(pulling.every((p) => p.total === 1_200 && p.cancellable)).toBe(true);
    expect(progress.some((p) => p.step === "writing" && !p.cancellable)).toBe(true);
    // The session sees the data, as after an import.
    expect(result.value.refreshed?.dataSet.opportunities).toHaveLength(1_200);
    // The sync state is in Workbook.settings, without any token.
    const stored = String(host.settings()[SALESFORCE_SYNC_KEY]);
    expect(JSON.parse(stored)).toMatchObject({ version: 1, instanceUrl: sf.url, apiVersion: "61.0", lastPullMode: "full", mapping: { customFields: [{ field: "Region__c" }], multiCurrency: true } });
    expect(stored).not.toContain(sf.token);
  });

  it("refreshes incrementally: a change, a new deal and a deletion, giving the same tables as a full pull", async () => {
    const { sf, host, pull } = await rig({ opportunities: 500 });
    const [changedId, deletedId, touchedId] = sf.seed?.opportunities ?? [];
    // The org's records are an hour old, but one was touched just before the pull: the high-water mark.
    sf.clock.advance(3_600_000);
    sf.store.update(touchedId, { Type: "New Business" });
    expect((await pull()).ok).toBe(true);
    sf.clock.advance(3_600_000);
    sf.store.update(changedId, { Amount: 123_456, StageName: "Negotiation/Review" });
    sf.store.softDelete(deletedId);
    const addedId = openOpportunity(sf, { Name: "Fresh deal" });
    const before = sf.requests.length;

    const progress: SalesforcePullProgress[] = [];
    const result = await pull({ control: { onProgress: (p) => progress.push(p) } });
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.value).toMatchObject({ mode: "incremental", changes: { added: 1, changed: 1, removed: 1, unchanged: 528 } });
    const queries = sf.requests.slice(before).map((r) => `${r.path} ${r.query.q ?? ""}`);
    expect(queries[0]).toMatch(/\/query .*FROM Opportunity WHERE SystemModstamp > /);
    expect(queries[1]).toMatch(/\/queryAll .*IsDeleted = true AND SystemModstamp > /);
    // Only the changes were read: the changed and the new deal, and the touched one again in the 10-minute overlap.
    const totals = (phase: string) => progress.filter((p) => p.phase === phase).map((p) => p.total);
    expect(totals("opportunities")).toEqual([3]);
    expect(totals("deletions")).toEqual([1]);
    const rows = tableValues(host, "Opportunities");
    const ids = column(rows, "id");
    expect([...ids].sort()).toEqual(liveIds(sf));
    expect(ids).toContain(addedId);
    expect(ids).not.toContain(deletedId);
    expect(column(rows, "amount")[ids.indexOf(changedId)]).toBe(123_456);

    // A full pull of the same org into a new workbook gives exactly these tables.
    const fresh = createExcelHost();
    const reference = await pullInto(sf, fresh);
    expect(reference.ok && reference.value.mode).toBe("full");
    for (const table of ["Opportunities", "Accounts", "Reps", "Quotas"]) expect(tableValues(host, table)).toEqual(tableValues(fresh, table));
  });

  describe("faults", () => {
    it("REQUEST_LIMIT_EXCEEDED: retried, then a message quoting the Sforce-Limit-Info usage; nothing written", async () => {
      const { sf, host, pull } = await rig({ opportunities: 600, dailyApiLimit: 3 });
      const untouched = everything(host);
      const issue = await failedCode(pull());
      expect(issue.code).toBe("api_limit");
      expect(issue.message).toContain("the org has used 3 of its 3 daily requests (Sforce-Limit-Info api-usage=3/3)");
      // The first 403 and its 4 retries.
      expect(sf.requests.filter((r) => r.status === 403)).toHaveLength(5);
      expect(everything(host)).toBe(untouched);
    });

    it("REQUEST_LIMIT_EXCEEDED below the daily limit: retried and the pull succeeds", async () => {
      const { sf, pull } = await rig();
      sf.faults.push({ kind: "requestLimit", times: 2 });
      const result = await pull();
      expect(result.ok).toBe(true);
      expect(sf.faults.applied.map((f) => f.kind)).toEqual(["requestLimit", "requestLimit"]);
    });

    it("503: retried and the pull succeeds; after 5 attempts, the unavailable message", async () => {
      const recovered = await rig({ opportunities: 400 });
      recovered.sf.faults.push({ kind: "serverError", status: 503, on: "nextPage", times: 3 });
      const result = await recovered.pull();
      expect(result.ok && result.value.counts.opportunities).toBe(430);

      const down = await rig();
      down.sf.faults.push({ kind: "serverError", status: 503, times: 5 });
      const issue = await failedCode(down.pull());
      expect(issue).toMatchObject({ code: "unavailable", message: expect.stringContaining("Salesforce did not answer (HTTP 503) after 5 attempts") });
      expect(down.host.tables()).toEqual([]);
    });

    it("INVALID_QUERY_LOCATOR: the query restarts and no record counts twice", async () => {
      const { sf, host, pull } = await rig({ opportunities: 970 });
      sf.faults.push({ kind: "staleLocator", skip: 2 });
      const result = await pull();
      if (!result.ok) throw new Error(result.issues[0].message);
      expect(sf.faults.applied.map((f) => f.kind)).toEqual(["staleLocator"]);
      const ids = column(tableValues(host, "Opportunities"), "id");
      expect(ids).toHaveLength(1_000);
      expect([...ids].sort()).toEqual(liveIds(sf));
      // 3 pages before the lost cursor, the request that found it lost, all 5 pages again, users and quotas.
      expect(result.value.requests).toBe(3 + 1 + 5 + 2);
    });

    it("INVALID_FIELD from a mapped custom field: an error naming the field; nothing written", async () => {
      const { host, pull } = await rig();
      const issue = await failedCode(pull({ source: { customFields: [{ field: "Territory_Code__c" }] } }));
      expect(issue.code).toBe("invalid_field");
      expect(issue.path).toEqual(["Opportunity", "Territory_Code__c"]);
      expect(issue.message).toMatch(/^The field Territory_Code__c in your mapping does not exist on Opportunity in this org \(Salesforce said: No such column 'Territory_Code__c'/);
      expect(host.tables()).toEqual([]);
    });

    it("401 INVALID_SESSION_ID: refreshes once and succeeds; without a refresh, asks to sign in again", async () => {
      const { sf, pull } = await rig({ opportunities: 400 });
      let token = sf.token;
      let refreshes = 0;
      const tokens = {
        accessToken: () => token,
        refresh: async () => {
          refreshes += 1;
          token = sf.issueToken().access_token;
          return token;
        },
      };
      sf.faults.push({ kind: "expiredSession", revoke: true, on: "nextPage" });
      const result = await pull({ client: { tokens } });
      expect(result.ok && result.value.counts.opportunities).toBe(430);
      expect(refreshes).toBe(1);

      const expired = await rig();
      expired.sf.faults.push({ kind: "expiredSession", revoke: true });
      const issue = await failedCode(expired.pull());
      expect(issue).toMatchObject({ code: "sign_in_required", message: "Your Salesforce session has expired: sign in again." });
    });

    it("a connection dropped mid-pull after some pages: every sheet, table and value exactly as before", async () => {
      const { sf, host, pull } = await rig({ opportunities: 1_170 });
      expect((await pull({ control: { snapshot: true } })).ok).toBe(true);
      await host.run(async (context) => {
        context.workbook.worksheets.add("Notes").getRange("A1:B2").values = [["my", "notes"], [1, 2]];
      });
      sf.store.update(sf.seed?.opportunities[0] ?? "", { Amount: 1 });
      const before = everything(host);

      // The 3rd page breaks off mid-body on every one of its 5 attempts.
      sf.faults.push({ kind: "drop", at: "midBody", on: "nextPage", skip: 2, times: 5 });
      const issue = await failedCode(pull({ source: { batchSize: 200 }, control: { full: true, snapshot: true } }));
      expect(issue.code).toBe("network");
      expect(issue.message).toMatch(/^Salesforce \(127\.0\.0\.1:\d+\) could not be reached after 5 attempts/);
      expect(sf.faults.applied).toHaveLength(5);
      expect(everything(host)).toBe(before);
    });

    it("a CORS refusal: the connector's cors code and the allowlist message", async () => {
      const { sf, host, pull } = await rig();
      const origin = "https://salesops.example.com";
      // What a browser does when the origin is not on the org's allowlist: the request rejects with a
      // bare TypeError, while a no-cors probe of the same server resolves.
      const browserFetch = ((input: RequestInfo | URL, init?: RequestInit) => (init?.mode === "no-cors" ? fetch(input, init) : Promise.reject(new TypeError("Failed to fetch")))) as typeof fetch;
      const issue = await failedCode(pull({ client: { fetch: browserFetch, corsProbe: noCorsProbe(browserFetch, origin) } }));
      expect(issue.code).toBe("cors");
      expect(issue.message).toContain(`because the add-in's address ${origin} is not allowed by your org's CORS settings`);
      expect(issue.message).toContain(`add "${origin}" to the Allowed Origins List (New → Origin URL Pattern: ${origin})`);
      expect(issue.message).toContain('tick "Enable CORS for OAuth endpoints"');
      expect(sf.requests.some((r) => r.kind === "versions")).toBe(true);
      expect(host.tables()).toEqual([]);
    });
  });

  it("a write that fails half-way is rolled back, and the sync state stays at the last pull", async () => {
    const { sf, host, pull } = await rig({ opportunities: 300 });
    expect((await pull()).ok).toBe(true);
    sf.store.update(sf.seed?.opportunities[0] ?? "", { Amount: 42 });
    const tables = () => ["Opportunities", "Accounts", "Reps", "Quotas"].map((name) => tableValues(host, name));
    const before = { tables: tables(), settings: JSON.stringify(host.settings()) };
    const excel = createExcelWorkbookPort(host.run);
    let writes = 0;
    // The Accounts table (the second written) is lost on the way.
    const port = { ...excel, writeTables: (...args: Parameters<typeof excel.writeTables>) => (++writes === 2 ? Promise.reject(new Error("ConnectionFailure")) : excel.writeTables(...args)) };
    await expect(pull({ port })).rejects.toMatchObject({ name: "ImportWriteError", tableName: "Accounts", restored: ["Opportunities"], notRestored: [] });
    expect({ tables: tables(), settings: JSON.stringify(host.settings()) }).toEqual(before);
    // The next pull picks up where the last good one left off.
    const again = await pull();
    expect(again.ok && again.value).toMatchObject({ mode: "incremental", changes: { changed: 1 } });
  });

  it("a cancel while pulling leaves the workbook untouched", async () => {
    const { host, pull } = await rig({ opportunities: 1_000 });
    const controller = new AbortController();
    const before = everything(host);
    const result = await pull({ control: { signal: controller.signal, onProgress: (p) => p.step === "pulling" && p.done >= 400 && controller.abort() } });
    expect(result).toEqual({ ok: false, issues: [{ code: "cancelled", path: [], message: "Cancelled. Nothing was pulled into the workbook; it is unchanged." }] });
    expect(everything(host)).toBe(before);
  });

  it("keeps each pull as a dated snapshot, which the forecast waterfall starts from", async () => {
    const { sf, host, pull } = await rig({ opportunities: 300 });
    // Single-currency reading: every amount in USD, so no deal waits for an FX rate.
    const source = { multiCurrency: false, customFields: [] };
    const first = await pull({ source, control: { snapshot: true, snapshotDate: "2026-06-08" } });
    if (!first.ok) throw new Error(first.issues[0].message);
    expect(first.value.snapshot?.date).toBe("2026-06-08");

    const held = first.value.refreshed?.dataSet.opportunities ?? [];
    const range = fiscalPeriodRange(parseFiscalLabel(PERIOD) ?? { grain: "quarter", fiscalYear: 2026, index: 2 }, 1);
    const open = held.filter((o) => !o.stage.startsWith("Closed"));
    const inPeriod = open.filter((o) => o.closeDate >= range.start && o.closeDate <= range.end);
    expect(first.value.snapshot?.rows).toBe(open.length);
    expect(held.length).toBeGreaterThan(open.length);
    expect(inPeriod.length).toBeGreaterThan(2);
    sf.store.update(inPeriod[0].id, { StageName: "Closed Won" });
    sf.store.update(inPeriod[1].id, { Amount: 999_900 });
    openOpportunity(sf, { CloseDate: "2026-05-20", Amount: 7_500 });

    // The second pull the same day replaces that day's rows; the third is a week later.
    expect((await pull({ source, control: { snapshot: true, snapshotDate: "2026-06-15" } })).ok).toBe(true);
    const third = await pull({ source, control: { snapshotDate: "2026-06-15" } });
    if (!third.ok) throw new Error(third.issues[0].message);
    // The choice to keep snapshots is saved with the sync state.
    expect(third.value.snapshot).toEqual({ date: "2026-06-15", rows: open.length });
    const dates = column(tableValues(host, "Snapshots"), "snapshot_date");
    expect(new Set(dates).size).toBe(2);

    const dataSet = third.value.refreshed?.dataSet;
    if (!dataSet) throw new Error("no refreshed data");
    expect(new Set(dataSet.snapshots.map((row) => row.snapshotDate))).toEqual(new Set(["2026-06-08", "2026-06-15"]));
    const run = runForecast(dataSet, { period: PERIOD, level: "rep", asOf: "2026-06-15" });
    const startRows = dataSet.snapshots.filter((row) => row.snapshotDate === "2026-06-08" && row.closeDate >= range.start && row.closeDate <= range.end);
    const startCents = startRows.reduce((sum, row) => sum + Math.round(row.amount * 100), 0);
    expect(run.waterfall).toMatchObject({ from: "2026-06-08", to: "2026-06-15", balances: true });
    expect(run.waterfall?.start).toBe(startCents / 100);
    expect(run.waterfall?.won).toBe(inPeriod[0].amount);
    expect(run.waterfall?.created).toBe(7_500);
    expect(run.waterfall?.increased).toBe(999_900 - inPeriod[1].amount);
  });
});
