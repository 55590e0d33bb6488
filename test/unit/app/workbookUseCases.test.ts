/*
 * The forecast use cases against the in-memory Excel host through the real Office.js adapter:
 * what "Load sample data" writes comes back whole, the adjustment log survives a data refresh,
 * and the Forecast sheet gets its headers and formats.
 */
import { recordAdjustment, readAdjustmentLog, ADJUSTMENTS_SHEET_NAME } from "../../../src/app/forecastAdjustments";
import { loadSampleData } from "../../../src/app/loadSampleData";
import { loadWorkbookData } from "../../../src/app/loadWorkbookData";
import type { WorkbookPort } from "../../../src/app/ports";
import { runForecast } from "../../../src/app/runForecast";
import { CURRENCY_FORMAT, MULTIPLE_FORMAT, PERCENT_FORMAT, writeForecastSheet } from "../../../src/app/writeForecastSheet";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import type { ForecastAdjustment } from "../../../src/core/forecast/adjustments";
import type { DataSet } from "../../../src/core/model/dataSet";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { createExcelWorkbookPort } from "../../../src/excel";
import { createExcelHost, ExcelHost } from "../../host";

const AS_OF = "2026-11-27";
const PERIOD = "FY2027-Q4";
const RECORD_SETS = ["opportunities", "accounts", "reps", "quotas", "territories", "fxRates", "snapshots"] as const;

function adjustment(overrides: Partial<ForecastAdjustment> = {}): ForecastAdjustment {
  return { level: "rep", owner: "R1", period: PERIOD, figure: "commit", amount: 123_456, note: "=signed Friday", author: "Maya Lee", at: "2026-11-27T10:15:00.000Z", ...overrides };
}

