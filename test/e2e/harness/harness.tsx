/*
 * Test-only page: the real App over the real loadSampleData use case and an in-memory workbook,
 * so the browser test can click through the pane without Excel. Query string:
 *   ?fail=TableName  that table's write fails like Excel's AccessDenied
 *   ?gate=1          each simulated request waits until the test calls window.harness.step()
 *   ?data=demo       "Load sample data" writes the full demo org (seed 7, as of 2026-11-27) instead
 *                    of the small data set: a realistic size for the Forecast view
 * The Forecast view runs on the same memory workbook, with the default settings and a fixed clock
 * (2026-11-27, the day the small data set's deals close), so its period and figures are stable.
 */
import { createRoot } from "react-dom/client";
import { loadSampleData } from "../../../src/app/loadSampleData";
import { App } from "../../../src/taskpane/App";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { forecastOperations } from "../../../src/taskpane/forecastOperations";
import type { TaskPaneOperations } from "../../../src/taskpane/operations";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
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

const operations: TaskPaneOperations = {
  loadSampleData: (onProgress) => loadSampleData(port, demo ? generateDemoOrg({ seed: 7, asOf: "2026-11-27" }) : smallDataSet(40), onProgress),
  forecast: forecastOperations(port, () => DEFAULT_SETTINGS, () => new Date("2026-11-27T15:30:00Z")),
};

/** What the browser test reads and drives. */
const harness = {
  tables: () => [...port.tables.values()].map((t) => ({ tableName: t.tableName, rows: t.rows.length - 1 })),
  /** A table's rows (header first), e.g. the ForecastAdjustments log or the Forecast sheet. */
  rows: (tableName: string) => port.tables.get(tableName.toLowerCase())?.rows ?? null,
  waiting: () => waiting.length,
  step: () => waiting.splice(0).forEach((resolve) => resolve()),
};
(window as unknown as { harness: typeof harness }).harness = harness;

const element = document.getElementById("container");
if (element) createRoot(element).render(<App operations={operations} />);
