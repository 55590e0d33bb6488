import { readFileSync } from "fs";
import path from "path";
import { importOpportunityCsv } from "../../../../src/core/import/importOpportunities";
import type { OpportunityImport } from "../../../../src/core/import/importTypes";

const fixture = (name: string): OpportunityImport => {
  const result = importOpportunityCsv(readFileSync(path.join(__dirname, "../../../fixtures/import", name), "utf8"));
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
};
const byId = (result: OpportunityImport, id: string) => result.opportunities.find((opportunity) => opportunity.id === id);

describe("Salesforce opportunity report export", () => {
  const result = fixture("salesforce_opportunities_report.csv");

  it("is detected without naming the preset", () => {
    expect(result.preset).toMatchObject({ name: "salesforce", source: "detected", confidence: 0.93 });
  });

  it("imports the good rows with their fields", () => {
    expect(result.summary).toEqual({ rowsRead: 20, imported: 15, rejected: 5, blankRowsSkipped: 1, footerRowsSkipped: 2, rejectedByReason: { invalid_date: 1, invalid_amount: 1, missing_owner: 1, negative_amount: 1, duplicate_id: 1 } });
    expect(byId(result, "0065g00000AbCdE01")).toEqual({
      id: "0065g00000AbCdE01",
      name: "Acme - Platform Expansion",
      accountId: "0015g00000XyZ0001",
      ownerId: "maria-lopez",
      stage: "Proposal/Price Quote",
      forecastCategory: "Commit",
      amount: 125000,
      currency: "USD",
      probability: 0.75,
      createdDate: "2026-08-14",
      closeDate: "2026-11-27",
      type: "Existing Business",
      product: "",
      termMonths: null,
      extra: { "Lead Source": "Partner Referral" },
    });
    expect(byId(result, "0065g00000AbCdE04")).toMatchObject({ stage: "Closed Won", forecastCategory: "Closed", amount: 12000000, currency: "JPY" });
  });

  it("reads Salesforce's API value Forecast as Commit, overriding the stage's category", () => {
    expect(byId(result, "0065g00000AbCdE10")).toMatchObject({ stage: "Perception Analysis", forecastCategory: "Commit" });
  });

  it("keeps an unknown stage as text with the row's category and proposes it for the stage map", () => {
    expect(byId(result, "0065g00000AbCdE16")).toMatchObject({ stage: "Verbal Commit", forecastCategory: "Commit", probability: 0.85 });
    expect(result.newStages).toEqual([{ stage: "Verbal Commit", category: "Commit", probability: 0.8, closed: false, won: false, order: 11 }]);
  });

  it("derives accounts and reps from the names", () => {
    expect(result.reps.map((rep) => [rep.id, rep.name, rep.startDate])).toEqual([
      ["james-chen", "James Chen", "2026-03-10"],
      ["maria-lopez", "Maria Lopez", "2026-08-14"],
      ["priya-nair", "Priya Nair", "2026-02-05"],
      ["tom-becker", "Tom Becker", "2026-01-15"],
    ]);
    expect(result.accounts).toHaveLength(8);
    expect(result.accounts.find((account) => account.id === "0015g00000XyZ0001")?.name).toBe("Acme Corporation");
  });
});

describe("HubSpot deals export", () => {
  const result = fixture("hubspot_deals_export.csv");

  it("is detected and maps HubSpot stages, categories and currencies", () => {
    expect(result.preset.name).toBe("hubspot");
    expect(result.summary).toMatchObject({ rowsRead: 20, imported: 16, rejected: 4 });
    expect(byId(result, "18203345677")).toMatchObject({ stage: "Closed Lost", forecastCategory: "Omitted", createdDate: "2026-02-11", closeDate: "2026-05-15" });
    expect(byId(result, "18203345687")).toMatchObject({ stage: "Closed Won", forecastCategory: "Closed", amount: 12000 });
    expect(byId(result, "18203345674")).toMatchObject({ stage: "Decision Maker Bought-In", forecastCategory: "Best Case", currency: "EUR", probability: 0.8, accountId: "tailspin-toys", ownerId: "david-osei" });
    // No currency column value: the symbol in the amount decides.
    expect(byId(result, "18203345678")).toMatchObject({ amount: 118000, currency: "USD", stage: "Contract Sent" });
    expect(byId(result, "18203345689")).toMatchObject({ amount: 16500, currency: "EUR" });
    // Neither: the corporate currency, and the summary says so.
    expect(byId(result, "18203345679")?.currency).toBe("USD");
    expect(result.notes).toEqual([expect.objectContaining({ code: "corporate_currency", rows: 1 })]);
  });
});

