/*
 * The Data view's import, up to the preview: reading a CSV or a workbook table, detecting the
 * layout, editing the mapping and the dry run. Nothing here may write to the workbook.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseCsvForImport } from "../../../src/app/importDataCsv";
import { assignColumn, detectLayout, draftForPreset, importOptionsFor, isEdited, MappingDraft, unmetRequirements } from "../../../src/app/importDataMapping";
import { ImportPreview, previewImport, PREVIEW_CHUNK_ROWS } from "../../../src/app/importDataPreview";
import { ImportSource, readImportSource, sourceFromRows } from "../../../src/app/importDataSource";
import { ImportProgress, isCancelled } from "../../../src/app/importDataTypes";
import { importOpportunityCsv } from "../../../src/core/import/importOpportunities";
import type { Result } from "../../../src/core/model/result";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { MemoryWorkbookPort } from "../../e2e/harness/memoryWorkbookPort";

const FIXTURES = path.join(__dirname, "../../fixtures");
const text = (file: string) => readFileSync(path.join(FIXTURES, file), "utf8");

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

async function csvSource(file: string, port = new MemoryWorkbookPort()): Promise<ImportSource> {
  return value(await readImportSource(port, { kind: "csv", name: path.basename(file), text: text(file) }));
}

async function preview(source: ImportSource, draft?: MappingDraft): Promise<ImportPreview> {
  return value(await previewImport(source, draft ?? draftForPreset(source.headers, detectLayout(source.headers)?.preset ?? null), DEFAULT_SETTINGS));
}

describe("the preview of each layout's sample export", () => {
  it.each([
    ["import/salesforce_opportunities_report.csv", "salesforce"],
    ["import/hubspot_deals_export.csv", "hubspot"],
    ["import/dynamics_opportunities_export.csv", "dynamics"],
    ["import/sales_pipeline.csv", "sales_pipeline"],
    ["import-small/canonical_opportunities.csv", "canonical"],
  ])("%s is detected as %s and gives the CLI's result", async (file, preset) => {
    const source = await csvSource(file);
    const shown = await preview(source);
    expect(shown.detected?.preset).toBe(preset);
    expect(shown.edited).toBe(false);
    expect(shown.issues).toEqual([]);
    // One engine: the pane's dry run is what `salesops import` computes for the same file.
    const cli = value(importOpportunityCsv(text(file), { settings: DEFAULT_SETTINGS }));
    expect(shown.result?.summary).toEqual(cli.summary);
    expect(shown.result?.opportunities).toEqual(cli.opportunities);
    expect(shown.result?.rejected).toEqual(cli.rejected);
    expect(shown.sample).toEqual(cli.opportunities.slice(0, 10));
  });

  it("lists every rejected row with its row, column, value and reason", async () => {
    const shown = await preview(await csvSource("import-small/hubspot_deals_small.csv"));
    expect(shown.result?.summary).toMatchObject({ rowsRead: 5, imported: 3, rejected: 2 });
    expect(shown.result?.rejected).toEqual([
      expect.objectContaining({ row: 5, column: "Close Date", value: "2026-13-40", code: "invalid_date", reason: expect.stringContaining("not a calendar date") }),
      expect.objectContaining({ row: 6, column: "Amount", value: "TBD", code: "invalid_amount", reason: expect.stringContaining("is not an amount") }),
    ]);
    expect(shown.tables).toEqual([
      { tableName: "Opportunities", rows: 3 },
      { tableName: "Accounts", rows: 3 },
      { tableName: "Reps", rows: 2 },
    ]);
  });

  it("writes nothing to the workbook", async () => {
    const port = new MemoryWorkbookPort();
    await preview(await csvSource("import-small/hubspot_deals_small.csv", port));
    expect(port.calls).toEqual([]);
    expect(port.tables.size).toBe(0);
  });

  it("reads a canonical file as Opportunities only (it names no accounts or reps)", async () => {
    const shown = await preview(await csvSource("import-small/canonical_opportunities.csv"));
    expect(shown.tables).toEqual([{ tableName: "Opportunities", rows: 4 }]);
  });
});

describe("editing the mapping", () => {
  let source: ImportSource;
  beforeAll(async () => {
    source = await csvSource("import-small/hubspot_deals_small.csv");
  });

  it("starts from the detected layout's columns", () => {
    const draft = draftForPreset(source.headers, "hubspot");
    expect(draft.columns).toMatchObject({ id: "Record ID", name: "Deal Name", amount: "Amount", closeDate: "Close Date", ownerName: "Deal owner", accountName: "Associated Company" });
    expect(importOptionsFor(draft, source.headers, DEFAULT_SETTINGS)).toEqual({ preset: "hubspot", settings: DEFAULT_SETTINGS });
  });

  it("changes the result: another amount column imports the row whose Amount was TBD", async () => {
    const draft = assignColumn(draftForPreset(source.headers, "hubspot"), "amount", "Amount in company currency");
    expect(isEdited(draft, source.headers)).toBe(true);
    const shown = await preview(source, draft);
    expect(shown.edited).toBe(true);
    expect(shown.result?.summary).toMatchObject({ imported: 4, rejected: 1 });
    expect(shown.result?.opportunities.find((o) => o.id === "9001")?.amount).toBe(22000);
    expect(shown.result?.rejected.map((p) => p.code)).toEqual(["invalid_date"]);
  });

  it("keeps the layout's stage rules when the mapping is edited", async () => {
    const edited = await preview(source, assignColumn(draftForPreset(source.headers, "hubspot"), "amount", "Amount in company currency"));
    expect(edited.result?.opportunities.find((o) => o.id === "9001")).toMatchObject({ stage: "Contract Sent", forecastCategory: "Commit" });
  });

  it("gives a column to one field only, and can leave a field out", async () => {
    const draft = assignColumn(draftForPreset(source.headers, "hubspot"), "accountId", "Associated Company");
    expect(draft.columns.accountId).toBe("Associated Company");
    expect(draft.columns.accountName).toBeUndefined();
    const noCreated = assignColumn(draftForPreset(source.headers, "hubspot"), "createdDate", null);
    const shown = await preview(source, noCreated);
    expect(shown.result?.notes.map((note) => note.code)).toContain("created_from_close");
  });

  it("stops at a required field without a column, naming it, and runs no dry run", async () => {
    const draft = assignColumn(draftForPreset(source.headers, "hubspot"), "amount", null);
    expect(unmetRequirements(draft)).toEqual(["Amount"]);
    const shown = await preview(source, draft);
    expect(shown.result).toBeNull();
    expect(shown.issues).toEqual([expect.objectContaining({ code: "missing_column", message: expect.stringContaining("the amount") })]);
  });

  it("maps an unrecognised header by hand", async () => {
    const rows = [
      ["Deal", "Value", "Due", "Seller", "Phase"],
      ["D-1", "1200", "2026-12-01", "Ann Lee", "Prospecting"],
    ];
    const custom = value(sourceFromRows("csv", "custom.csv", rows));
    expect(detectLayout(custom.headers)).toBeNull();
    let draft: MappingDraft = draftForPreset(custom.headers, null);
    expect(unmetRequirements(draft)).toEqual(["Amount", "Close date", "Stage or Status (open, won, lost)", "Owner name or Owner ID"]);
    for (const [field, column] of [["id", "Deal"], ["amount", "Value"], ["closeDate", "Due"], ["ownerName", "Seller"], ["stage", "Phase"]] as const) draft = assignColumn(draft, field, column);
    const shown = await preview(custom, draft);
    expect(shown.result?.opportunities).toEqual([expect.objectContaining({ id: "D-1", amount: 1200, closeDate: "2026-12-01", ownerId: "ann-lee", stage: "Prospecting" })]);
  });
});

describe("reading the source", () => {
  it("refuses a CSV file whose quote never closes, naming the line", async () => {
    const result = await parseCsvForImport('Deal Name,Amount,Close Date\nAcme,100,2026-12-01\n"Globex,200,2026-12-02\nInitech,300,2026-12-03\n', "broken.csv");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: "csv_unterminated_quote", path: ["broken.csv", 3] });
    expect(result.issues[0].message).toContain("broken.csv, line 3 (\"Globex,200,2026-12-02)");
    expect(result.issues[0].message).toContain("never closes");
  });

  it("counts lines inside quoted values when naming a broken line", async () => {
    const result = await parseCsvForImport('a,b\n"x\ny",1\n2,"z\n3,4\n', "multi.csv");
    expect(!result.ok && result.issues[0]).toMatchObject({ path: ["multi.csv", 4] });
  });

  it("refuses a CSV file without a header row, and an empty one", async () => {
    const port = new MemoryWorkbookPort();
    const headless = await readImportSource(port, { kind: "csv", name: "values.csv", text: "O-1,Acme,Ann Lee,Prospecting,1200,2026-12-01\n" });
    expect(!headless.ok && headless.issues[0]).toMatchObject({ code: "no_header", message: expect.stringContaining("values.csv has no header row") });
    const empty = await readImportSource(port, { kind: "csv", name: "empty.csv", text: "\n\n" });
    expect(!empty.ok && empty.issues[0]).toMatchObject({ code: "empty_file" });
  });

  it("does not take any sample export's header for values", async () => {
    for (const file of ["salesforce_opportunities_report.csv", "hubspot_deals_export.csv", "dynamics_opportunities_export.csv", "sales_pipeline.csv"]) {
      expect((await readImportSource(new MemoryWorkbookPort(), { kind: "csv", name: file, text: text(`import/${file}`) })).ok).toBe(true);
    }
  });

  it("parses in chunks with progress, keeping blank lines so rows keep their numbers", async () => {
    const lines = ["id,amount", ...Array.from({ length: 500 }, (_, i) => (i === 10 ? "" : `O-${i},"1,${String(i).padStart(3, "0")}"`))];
    const seen: ImportProgress[] = [];
    const rows = value(await parseCsvForImport(`${lines.join("\r\n")}\r\n`, "big.csv", { onProgress: (p) => seen.push(p) }, 512));
    expect(rows).toHaveLength(501);
    expect(rows[11]).toEqual([""]);
    expect(rows[500]).toEqual(["O-499", "1,499"]);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[seen.length - 1]).toMatchObject({ step: "reading", unit: "characters", cancellable: true });
    expect(seen[seen.length - 1].done).toBe(seen[seen.length - 1].total);
  });

  it("reads semicolon-separated files", async () => {
    expect(value(await parseCsvForImport("Deal Name;Amount\nAcme;1,5\n", "eu.csv"))).toEqual([["Deal Name", "Amount"], ["Acme", "1,5"]]);
  });

  it("reads a workbook table through the port, and says when it is gone", async () => {
    const port = new MemoryWorkbookPort();
    await port.writeTables([{ sheetName: "Export", tableName: "Deals", rows: [["opportunity_id", "sales_agent", "deal_stage", "close_date", "close_value"], ["X1", "Ann Lee", "Won", 46353, 1054]] }]);
    expect(await port.listTables()).toEqual([{ name: "Deals", sheet: "Export", rows: 1 }]);
    const source = value(await readImportSource(port, { kind: "table", name: "Deals" }));
    const shown = await preview(source);
    expect(shown.detected?.preset).toBe("sales_pipeline");
    expect(shown.result?.opportunities[0]).toMatchObject({ id: "X1", closeDate: "2026-11-27", amount: 1054, stage: "Closed Won" });
    const gone = await readImportSource(port, { kind: "table", name: "Missing" });
    expect(!gone.ok && gone.issues[0].code).toBe("missing_table");
  });
});

describe("cancelling before anything is written", () => {
  it("stops the CSV parse between chunks", async () => {
    const controller = new AbortController();
    const body = `id,amount\n${Array.from({ length: 2000 }, (_, i) => `O-${i},${i}`).join("\n")}\n`;
    let chunks = 0;
    const result = await parseCsvForImport(body, "big.csv", { signal: controller.signal, pause: async () => void (++chunks === 2 && controller.abort()) }, 1024);
    expect(isCancelled(result)).toBe(true);
    expect(chunks).toBe(2);
  });

  it("stops the dry run between chunks of rows", async () => {
    const rows = [["opportunity_id", "sales_agent", "deal_stage", "close_date", "close_value"], ...Array.from({ length: PREVIEW_CHUNK_ROWS * 3 }, (_, i) => [`X${i}`, "Ann Lee", "Won", "2026-11-27", "10"])];
    const source = value(sourceFromRows("table", "Deals", rows));
    const controller = new AbortController();
    const progress: number[] = [];
    const result = await previewImport(source, draftForPreset(source.headers, "sales_pipeline"), DEFAULT_SETTINGS, {
      signal: controller.signal,
      onProgress: (p) => progress.push(p.done),
      pause: async () => controller.abort(),
    });
    expect(isCancelled(result)).toBe(true);
    expect(progress).toEqual([PREVIEW_CHUNK_ROWS]);
  });
});
