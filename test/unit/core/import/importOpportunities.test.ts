import { importOpportunities, importOpportunityCsv } from "../../../../src/core/import/importOpportunities";
import { parseImportMapping } from "../../../../src/core/import/importMapping";
import { rejectedRowsTable, summaryLines } from "../../../../src/core/import/importReport";
import { detectPresets } from "../../../../src/core/import/detectPreset";

const CANONICAL_HEADER = ["id", "name", "account_id", "owner_id", "stage", "forecast_category", "amount", "currency", "probability", "created_date", "close_date", "type", "product", "term_months"];

describe("importOpportunities from an Excel table's values", () => {
  it("reads numbers and serial dates as Excel gives them, numbering rows as the sheet shows them", () => {
    const result = importOpportunities([
      [],
      CANONICAL_HEADER,
      ["O-1", "Renewal", "A1", "R1", "Closed Won", "", 1200.5, "usd", 1, 46200, 46353, "Renewal", "Platform", 12],
      ["", "", "", "", "", "", "", "", "", "", "", "", "", ""],
      ["O-2", "New", "A1", "R2", "Qualification", "", "abc", "EUR", "10%", "2026-01-05", "2026-02-30", "", "", -3],
    ]);
    if (!result.ok) throw new Error("expected an import");
    expect(result.value.preset).toMatchObject({ name: "canonical", confidence: 1 });
    expect(result.value.opportunities).toEqual([
      { id: "O-1", name: "Renewal", accountId: "A1", ownerId: "R1", stage: "Closed Won", forecastCategory: "Closed", amount: 1200.5, currency: "USD", probability: 1, createdDate: "2026-06-27", closeDate: "2026-11-27", type: "Renewal", product: "Platform", termMonths: 12, extra: {} },
    ]);
    expect(result.value.rejected).toEqual([
      { row: 5, column: "amount", value: "abc", code: "invalid_amount", reason: expect.any(String) },
      { row: 5, column: "close_date", value: "2026-02-30", code: "invalid_date", reason: expect.any(String) },
      { row: 5, column: "term_months", value: "-3", code: "invalid_term", reason: expect.any(String) },
    ]);
    expect(result.value.summary).toEqual({ rowsRead: 2, imported: 1, rejected: 1, blankRowsSkipped: 2, footerRowsSkipped: 0, rejectedByReason: { invalid_amount: 1 } });
  });

  it("reports an unrecognised header and a missing needed column as issues, not rows", () => {
    const unknown = importOpportunities([["foo", "bar"], ["1", "2"]]);
    expect(unknown.ok ? null : unknown.issues[0].code).toBe("unrecognized_header");
    const missing = importOpportunities([["id", "owner_id", "stage", "amount"], ["O-1", "R1", "Closed Won", "1"]], { preset: "canonical" });
    expect(missing.ok ? null : missing.issues.map((issue) => issue.code)).toEqual(["missing_column"]);
    const empty = importOpportunities([[""], []]);
    expect(empty.ok ? null : empty.issues[0].code).toBe("empty_file");
  });

  it("rejects an unknown stage without a category, and keeps one with a category", () => {
    const result = importOpportunities([
      ["id", "owner_id", "stage", "forecast_category", "amount", "close_date"],
      ["O-1", "R1", "Demo Booked", "", "100", "2026-11-27"],
      ["O-2", "R1", "Demo Booked", "Best Case", "100", "2026-11-27"],
    ]);
    if (!result.ok) throw new Error("expected an import");
    expect(result.value.rejected.map((problem) => [problem.row, problem.column, problem.code])).toEqual([[2, "stage", "unknown_stage"]]);
    expect(result.value.opportunities[0]).toMatchObject({ id: "O-2", stage: "Demo Booked", forecastCategory: "Best Case" });
    expect(result.value.notes.map((note) => note.code)).toEqual(["created_from_close", "corporate_currency"]);
  });

  it("derives ids from account and name when the source has none, and reports repeats", () => {
    const result = importOpportunities([
      ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount", "Close Date"],
      ["Ann Lee", "Acme", "Renewal 2027", "Prospecting", "$1,000", "1/15/2027"],
      ["Ann Lee", "Acme", "Renewal 2027", "Prospecting", "$2,000", "1/15/2027"],
    ]);
    if (!result.ok) throw new Error("expected an import");
    expect(result.value.opportunities.map((opportunity) => opportunity.id)).toEqual(["acme-renewal-2027"]);
    expect(result.value.rejected).toEqual([{ row: 3, column: "id (derived)", value: "acme-renewal-2027", code: "duplicate_id", reason: expect.stringContaining("row 2") }]);
    expect(result.value.notes.map((note) => note.code)).toEqual(["id_derived", "created_from_close"]);
  });
});

