/*
 * `salesops pull salesforce`, in process against the local Salesforce: every record exactly once,
 * incremental refresh with a deletion, and a failed pull that leaves the data folder byte-identical.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { readDataFolder } from "../../../src/cli/readDataFolder";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { startFakeSalesforce, type FakeSalesforce } from "../../fakes/salesforce";
import { runCli } from "../support/cliAndErrors";

let sf: FakeSalesforce;
let dir: string;
let out: string;

beforeAll(async () => {
  sf = await startFakeSalesforce({ opportunities: 1_170 });
});
afterAll(() => sf.close());
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "salesops-pull-"));
  out = path.join(dir, "data");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pull = (...extra: string[]) => runCli(["pull", "salesforce", "--instance", sf.url, "--token", sf.token, "--batch-size", "200", "--multi-currency", "--custom-field", "Region__c", "--out", out, ...extra]);

/** Every file of the folder with a digest of its bytes. */
function folderDigest(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, createHash("sha256").update(readFileSync(path.join(folder, name))).digest("hex")]));
}

const csvIds = (): string[] => (readDataFolder(out).dataSet.opportunities ?? []).map((opportunity) => opportunity.id);

/** A folder whose settings have a calendar fiscal year, as the fake org's quarterly quotas do. */
function folderWithSettings(): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "settings.json"), JSON.stringify({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1 }));
}

