import { createExcelHost, exportToXlsx } from "../../host";
import { OPPORTUNITY_FORMATS, opportunityRows } from "../../host/sampleRows";
import { planTableWrite, readTableRows, syncsForTableWrite, writeTables, SYNC_PAYLOAD_BUDGET_BYTES } from "../../../src/excel";
import { rowPayloadBytes } from "../../../src/excel/payloadBudget";

const ROWS = 50_000;

describe("writeTables: a 50,000-row × 14-column opportunities table", () => {
  const rows = opportunityRows(ROWS, 7);
  const table = { sheetName: "Opportunities", tableName: "Opportunities", rows, numberFormats: OPPORTUNITY_FORMATS };
  const host = createExcelHost();
  const progress: [number, number][] = [];

  beforeAll(async () => {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["keep", 1], ["me", 2]];
    });
    host.resetStats();
    await host.run((context) => writeTables(context, [table], (done, total) => progress.push([done, total])));
  });

  it("costs 2 syncs plus one per ~4 MB chunk, every request within 4 MB", () => {
    const plan = planTableWrite(table);
    const totalBytes = plan.rows.reduce((sum, row) => sum + rowPayloadBytes(row), 0);
    // Greedy packing needs at least ceil(total / budget) chunks and at most one more.
    expect(plan.chunks.length).toBeGreaterThanOrEqual(Math.ceil(totalBytes / SYNC_PAYLOAD_BUDGET_BYTES));
    expect(plan.chunks.length).toBeLessThanOrEqual(Math.ceil(totalBytes / SYNC_PAYLOAD_BUDGET_BYTES) + 1);
    expect(plan.chunks.length).toBeGreaterThan(1);
    expect(host.syncCount()).toBe(syncsForTableWrite(plan.chunks.length, false));
    for (const sync of host.syncs()) expect(sync.requestBytes).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET_BYTES);
    expect(host.syncs().every((s) => s.error === null)).toBe(true);
    expect(host.stats.tableRowsAddCalls).toBe(0);
  });

  it("suspends calculation and screen updating on every writing sync", () => {
    const writing = host.syncs().slice(1);
    expect(writing.every((s) => s.suspendedCalculation && s.suspendedScreenUpdating)).toBe(true);
  });

  it("creates one styled table over the whole block, with bold headers and column formats", () => {
    expect(host.tables()).toEqual([{ name: "Opportunities", sheet: "Opportunities", address: "Opportunities!A1:N50001", style: "TableStyleMedium2" }]);
    expect(host.cell("Opportunities", "A1")?.bold).toBe(true);
    expect(host.numberFormats("Opportunities", "G2:K2")).toEqual([["#,##0.00", "General", "0%", "yyyy-mm-dd", "yyyy-mm-dd"]]);
    expect(host.model.sheets.find((s) => s.name === "Opportunities")?.autofitColumns).toEqual(["A:N"]);
  });

  it("stores the values: numbers stay numbers, ISO dates in date columns become serial dates, text stays text", () => {
    const last = rows[ROWS];
    const stored = host.values("Opportunities", `A${ROWS + 1}:N${ROWS + 1}`)[0];
    expect(stored[0]).toBe(last[0]);
    expect(stored[6]).toBe(last[6]);
    expect(typeof stored[9]).toBe("number");
    const expectedSerial = (Date.parse(`${last[9]}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000;
    expect(stored[9]).toBe(expectedSerial);
  });

  it("leaves the user's other sheets untouched and reports progress up to every row", () => {
    expect(host.values("Sheet1")).toEqual([["keep", 1], ["me", 2]]);
    expect(progress[progress.length - 1]).toEqual([ROWS + 1, ROWS + 1]);
  });

  it("reads the table back in chunks whose responses stay within 5 MB", async () => {
    host.resetStats();
    const back = await host.run((context) => readTableRows(context, "Opportunities"));
    expect(back).toHaveLength(ROWS + 1);
    expect(back?.[1][0]).toBe(rows[1][0]);
    expect(back?.[ROWS][1]).toBe(rows[ROWS][1]);
    expect(host.syncCount()).toBeGreaterThan(3);
    for (const sync of host.syncs()) expect(sync.responseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("replaces its own table in 3 + chunks syncs, leaving nothing of the old rows behind", async () => {
    host.resetStats();
    const smaller = { ...table, rows: opportunityRows(1000, 8) };
    await host.run((context) => writeTables(context, [smaller]));
    expect(host.syncCount()).toBe(syncsForTableWrite(1, true));
    expect(host.tables().map((t) => t.address)).toEqual(["Opportunities!A1:N1001"]);
    expect(host.usedAddress("Opportunities")).toBe("A1:N1001");
    expect(host.values("Sheet1")).toEqual([["keep", 1], ["me", 2]]);
  });

  it("exports to .xlsx", async () => {
    const buffer = await exportToXlsx(host);
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
  });
});