describe("Dynamics 365 opportunities export", () => {
  const result = fixture("dynamics_opportunities_export.csv");

  it("is detected; Status decides won and lost; currency names and formatted revenue are read", () => {
    expect(result.preset.name).toBe("dynamics");
    expect(result.summary.rejectedByReason).toEqual({ invalid_date: 1, missing_amount: 1, missing_owner: 1, unknown_status: 1 });
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3304")).toMatchObject({ stage: "Closed Won", forecastCategory: "Closed", amount: 18250, currency: "USD", createdDate: "2026-05-11" });
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3305")).toMatchObject({ stage: "Closed Lost", forecastCategory: "Omitted" });
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3306")).toMatchObject({ stage: "Develop", amount: 72000, currency: "EUR", probability: 0.3, ownerId: "jurgen-weber" });
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3303")).toMatchObject({ stage: "Close", forecastCategory: "Commit" });
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3316")?.forecastCategory).toBe("Omitted");
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3313")).toMatchObject({ currency: "GBP", amount: 27000 });
    expect(byId(result, "3f2504e0-4f89-11d3-9a0c-0305e82c3301")?.extra).toEqual({ "(Do Not Modify) Row Checksum": "kVh3cQ1aZx==", "(Do Not Modify) Modified On": "11/2/2026 9:14 AM" });
  });
});

describe("sales_pipeline.csv", () => {
  const result = fixture("sales_pipeline.csv");

  it("is detected; stages and dates derive as documented", () => {
    expect(result.preset).toMatchObject({ name: "sales_pipeline", confidence: 1 });
    expect(byId(result, "1C1I7A6R")).toEqual({
      id: "1C1I7A6R",
      name: "",
      accountId: "cancity",
      ownerId: "moses-frase",
      stage: "Closed Won",
      forecastCategory: "Closed",
      amount: 1054,
      currency: "USD",
      probability: null,
      createdDate: "2016-10-20",
      closeDate: "2017-03-01",
      type: "",
      product: "GTX Plus Basic",
      termMonths: null,
      extra: {},
    });
    expect(byId(result, "7GN8Q4LL")).toMatchObject({ stage: "Closed Lost", forecastCategory: "Omitted", amount: 0 });
  });

  it("rejects open deals without a close date or value, and the bad rows, by row number", () => {
    expect(result.summary).toMatchObject({ rowsRead: 20, imported: 14, rejected: 6, rejectedByReason: { missing_amount: 3, invalid_date: 1, invalid_amount: 1, missing_owner: 1 } });
    expect(result.rejected.filter((problem) => problem.code !== "missing_amount" && problem.code !== "missing_close_date")).toEqual([
      { row: 16, column: "close_date", value: "2017-02-30", code: "invalid_date", reason: expect.stringContaining("not a calendar date") },
      { row: 17, column: "close_value", value: "1O54", code: "invalid_amount", reason: expect.stringContaining("not an amount") },
      { row: 18, column: "sales_agent", value: "", code: "missing_owner", reason: expect.stringContaining("owner is empty") },
    ]);
  });

  it("takes --currency for amounts that name none", () => {
    const text = readFileSync(path.join(__dirname, "../../../fixtures/import/sales_pipeline.csv"), "utf8");
    const result = importOpportunityCsv(text, { currency: "EUR" });
    expect(result.ok && result.value.opportunities.every((opportunity) => opportunity.currency === "EUR")).toBe(true);
    expect(result.ok && result.value.notes).toEqual([]);
  });
});
