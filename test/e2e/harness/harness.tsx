/*
 * Test-only page: the real App over the real loadSampleData use case and an in-memory workbook,
 * so the browser test can click through the pane without Excel. Query string:
 *   ?fail=TableName  that table's write fails like Excel's AccessDenied
 *   ?gate=1          each simulated write request waits until the test calls window.harness.step()
 *   ?gate=all        reads of tables wait for step() too
 *   ?data=demo       "Load sample data" writes the full demo org (seed 7, as of 2026-11-27) instead
 *                    of the small data set: a realistic size for the Forecast view
 *   ?plans=1         "Load sample data" also writes the demo plan's tables (Plans, PlanTiers, …,
 *                    PlanAssignments), as the add-in does, with every rep on the plan
 *   ?settings=bad    the workbook holds settings with an invalid stage probability (the Settings
 *                    view's warning); otherwise it holds none. window.harness.storedSettings() reads them
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
import { dataOperations } from "../../../src/taskpane/dataOperations";
import { App } from "../../../src/taskpane/App";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { forecastOperations } from "../../../src/taskpane/forecastOperations";
import type { TaskPaneOperations } from "../../../src/taskpane/operations";
import { reportOperations } from "../../../src/taskpane/reportOperations";
import { settingsOperations } from "../../../src/taskpane/settingsOperations";
import { territoryOperations } from "../../../src/taskpane/territoryOperations";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { MemorySettingsPort } from "./memorySettingsPort";
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
  beforeRead: () => new Promise<void>((resolve) => (params.get("gate") === "all" ? waiting.push(resolve) : resolve())),
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

/** Stored settings whose stageMap[3].probability is 1.5: the Settings view must say so and show the defaults. */
const BAD_SETTINGS = JSON.stringify({ ...DEFAULT_SETTINGS, stageMap: DEFAULT_SETTINGS.stageMap.map((stage, i) => (i === 3 ? { ...stage, probability: 1.5 } : stage)) });
const settingsPort = new MemorySettingsPort({
  stored: params.get("settings") === "bad" ? BAD_SETTINGS : null,
  beforeRequest: () => new Promise<void>((resolve) => setTimeout(resolve, 20)),
});

const operations: TaskPaneOperations = {
  loadSampleData: (onProgress) => {
    const dataSet = sampleData();
    return loadSampleData(port, dataSet, onProgress, params.get("plans") ? planFor(dataSet) : undefined);
  },
  forecast: forecastOperations(port, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  territories: territoryOperations(port, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  commissions: commissionOperations(port, writer, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  reports: reportOperations(port, writer, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
  settings: settingsOperations(settingsPort, () => new Date("2026-11-27T15:30:00Z")),
  // Import and Refresh in the Data view write and read the same memory workbook (window.harness.tables(), rows()).
  data: dataOperations(port, () => DEFAULT_SETTINGS),
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
  /** The settings the workbook holds, parsed, or null; and how many recalculations a save asked for. */
  storedSettings: () => (settingsPort.stored === null ? null : (JSON.parse(settingsPort.stored) as unknown)),
  recalculations: () => settingsPort.recalculations,
  waiting: () => waiting.length,
  step: () => waiting.splice(0).forEach((resolve) => resolve()),
};
(window as unknown as { harness: typeof harness }).harness = harness;

// As index.tsx does: the workbook's settings are read at pane start.
void operations.settings?.load();
const element = document.getElementById("container");
if (element) createRoot(element).render(<App operations={operations} />);
