/*
 * Test-only page: the real App over the real loadSampleData use case and an in-memory workbook,
 * so the browser test can click through the pane without Excel. Query string:
 *   ?fail=TableName  that table's write fails like Excel's AccessDenied
 *   ?gate=1          each simulated request waits until the test calls window.harness.step()
 *   ?data=demo       "Load sample data" writes the full demo org (seed 7, as of 2026-11-27) instead
 *                    of the small data set: a realistic size for the Forecast view
 *   ?plans=1         "Load sample data" also writes the demo plan's tables (Plans, PlanTiers, …,
 *                    PlanAssignments), as the add-in does, with every rep on the plan
 * The Forecast and Territories views run on the same memory workbook, with the default settings and a
 * fixed clock (2026-11-27, the day the small data set's deals close), so their periods and figures are stable.
 * So does the Commissions view, whose statements go to a memory writer (window.harness.sheets()).
 */
import { createRoot } from "react-dom/client";
import { loadSampleData } from "../../../src/app/loadSampleData";
import { DEMO_AE_PLAN } from "../../../src/core/commission";
import type { CellValue } from "../../../src/core/model/canonicalFiles";
import type { DataSet } from "../../../src/core/model/dataSet";
import { commissionOperations } from "../../../src/taskpane/commissionOperations";
import { App } from "../../../src/taskpane/App";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { forecastOperations } from "../../../src/taskpane/forecastOperations";
import type { TaskPaneOperations } from "../../../src/taskpane/operations";
import { reportOperations } from "../../../src/taskpane/reportOperations";
import { territoryOperations } from "../../../src/taskpane/territoryOperations";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { MemoryWorkbookWriter } from "./memoryWorkbookWriter";
import { smallDataSet } from "./smallDataSet";

const params = new URLSearchParams(window.location.search);
const demo = params.get("data") === "demo";
const waiting: (() => void)[] = [];

const port = new MemoryWorkbookPort({
  // Excel's adapter writes about 4 MB a request: thousands of demo rows, not ten.
  rowsPerRequest: demo ? 5000 : 10,
  failOn: params.get("fail") ? { tableName: params.get("fail") as string, code: "AccessDenied", message: "The workbook is protected" } : undefined,
  beforeRequest: () => new Promise<void>((resolve) => (params.get("gate") ? waiting.push(resolve) : setTimeout(resolve, 20))),
});

const writer = new MemoryWorkbookWriter({
  beforeSheet: () => new Promise<void>((resolve) => setTimeout(resolve, 20)),
  userSheets: () => [...port.tables.values()].map((t) => t.sheetName),
});

/** Every rep on the demo plan for their whole tenure (the small data set's reps are not "Account Executive"s). */
const planFor = (dataSet: DataSet) => ({
  plans: [DEMO_AE_PLAN],
  assignments: dataSet.reps.map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null })),
});

function sampleData(): DataSet {
  return demo ? generateDemoOrg({ seed: 7, asOf: "2026-11-27" }) : smallDataSet(40);
}

const operations: TaskPaneOperations = {
  loadSampleData: (onProgress) => {
    const dataSet = sampleData();
    return loadSampleData(port, dataSet, onProgress, params.get("plans") ? planFor(dataSet) : undefined);
  },
  forecast: forecastOperations(port, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  territories: territoryOperations(port, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  commissions: commissionOperations(port, writer, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  reports: reportOperations(port, writer, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
};

/** What the browser test reads and drives. */
const harness = {
  tables: () => [...port.tables.values()].map((t) => ({ tableName: t.tableName, rows: t.rows.length - 1 })),
  /** A table's rows (header first), e.g. the ForecastAdjustments log or the Forecast sheet. */
  rows: (tableName: string) => port.tables.get(tableName.toLowerCase())?.rows ?? null,
  /** Sets one cell as a user would in Excel; `row` as Excel numbers it within the table (header = 1). */
  edit: (tableName: string, row: number, column: string, value: CellValue) => {
    const rows = port.tables.get(tableName.toLowerCase())?.rows;
    const index = rows?.[0].indexOf(column) ?? -1;
    if (!rows || index < 0 || !rows[row - 1]) throw new Error(`No cell ${tableName} row ${row}, column ${column}`);
    rows[row - 1][index] = value;
  },
  /** The sheets the statement writer wrote, by name, as described. */
  sheets: () => [...writer.sheets.values()],
  waiting: () => waiting.length,
  step: () => waiting.splice(0).forEach((resolve) => resolve()),
};
(window as unknown as { harness: typeof harness }).harness = harness;

const element = document.getElementById("container");
if (element) createRoot(element).render(<App operations={operations} />);