describe("salesops pull salesforce", () => {
  it("writes opportunities.csv with every record exactly once, and the other canonical files", async () => {
    folderWithSettings();
    const settingsBefore = readFileSync(path.join(out, "settings.json"), "utf8");
    const result = await pull();
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const ids = csvIds();
    expect(ids).toHaveLength(1_200);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(sf.store.ids("Opportunity").sort());
    expect(readdirSync(out).sort()).toEqual(["accounts.csv", "opportunities.csv", "quotas.csv", "reps.csv", "salesforce-sync.json", "settings.json"]);
    // settings.json is the user's: kept as it was.
    expect(readFileSync(path.join(out, "settings.json"), "utf8")).toBe(settingsBefore);
    const { dataSet, issues } = readDataFolder(out);
    expect(issues).toEqual([]);
    expect([dataSet.accounts?.length, dataSet.reps?.length, dataSet.quotas?.length]).toEqual([9, 8, 24]);
    expect(result.out).toContain(`Salesforce ${sf.url} (API 61.0): Full pull: the first from this org.`);
    expect(result.out).toContain("Opportunities: 1,200 (added 1200, changed 0, unchanged 0, removed 0)");
    expect(result.out).toMatch(/Requests: 8; API usage: \d+ of 100,000 daily requests/);
    const state = readFileSync(path.join(out, "salesforce-sync.json"), "utf8");
    expect(JSON.parse(state)).toMatchObject({ version: 1, instanceUrl: sf.url, lastPullMode: "full", opportunities: { count: 1_200 } });
    expect(state).not.toContain(sf.token);
  });

  it("refreshes incrementally from the folder's sync state: a change, a new deal and a deletion merged by id", async () => {
    const [changedId, deletedId, touchedId] = sf.seed?.opportunities.slice(3) ?? [];
    sf.clock.advance(3_600_000);
    sf.store.update(touchedId, { Type: "New Business" });
    expect((await pull()).code).toBe(0);
    sf.clock.advance(3_600_000);
    sf.store.update(changedId, { Amount: 654_321 });
    sf.store.softDelete(deletedId);
    const addedId = sf.store.insert("Opportunity", { Name: "CLI deal", OwnerId: sf.seed?.users.maria ?? null, StageName: "Qualification", CloseDate: "2026-09-30", Amount: 12_000, CurrencyIsoCode: "USD" });

    const result = await pull("--snapshot", "--snapshot-date", "2026-06-15");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/: Changes since .* \(the last pull's high-water mark\), merged into opportunities\.csv\./);
    expect(result.out).toContain("(added 1, changed 1, unchanged 1198, removed 1)");
    const ids = csvIds();
    expect([...ids].sort()).toEqual(sf.store.ids("Opportunity").sort());
    expect(ids).toContain(addedId);
    expect(ids).not.toContain(deletedId);
    expect(readDataFolder(out).dataSet.opportunities?.find((o) => o.id === changedId)?.amount).toBe(654_321);
    expect(readDataFolder(out).dataSet.snapshots?.every((row) => row.snapshotDate === "2026-06-15")).toBe(true);

    // --full reads everything again, and --since merges the changes since the time given.
    expect((await pull("--full")).out).toContain("Full pull: asked for.");
    const since = await pull("--since", "2026-06-15T14:00:00Z");
    expect(since.out).toContain("Changes since 2026-06-15T14:00:00.000Z (asked for), merged into opportunities.csv.");
    expect([...csvIds()].sort()).toEqual(sf.store.ids("Opportunity").sort());
  });

  it("leaves the folder byte-identical when the pull fails after some pages, and says why with a non-zero exit", async () => {
    expect((await pull("--snapshot")).code).toBe(0);
    sf.store.update(sf.seed?.opportunities[0] ?? "", { Amount: 1 });
    const before = folderDigest(out);
    // The access token is revoked while the 3rd page is read; the CLI has no refresh token.
    sf.faults.push({ kind: "expiredSession", revoke: true, on: "nextPage", skip: 1 });
    const result = await pull("--full");
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe("salesops: Your Salesforce session has expired: sign in again.\nGet a new access token and pass it with --token or SALESFORCE_ACCESS_TOKEN.\n");
    expect(folderDigest(out)).toEqual(before);
    sf.oauth.expireAccessTokens();
  });

  it("prints the connector's message for a mapped field the org lacks, and writes no folder at all", async () => {
    const result = await runCli(["pull", "salesforce", "--instance", sf.url, "--token", sf.issueToken().access_token, "--custom-field", "Nope__c", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^salesops: The field Nope__c in your mapping does not exist on Opportunity in this org/);
    expect(existsSync(out)).toBe(false);
  });

  it("takes the token from SALESFORCE_ACCESS_TOKEN, and says so in --help", async () => {
    process.env.SALESFORCE_ACCESS_TOKEN = sf.issueToken().access_token;
    try {
      const result = await runCli(["pull", "salesforce", "--instance", sf.url, "--out", out, "--rejects", path.join(dir, "rejects.csv")]);
      expect(result.code).toBe(0);
      expect(csvIds()).toHaveLength(1_200);
      // With the default February fiscal year, the org's calendar quarters are rejected and listed.
      expect(readFileSync(path.join(dir, "rejects.csv"), "utf8").split("\n")[0]).toBe("object,record_id,field,value,code,reason");
      expect(result.out).toContain("quotas: none written (quotas.csv is kept as it was)");
    } finally {
      delete process.env.SALESFORCE_ACCESS_TOKEN;
    }
    const help = await runCli(["pull", "--help"]);
    expect(help.out).toContain("SALESFORCE_ACCESS_TOKEN");
    expect(help.out).toContain("--since <datetime>");
  });

  it.each([
    [["--instance", "http://127.0.0.1:1"], "Give the access token: --token TOKEN or the SALESFORCE_ACCESS_TOKEN environment variable."],
    [["--instance", "http://acme.example.com", "--token", "T"], '"http://acme.example.com" is not a Salesforce instance URL: it must start with https://.'],
    [["--instance", "https://acme.my.salesforce.com", "--token", "T", "--batch-size", "50"], "--batch-size 50: Salesforce pages hold 200 to 2000 records."],
    [["--instance", "https://acme.my.salesforce.com", "--token", "T", "--custom-field", "ARR__c:revenue"], '"revenue" is not a field it can fill'],
    [["--instance", "https://acme.my.salesforce.com", "--token", "T", "--since", "last week"], '--since "last week" is not a date and time'],
    [["--instance", "https://acme.my.salesforce.com", "--token", "T", "--api-version", "61"], 'The Salesforce API version must look like "61.0"'],
  ])("refuses bad arguments before any request: %j", async (args, message) => {
    const requests = sf.requests.length;
    const result = await runCli(["pull", "salesforce", ...args, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(sf.requests.length).toBe(requests);
  });

  it("refuses --since with no opportunities to merge into", async () => {
    const result = await pull("--since", "2026-06-01");
    expect(result.code).toBe(1);
    expect(result.err).toContain("need opportunities to merge them into");
    expect(existsSync(out)).toBe(false);
  });
});
