import { dataSetTables, loadSampleData, LoadSampleDataError, SampleDataProgress } from "../../../src/app/loadSampleData";
import { DEMO_AE_PLAN } from "../../../src/core/commission";
import { MemoryWorkbookPort } from "../../e2e/harness/memoryWorkbookPort";
import { smallDataSet } from "../../e2e/harness/smallDataSet";

const TABLE_ORDER = ["Opportunities", "Accounts", "Reps", "Quotas", "Territories", "FxRates", "Snapshots"];

describe("dataSetTables", () => {
  const tables = dataSetTables(smallDataSet(3));
  const byName = (name: string) => {
    const table = tables.find((t) => t.tableName === name);
    if (!table) throw new Error(`no ${name} table`);
    return table;
  };
  const column = (name: string, header: string) => {
    const table = byName(name);
    const index = table.rows[0].indexOf(header);
    return { format: table.numberFormats?.[index], values: table.rows.slice(1).map((row) => row[index]) };
  };

  it("lays out one sheet per record set, named after its canonical table", () => {
    expect(tables.map((t) => t.tableName)).toEqual(TABLE_ORDER);
    for (const table of tables) expect(table.sheetName).toBe(table.tableName);
  });

  it("gives every column a number format and every row the header's width", () => {
    for (const table of tables) {
      expect(table.numberFormats).toHaveLength(table.rows[0].length);
      for (const row of table.rows) expect(row).toHaveLength(table.rows[0].length);
    }
  });

  it("writes dates as Excel serial numbers shown as yyyy-mm-dd", () => {
    expect(column("Opportunities", "close_date")).toEqual({ format: "yyyy-mm-dd", values: [46353, 46353, 46353] });
    expect(column("Snapshots", "snapshot_date").values[0]).toBe(46346);
    // An optional date left blank stays blank rather than becoming a date.
    expect(column("Reps", "end_date").values).toEqual(["", 46326]);
  });

  it("formats amounts as money, probabilities as percentages, rates with their precision, text as text", () => {
    expect(column("Opportunities", "amount")).toEqual({ format: "#,##0.00", values: [10000, 11250.5, 12501] });
    expect(column("Opportunities", "probability")).toEqual({ format: "0%", values: [1, 0.4, 0.4] });
    expect(column("FxRates", "rate_to_corporate")).toEqual({ format: "0.000000", values: [1.0825] });
    expect(column("Quotas", "amount").format).toBe("#,##0.00");
    expect(column("Accounts", "employees").format).toBe("#,##0");
    // Text format keeps formula-looking names (the first deal's) as text.
    expect(column("Opportunities", "name")).toEqual({ format: "@", values: ['=HYPERLINK("http://x","y")', "Deal 2", "Deal 3"] });
    expect(column("Quotas", "period").format).toBe("@");
  });

  it("does not change the data set it is given", () => {
    const dataSet = smallDataSet(2);
    const before = JSON.stringify(dataSet);
    dataSetTables(dataSet);
    expect(JSON.stringify(dataSet)).toBe(before);
  });
});

describe("loadSampleData", () => {
  it("writes every table, one per request to the port, and reports the counts", async () => {
    const port = new MemoryWorkbookPort({ rowsPerRequest: 7 });
    const result = await loadSampleData(port, smallDataSet(20));
    expect(port.calls).toEqual(TABLE_ORDER.map((name) => [name]));
    expect(result.tables.map((t) => [t.tableName, t.rows])).toEqual([
      ["Opportunities", 20],
      ["Accounts", 3],
      ["Reps", 2],
      ["Quotas", 2],
      ["Territories", 1],
      ["FxRates", 1],
      ["Snapshots", 5],
    ]);
    expect(result.rows).toBe(34);
    expect(await port.readTable("opportunities")).toHaveLength(21);
  });

  it("reports table i of n and rows that only go up, ending at the total", async () => {
    const port = new MemoryWorkbookPort({ rowsPerRequest: 7 });
    const seen: SampleDataProgress[] = [];
    await loadSampleData(port, smallDataSet(20), (p) => seen.push({ ...p }));
    expect(seen[0]).toEqual({ table: 1, tables: 7, tableName: "Opportunities", rowsDone: 0, rowsTotal: 34 });
    expect(seen.at(-1)).toEqual({ table: 7, tables: 7, tableName: "Snapshots", rowsDone: 34, rowsTotal: 34 });
    // The port's chunk reports (7, 14, 20 of 20) appear as rows within the first table.
    expect(seen.filter((p) => p.table === 1).map((p) => p.rowsDone)).toEqual([0, 7, 14, 20, 20]);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].rowsDone).toBeGreaterThanOrEqual(seen[i - 1].rowsDone);
      expect(seen[i].table).toBeGreaterThanOrEqual(seen[i - 1].table);
    }
  });

  it("turns a port's own progress unit (a fraction, say) into rows", async () => {
    const seen: number[] = [];
    const port = {
      writeTables: async (_tables: unknown, onProgress?: (done: number, total: number, label: string) => void) => {
        onProgress?.(0.5, 1, "half");
        onProgress?.(1, 1, "all");
      },
      readTable: async () => null,
    };
    await loadSampleData(port, { opportunities: smallDataSet(10).opportunities }, (p) => seen.push(p.rowsDone));
    expect(seen).toEqual([0, 5, 10, 10]);
  });

  it("writes the plan tables after the data when given the compensation, and counts them in the progress", async () => {
    const port = new MemoryWorkbookPort({ rowsPerRequest: 7 });
    const seen: SampleDataProgress[] = [];
    const assignments = [{ repId: "R1", planId: DEMO_AE_PLAN.id, from: "2024-02-01", to: null, quota: null, targetIncentive: null }];
    const result = await loadSampleData(port, smallDataSet(20), (p) => seen.push({ ...p }), { plans: [DEMO_AE_PLAN], assignments });
    expect(port.calls).toEqual([...TABLE_ORDER, "Plans", "PlanTiers", "PlanMultipliers", "PlanBonuses", "PlanAssignments"].map((name) => [name]));
    expect(result.rows).toBe(34 + 1 + 4 + 1 + 2 + 1);
    expect(seen.at(-1)).toEqual({ table: 12, tables: 12, tableName: "PlanAssignments", rowsDone: 43, rowsTotal: 43 });
  });

  it("names the table it stopped at and the tables already written when the port fails", async () => {
    const port = new MemoryWorkbookPort({ failOn: { tableName: "Quotas", code: "AccessDenied", message: "The sheet is protected" } });
    const error = await loadSampleData(port, smallDataSet(4)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadSampleDataError);
    const failure = error as LoadSampleDataError;
    expect(failure.tableName).toBe("Quotas");
    expect(failure.written.map((t) => t.tableName)).toEqual(["Opportunities", "Accounts", "Reps"]);
    expect(failure.message).toBe("Writing the Quotas table failed: The sheet is protected");
    expect((failure.cause as { code: string }).code).toBe("AccessDenied");
  });
});
