/**
 * However many rows a sheet has, its content takes at most 3 requests of at most 4 MB, each with
 * calculation and screen updating suspended; the whole write adds a constant 3 (2 to look, 1 to finish).
 */
import { createExcelHost, ExcelHost } from "../../host";
import { MAX_REQUESTS_PER_SHEET, SheetTooLargeError, SYNC_PAYLOAD_BUDGET_BYTES, createExcelWorkbookWriter } from "../../../src/excel";
import type { CellEntry, SheetDescription, WorkbookDescription } from "../../../src/workbook/description";

/** A 14-column opportunity export, about 500 bytes a row. */
function bigSheet(name: string, rows: number, tableName: string): SheetDescription {
  const data: CellEntry[][] = [["id", "name", "account", "owner", "stage", "category", "amount", "currency", "probability", "close", "created", "region", "segment", "notes"]];
  for (let i = 1; i <= rows; i++) {
    data.push([
      `O-${String(i).padStart(6, "0")}`,
      `Renewal and expansion for account number ${i}, with the analytics add-on and premium support`,
      `Account ${i % 977} Holdings International Limited (regional subsidiary)`,
      `REP-${String(i % 2000).padStart(4, "0")}`,
      ["Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won"][i % 5],
      ["Pipeline", "Best Case", "Commit", "Closed"][i % 4],
      Math.round(i * 137.31) / 100,
      ["USD", "EUR", "GBP"][i % 3],
      (i % 10) / 10,
      46000 + (i % 365),
      45600 + (i % 365),
      ["North America", "EMEA", "APAC", "LATAM"][i % 4],
      ["Enterprise", "Mid-Market", "SMB"][i % 3],
      i % 7 === 0 ? "=looks like a formula but is a note from the CRM" : `Follow up with the buying committee about the proposal sent in week ${i % 52}; legal review pending, procurement asked for a three-year price hold and a revised order form before the end of the quarter.`,
    ]);
  }
  const formats = ["@", "@", "@", "@", "@", "@", "#,##0.00", "@", "0%", "yyyy-mm-dd", "yyyy-mm-dd", "@", "@", "@"];
  return { name, blocks: [{ at: "A1", rows: data, columnFormats: formats, table: { name: tableName } }], freeze: { rows: 1, columns: 1 } };
}

const content = (host: ExcelHost) => host.syncs().filter((sync) => sync.suspendedCalculation);

describe("requests per sheet and bytes per request", () => {
  let host: ExcelHost;
  beforeAll(async () => {
    host = createExcelHost();
    await createExcelWorkbookWriter(host.run).writeWorkbook({ sheets: [bigSheet("Opportunities", 20_000, "Opportunities")] });
  });

  it(`writes a 20,000-row sheet in at most ${MAX_REQUESTS_PER_SHEET} content requests, plus 2 to look and 1 to finish`, () => {
    const bytes = content(host).reduce((sum, sync) => sum + sync.requestBytes, 0);
    // Big enough that one request could not carry it.
    expect(bytes).toBeGreaterThan(2 * SYNC_PAYLOAD_BUDGET_BYTES);
    expect(content(host).length).toBeLessThanOrEqual(MAX_REQUESTS_PER_SHEET);
    expect(host.syncCount()).toBe(content(host).length + 3);
  });

  it("keeps every request within the 4 MB budget", () => {
    for (const sync of host.syncs()) {
      expect(sync.error).toBeNull();
      expect(sync.requestBytes).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET_BYTES);
    }
  });

  it("suspends calculation and screen updating on every content request, and screen updating on the last", () => {
    for (const sync of content(host)) expect(sync.suspendedScreenUpdating).toBe(true);
    const last = host.syncs()[host.syncCount() - 1];
    expect(last.suspendedScreenUpdating).toBe(true);
    // The first two only read; the last recalculates what the suspended requests wrote.
    expect(host.syncs().slice(0, 2).map((sync) => sync.suspendedCalculation)).toEqual([false, false]);
  });

  it("writes every row, with the table over all of them", () => {
    expect(host.usedAddress("Opportunities")).toBe("A1:N20001");
    expect(host.tables()).toEqual([expect.objectContaining({ name: "Opportunities", address: "Opportunities!A1:N20001" })]);
    expect(host.values("Opportunities", "A20001:B20001")).toEqual([["O-020000", "Renewal and expansion for account number 20000, with the analytics add-on and premium support"]]);
    expect(host.values("Opportunities", "N8")).toEqual([["=looks like a formula but is a note from the CRM"]]);
    expect(host.numberFormats("Opportunities", "F20001:J20001")).toEqual([["@", "#,##0.00", "@", "0%", "yyyy-mm-dd"]]);
  });
});

describe("several sheets", () => {
  it("lets small sheets share requests, and keeps the total within 3 per sheet plus 3", async () => {
    const host = createExcelHost();
    const small = (name: string): SheetDescription => ({ name, blocks: [{ at: "A1", rows: [["a", 1], ["b", 2]] }] });
    await createExcelWorkbookWriter(host.run).writeWorkbook({ sheets: [small("One"), small("Two"), small("Three")] });
    expect(content(host)).toHaveLength(1);
    expect(host.syncCount()).toBe(4);
  });

  it("gives two large sheets at most 3 content requests each", async () => {
    const host = createExcelHost();
    await createExcelWorkbookWriter(host.run).writeWorkbook({ sheets: [bigSheet("First", 10_000, "First"), bigSheet("Second", 10_000, "Second")] });
    expect(content(host).length).toBeLessThanOrEqual(2 * MAX_REQUESTS_PER_SHEET);
    expect(host.syncs().every((sync) => sync.requestBytes <= SYNC_PAYLOAD_BUDGET_BYTES)).toBe(true);
    expect(host.usedAddress("Second")).toBe("A1:N10001");
  });

  it("sends per-cell number formats as one grid with the cells when rectangles would cost more", async () => {
    const host = createExcelHost();
    const formats = ["0", "0.0", "0.00", "#,##0"];
    const rows: CellEntry[][] = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 4 }, (_, c) => ({ value: r * 4 + c, numberFormat: formats[(r + c) % 4] })));
    await createExcelWorkbookWriter(host.run).writeWorkbook({ sheets: [{ name: "Checks", blocks: [{ at: "B2", rows }] }] });
    expect(host.numberFormats("Checks", "B2:E3")).toEqual([formats, [...formats.slice(1), formats[0]]]);
    expect(content(host)).toHaveLength(1);
    expect(content(host)[0].actions).toBeLessThan(20);
  });
});

describe("a sheet too large for its requests", () => {
  it("is refused before the workbook is touched, with its size and the limit", async () => {
    const host = createExcelHost();
    const description: WorkbookDescription = { sheets: [bigSheet("Opportunities", 30_000, "Opportunities")] };
    const error = await createExcelWorkbookWriter(host.run).writeWorkbook(description).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetTooLargeError);
    expect((error as Error).message).toMatch(/Sheet "Opportunities" needs about 1\d\.\d MB .* 3 requests of 4\.0 MB .*Nothing was written/);
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(content(host)).toHaveLength(0);
  });
});