describe("the forecast use cases over the in-memory Excel host", () => {
  let host: ExcelHost;
  let port: WorkbookPort;
  let demo: DataSet;

  beforeAll(async () => {
    demo = generateDemoOrg({ seed: 7, asOf: AS_OF });
    host = createExcelHost();
    port = createExcelWorkbookPort(host.run);
    await loadSampleData(port, demo);
  });

  it("reads back every record the sample data wrote, with no issues", async () => {
    const { dataSet, issues } = await loadWorkbookData(port, demo.settings);
    expect(issues).toEqual([]);
    for (const name of RECORD_SETS) expect([name, dataSet[name].length]).toEqual([name, demo[name].length]);
    // Dates went in as serials and come back as ISO dates; amounts and ids are unchanged.
    expect(dataSet.opportunities[0]).toEqual(demo.opportunities[0]);
    expect(dataSet.snapshots.at(-1)).toEqual(demo.snapshots.at(-1));
  });

  it("keeps an adjustment through a data refresh, and the forecast shows it", async () => {
    const before = await loadWorkbookData(port, demo.settings);
    const owner = runForecast(before.dataSet, { period: PERIOD, level: "rep", asOf: AS_OF }).rows[0].owner;
    const saved = await recordAdjustment(port, adjustment({ owner }));
    expect(saved.ok).toBe(true);
    expect(host.tables().find((t) => t.name === "ForecastAdjustments")?.sheet).toBe(ADJUSTMENTS_SHEET_NAME);

    await loadSampleData(port, demo);
    const { log, issues } = await readAdjustmentLog(port);
    expect(issues).toEqual([]);
    // The text columns stay text: the timestamp is not turned into a date, the note not into a formula.
    expect(log).toEqual([adjustment({ owner })]);
    const after = await loadWorkbookData(port, demo.settings);
    const row = runForecast(after.dataSet, { period: PERIOD, level: "rep", asOf: AS_OF }, log).rows.find((r) => r.owner === owner);
    expect(row?.adjusted.commit).toBe(123_456);
    expect(row?.overrides.commit?.author).toBe("Maya Lee");
  });

  it("appends to the log, latest wins, and a cleared override (blank amount) reads back as null", async () => {
    const owner = (await readAdjustmentLog(port)).log[0].owner;
    await recordAdjustment(port, adjustment({ owner, amount: 200_000, at: "2026-11-27T11:00:00.000Z" }));
    const cleared = await recordAdjustment(port, adjustment({ owner, figure: "bestCase", amount: null, at: "2026-11-27T12:00:00.000Z" }));
    expect(cleared.ok && cleared.value.map((e) => e.amount)).toEqual([123_456, 200_000, null]);
    const { log } = await readAdjustmentLog(port);
    expect(log.map((e) => e.amount)).toEqual([123_456, 200_000, null]);
    const { dataSet } = await loadWorkbookData(port, demo.settings);
    const row = runForecast(dataSet, { period: PERIOD, level: "rep", asOf: AS_OF }, log).rows.find((r) => r.owner === owner);
    expect(row?.adjusted.commit).toBe(200_000);
    expect(row?.overrides.bestCase).toBeUndefined();
  });

  it("refuses an invalid adjustment without touching the log", async () => {
    const before = (await readAdjustmentLog(port)).log.length;
    const result = await recordAdjustment(port, adjustment({ author: "" }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0].message).toContain("author");
    expect((await readAdjustmentLog(port)).log).toHaveLength(before);
  });

  it("writes the Forecast sheet with its headers and number formats", async () => {
    const { dataSet } = await loadWorkbookData(port, demo.settings);
    const { log } = await readAdjustmentLog(port);
    const run = runForecast(dataSet, { period: PERIOD, level: "manager", asOf: AS_OF }, log);
    const written = await writeForecastSheet(port, run);
    expect(written).toEqual({ sheetName: "Forecast", tableName: "Forecast", rows: run.rows.length });
    const values = host.values("Forecast");
    expect(values[0]).toEqual([
      "Owner", "Name", "Quota", "Closed won", "Commit", "Best case", "Pipeline", "Weighted", "Projection",
      "Coverage", "Attainment", "Adjusted commit", "Adjusted best case", "Adjusted pipeline", "Adjustment note",
    ]);
    expect(values).toHaveLength(run.rows.length + 1);
    expect(values[1][0]).toBe(run.rows[0].owner);
    expect(values[1][4]).toBeCloseTo(run.rows[0].commit, 6);
    const formats = host.numberFormats("Forecast")[1];
    expect(formats.slice(2, 9)).toEqual(new Array(7).fill(CURRENCY_FORMAT));
    expect(formats.slice(9, 11)).toEqual([MULTIPLE_FORMAT, PERCENT_FORMAT]);
    expect(formats.slice(11, 14)).toEqual(new Array(3).fill(CURRENCY_FORMAT));
    expect(host.tables().find((t) => t.name === "Forecast")?.sheet).toBe("Forecast");

    // Writing again replaces the table rather than failing or stacking a second one.
    await writeForecastSheet(port, run);
    expect(host.tables().filter((t) => t.name === "Forecast")).toHaveLength(1);
  });
});

describe("loadWorkbookData on a workbook without the data", () => {
  it("says to load sample data or import when there is no Opportunities table", async () => {
    const host = createExcelHost();
    const { dataSet, issues } = await loadWorkbookData(createExcelWorkbookPort(host.run), DEFAULT_SETTINGS);
    expect(dataSet.opportunities).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: "missing_table", path: ["Opportunities"], message: expect.stringContaining("Load sample data or import first") })]);
  });

  it("names the table, row and column of a rejected row", async () => {
    const rows = [
      ["owner_id", "period", "amount", "currency"],
      ["R1", "FY2027-Q4", 100_000, "USD"],
      ["R2", "FY2027-Q4", "lots", "USD"],
    ];
    const port: WorkbookPort = { writeTables: async () => undefined, readTable: async (name) => (name === "Quotas" ? rows : null) };
    const { dataSet, issues } = await loadWorkbookData(port, DEFAULT_SETTINGS);
    expect(dataSet.quotas).toHaveLength(1);
    const rejected = issues.find((issue) => issue.path[0] === "Quotas");
    expect(rejected?.path).toEqual(["Quotas", 3, "amount"]);
    expect(rejected?.message).toMatch(/^Quotas row 3, column amount \("lots"\): /);
  });
});
