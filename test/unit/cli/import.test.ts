import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli as run } from "../support/cliAndErrors";
import { readDataFolder } from "../../../src/cli/readDataFolder";

const FIXTURES = path.join(__dirname, "../../fixtures/import");


describe("salesops import", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "salesops-import-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["salesforce_opportunities_report.csv", "salesforce", 15, 4, 8],
    ["hubspot_deals_export.csv", "hubspot", 16, 3, 16],
    ["dynamics_opportunities_export.csv", "dynamics", 16, 3, 16],
    ["sales_pipeline.csv", "sales_pipeline", 14, 9, 11],
  ])("turns %s into canonical files without naming the preset", async (fixture, preset, opportunities, reps, accounts) => {
    const out = path.join(dir, "data");
    const result = await run(["import", path.join(FIXTURES, fixture), "--out", out]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Preset: ${preset} (`);
    expect(readdirSync(out).sort()).toEqual(["accounts.csv", "opportunities.csv", "reps.csv", "settings.json"]);
    const { dataSet, issues } = readDataFolder(out);
    expect(issues).toEqual([]);
    expect(dataSet.opportunities).toHaveLength(opportunities);
    expect(dataSet.reps).toHaveLength(reps);
    expect(dataSet.accounts).toHaveLength(accounts);
    // Every stage written is known to the settings written alongside.
    const stages = new Set(dataSet.settings?.stageMap.map((definition) => definition.stage));
    expect(dataSet.opportunities?.filter((opportunity) => !stages.has(opportunity.stage))).toEqual([]);
  });

  it("prints the summary and writes every rejected row with --rejects", async () => {
    const rejects = path.join(dir, "rejects.csv");
    const result = await run(["import", path.join(FIXTURES, "salesforce_opportunities_report.csv"), "--out", path.join(dir, "data"), "--rejects", rejects, "--show", "2"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Rows read: 20, imported: 15, rejected: 5, blank rows skipped: 1, report footer rows skipped: 2");
    expect(result.out).toContain("Rejected by reason: invalid_date 1, invalid_amount 1, missing_owner 1, negative_amount 1, duplicate_id 1");
    expect(result.out).toContain('Problems (first 2 of 5):\n  row 12, Close Date "13/45/2026"');
    const lines = readFileSync(rejects, "utf8").trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe("row,column,value,code,reason");
    expect(lines[1]).toMatch(/^12,Close Date,13\/45\/2026,invalid_date,/);
    expect(readFileSync(rejects, "utf8")).toContain("16,Opportunity ID,0065g00000AbCdE01,duplicate_id,");
  });

  it("exits non-zero and writes nothing when no row can be imported", async () => {
    const file = path.join(dir, "bad.csv");
    writeFileSync(file, "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nX1,,GTX,Acme,Won,2016-10-20,2017-03-01,10\nX2,Ann,GTX,Acme,Engaging,2016-10-20,,\n");
    const out = path.join(dir, "data");
    const result = await run(["import", file, "--out", out, "--rejects", path.join(dir, "rejects.csv")]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("Rows read: 2, imported: 0, rejected: 2");
    expect(result.err).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(dir, "rejects.csv"))).toBe(false);
  });

  it("names the file or argument in errors", async () => {
    const missing = await run(["import", path.join(dir, "nope.csv"), "--out", dir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.csv does not exist");
    const both = await run(["import", path.join(FIXTURES, "sales_pipeline.csv"), "--out", dir, "--preset", "hubspot", "--mapping", "m.json"]);
    expect(both.err).toContain("either --preset or --mapping");
    const currency = await run(["import", path.join(FIXTURES, "sales_pipeline.csv"), "--out", dir, "--currency", "dollars"]);
    expect(currency.err).toContain("--currency dollars is not an ISO currency code");
    const header = path.join(dir, "odd.csv");
    writeFileSync(header, "a,b\n1,2\n");
    const unknown = await run(["import", header, "--out", path.join(dir, "x")]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(`Cannot import ${header}`);
    expect(unknown.err).toContain("--preset");
  });

  it("uses a mapping file, and a named preset", async () => {
    const file = path.join(dir, "deals.csv");
    writeFileSync(file, "Ref;Who;Stage;Value;Due\n".replace(/;/g, ",") + "D-1,Jo Weiss,Won,\"1.234,50\",27.11.2026\n");
    const mapping = path.join(dir, "mapping.json");
    writeFileSync(mapping, JSON.stringify({ columns: { id: "Ref", ownerName: "Who", stage: "Stage", amount: "Value", closeDate: "Due" }, defaults: { currency: "EUR" }, stages: { Won: "Closed Won" }, decimalSeparator: "," }));
    const out = path.join(dir, "data");
    const result = await run(["import", file, "--out", out, "--mapping", mapping]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(out, "opportunities.csv"), "utf8")).toBe(
      "id,name,account_id,owner_id,stage,forecast_category,amount,currency,probability,created_date,close_date,type,product,term_months\nD-1,,,jo-weiss,Closed Won,Closed,1234.5,EUR,,2026-11-27,2026-11-27,,,\n",
    );
    const named = await run(["import", path.join(FIXTURES, "sales_pipeline.csv"), "--out", path.join(dir, "named"), "--preset", "sales_pipeline", "--currency", "eur"]);
    expect(named.out).toContain("Preset: sales_pipeline (CRM Sales Opportunities sales_pipeline.csv), named");
    expect(readDataFolder(path.join(dir, "named")).dataSet.opportunities?.[0].currency).toBe("EUR");
  });

  it("has --help listing the presets and their derivations", async () => {
    const result = await run(["import", "--help"]);
    expect(result.out).toContain("--mapping <file>");
    expect(result.out).toContain("sales_pipeline");
    expect(result.out).toContain("engage_date");
  });
});
