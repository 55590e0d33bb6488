/**
 * Replacing a 50,000-row table is staged: a failure at any sync before the swap leaves the
 * previous table, its sheet and every other sheet exactly as they were.
 */
import { createExcelHost, ExcelHost, HostErrorCode } from "../../host";
import { OPPORTUNITY_FORMATS, opportunityRows } from "../../host/sampleRows";
import { planTableWrite, syncsForTableWrite, writeTables } from "../../../src/excel";
import { RECOVERY_SYNCS } from "../../../src/excel/recoverWrite";
import { sheetSnapshot, stagingSheets, workbookSnapshot, WorkbookSnapshot } from "./support/workbookSnapshot";

const ROWS = 50_000;
const previous = { sheetName: "Opportunities", tableName: "Opportunities", rows: opportunityRows(ROWS, 7), numberFormats: OPPORTUNITY_FORMATS };
const next = { ...previous, rows: opportunityRows(ROWS, 8) };

/** Sheet1 (user data), Opportunities (our table, active), Notes (user data): the table's sheet sits at position 1. */
async function workbookWithTable(): Promise<{ host: ExcelHost; newTableSyncs: number }> {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["keep", 1], ["me", 2]];
  });
  host.resetStats();
  await host.run((context) => writeTables(context, [previous]));
  const newTableSyncs = host.syncCount();
  await host.run(async (context) => {
    context.workbook.worksheets.add("Notes").getRange("A1").values = [["=Sheet1!B1*2"]];
    context.workbook.worksheets.getItem("Opportunities").activate();
  });
  host.resetStats();
  return { host, newTableSyncs };
}

describe("replacing a 50,000-row table that fails at the 2nd chunk sync", () => {
  let host: ExcelHost;
  let before: WorkbookSnapshot;

  beforeAll(async () => {
    ({ host } = await workbookWithTable());
    before = workbookSnapshot(host);
  });
  // Two 700,000-cell workbooks alive at once slow the jest worker down with garbage collection.
  afterAll(() => {
    host = createExcelHost();
  });

  it("plans more than one chunk, so a failure can land between chunks", () => {
    expect(planTableWrite(next).chunks.length).toBeGreaterThan(1);
  });

  // One workbook for all three: each failure must leave it exactly as `before`, so the next starts from there.
  it.each<[string, HostErrorCode, number]>([
    ["a network drop before the request arrives", "ConnectionFailure", 0],
    ["a 5 MB refusal", "RequestPayloadSizeLimitExceeded", 0],
    ["a failure after the chunk's rows were written", "GeneralException", 3],
  ])("(%s) leaves the previous table's rows, sheet name and position, the other sheets, and no staging sheet", async (_label, code, afterActions) => {
    host.resetStats();
    // Syncs 1-2 inspect the workbook, sync 3 carries chunk 1 (and adds the hidden staging sheet), sync 4 chunk 2.
    host.failSync(4, { code, afterActions });
    await expect(host.run((context) => writeTables(context, [next]))).rejects.toMatchObject({ code });
    expect(host.syncs()[2].error).toBeNull();
    expect(host.syncCount()).toBe(4 + RECOVERY_SYNCS);
    expect(workbookSnapshot(host)).toEqual(before);
    expect(stagingSheets(host)).toEqual([]);
    expect(host.values("Opportunities", `A${ROWS + 1}:B${ROWS + 1}`)).toEqual([previous.rows[ROWS].slice(0, 2)]);
  });
});

describe("replacing a 50,000-row table that succeeds", () => {
  const chunks = planTableWrite(next).chunks.length;
  let host: ExcelHost;
  let newTableSyncs: number;
  let others: ReturnType<typeof sheetSnapshot>[];

  beforeAll(async () => {
    ({ host, newTableSyncs } = await workbookWithTable());
    others = [sheetSnapshot(host, "Sheet1"), sheetSnapshot(host, "Notes")];
    await host.run((context) => writeTables(context, [next]));
  });

  it("costs 2 + chunks syncs written new and 3 + chunks replaced, every request within 4 MB", () => {
    expect(newTableSyncs).toBe(syncsForTableWrite(planTableWrite(previous).chunks.length, false));
    expect(host.syncCount()).toBe(syncsForTableWrite(chunks, true));
    expect(host.syncs().every((s) => s.error === null && s.requestBytes <= 4 * 1024 * 1024)).toBe(true);
  });

  it("puts the new rows under the same sheet and table names, at the same position, visible and active", () => {
    expect(host.sheetNames()).toEqual(["Sheet1", "Opportunities", "Notes"]);
    expect(stagingSheets(host)).toEqual([]);
    expect(host.tables()).toEqual([{ name: "Opportunities", sheet: "Opportunities", address: `Opportunities!A1:N${ROWS + 1}`, style: "TableStyleMedium2" }]);
    const sheet = host.model.sheets[1];
    expect([sheet.name, sheet.visibility, host.model.activeSheetId]).toEqual(["Opportunities", "Visible", sheet.id]);
    expect(host.values("Opportunities", `A1:A${ROWS + 1}`).map((row) => row[0])).toEqual(next.rows.map((row) => row[0]));
    expect(host.numberFormats("Opportunities", "G2:K2")).toEqual([["#,##0.00", "General", "0%", "yyyy-mm-dd", "yyyy-mm-dd"]]);
    expect(host.cell("Opportunities", "A1")?.bold).toBe(true);
  });

  it("leaves the other sheets untouched", () => {
    expect([sheetSnapshot(host, "Sheet1"), sheetSnapshot(host, "Notes")]).toEqual(others);
  });
});