describe("importOpportunityCsv", () => {
  it("reads semicolon-separated exports (European Excel) with decimal commas", () => {
    const result = importOpportunityCsv("opportunity_id;sales_agent;deal_stage;close_date;close_value\nX1;Ann Lee;Won;27.11.2026;1.234,50\n");
    expect(result.ok && result.value.opportunities[0]).toMatchObject({ id: "X1", amount: 1234.5, closeDate: "2026-11-27" });
  });

  it("reports every repeat of an id against the row that first had it", () => {
    const rows = ["id,owner_id,stage,amount,close_date", "A,R,Prospecting,1,2026-01-01", "B,R,Prospecting,1,2026-01-01", "A,R,Prospecting,1,2026-01-01", "C,R,Prospecting,1,2026-01-01", "B,R,Prospecting,1,2026-01-01", "C,R,Prospecting,1,2026-01-01"];
    const result = importOpportunityCsv(`${rows.join("\n")}\n`);
    if (!result.ok) throw new Error("expected an import");
    expect(result.value.opportunities.map((o) => o.id)).toEqual(["A", "B", "C"]);
    expect(result.value.rejected.map((p) => [p.row, p.value, p.reason.slice(0, 5)])).toEqual([
      [4, "A", "row 2"],
      [6, "B", "row 3"],
      [7, "C", "row 5"],
    ]);
  });
});

describe("a user mapping", () => {
  const rows = [
    ["Deal Ref", "Title", "Client", "Rep", "Phase", "Value", "Expected", "Region"],
    ["D-1", "Big deal", "Acme GmbH", "Jo Weiss", "Signed", "1.234,50", "27.11.2026", "EMEA"],
    ["D-2", "Small deal", "Beta AG", "Jo Weiss", "Demo", "99,00", "03/04/2027", "EMEA"],
    ["D-3", "Odd deal", "Beta AG", "Jo Weiss", "Unheard", "5,00", "03/04/2027", "EMEA"],
  ];

  it("maps columns, defaults, stage values and formats, overriding detection", () => {
    const mapping = parseImportMapping({
      columns: { id: "Deal Ref", name: "Title", accountName: "Client", ownerName: "Rep", stage: "Phase", amount: "Value", closeDate: "Expected" },
      defaults: { currency: "EUR", type: "New Business" },
      stages: { Signed: "Closed Won", Demo: { stage: "Demo", category: "Best Case", probability: 0.4 } },
      dateFormat: "DMY",
      decimalSeparator: ",",
    });
    if (!mapping.ok) throw new Error(JSON.stringify(mapping.issues));
    const result = importOpportunities(rows, { mapping: mapping.value });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.preset).toMatchObject({ name: "mapping", source: "mapping" });
    expect(result.value.opportunities).toEqual([
      expect.objectContaining({ id: "D-1", stage: "Closed Won", forecastCategory: "Closed", amount: 1234.5, currency: "EUR", closeDate: "2026-11-27", type: "New Business", accountId: "acme-gmbh", ownerId: "jo-weiss", extra: { Region: "EMEA" } }),
      expect.objectContaining({ id: "D-2", stage: "Demo", forecastCategory: "Best Case", amount: 99, closeDate: "2027-04-03" }),
    ]);
    expect(result.value.rejected.map((problem) => [problem.row, problem.column, problem.code])).toEqual([[4, "Phase", "unknown_stage"]]);
    expect(result.value.newStages).toEqual([expect.objectContaining({ stage: "Demo", category: "Best Case", probability: 0.4 })]);
  });

  it("is validated: unknown fields, categories and columns come back as issues with paths", () => {
    const bad = parseImportMapping({ columns: { amount: "Value", colour: "X" }, stages: { A: { stage: "A", category: "Maybe" } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(["columns", "stages"]));
    const mapping = parseImportMapping({ columns: { amount: "Deal Size" } });
    const result = importOpportunities(rows, { mapping: mapping.ok ? mapping.value : undefined });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(["missing_mapped_column", "missing_column"]));
  });
});

describe("detection and the report", () => {
  it("ranks presets by the columns they recognise", () => {
    expect(detectPresets(["Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner"])[0].preset.name).toBe("hubspot");
    expect(detectPresets(["Topic", "Potential Customer", "Est. Revenue", "Est. Close Date", "Owner", "Status"])[0].preset.name).toBe("dynamics");
    expect(detectPresets(CANONICAL_HEADER)[0].preset.name).toBe("canonical");
  });

  it("lays the rejected rows out for a CSV and summarises", () => {
    const result = importOpportunities([CANONICAL_HEADER, ["O-1", "", "", "", "Prospecting", "", "1", "USD", "", "", "2026-11-27", "", "", ""]]);
    if (!result.ok) throw new Error("expected an import");
    expect(rejectedRowsTable(result.value.rejected)).toEqual([
      ["row", "column", "value", "code", "reason"],
      [2, "owner_id", "", "missing_owner", "the owner is empty: fill in the opportunity owner"],
    ]);
    expect(summaryLines(result.value, 5)).toEqual([
      "Preset: canonical (SalesOps canonical opportunities.csv), detected, 100% of the columns recognised",
      "Rows read: 1, imported: 0, rejected: 1",
      "Rejected by reason: missing_owner 1",
      "Problems:",
      '  row 2, owner_id "": the owner is empty: fill in the opportunity owner [missing_owner]',
    ]);
  });
});
