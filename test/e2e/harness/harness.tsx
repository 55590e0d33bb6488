/*
 * Test-only page: the real App over the real loadSampleData use case and an in-memory workbook,
 * so the browser test can click through the pane without Excel. Query string:
 *   ?fail=TableName  that table's write fails like Excel's AccessDenied
 *   ?gate=1          each simulated request waits until the test calls window.harness.step()
 */
import { createRoot } from "react-dom/client";
import { loadSampleData } from "../../../src/app/loadSampleData";
import { App } from "../../../src/taskpane/App";
import type { TaskPaneOperations } from "../../../src/taskpane/operations";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { smallDataSet } from "./smallDataSet";

const params = new URLSearchParams(window.location.search);
const waiting: (() => void)[] = [];

const port = new MemoryWorkbookPort({
  rowsPerRequest: 10,
  failOn: params.get("fail") ? { tableName: params.get("fail") as string, code: "AccessDenied", message: "The workbook is protected" } : undefined,
  beforeRequest: () => new Promise<void>((resolve) => (params.get("gate") ? waiting.push(resolve) : setTimeout(resolve, 20))),
});

const operations: TaskPaneOperations = {
  loadSampleData: (onProgress) => loadSampleData(port, smallDataSet(40), onProgress),
};

/** What the browser test reads and drives. */
const harness = {
  tables: () => [...port.tables.values()].map((t) => ({ tableName: t.tableName, rows: t.rows.length - 1 })),
  waiting: () => waiting.length,
  step: () => waiting.splice(0).forEach((resolve) => resolve()),
};
(window as unknown as { harness: typeof harness }).harness = harness;

const element = document.getElementById("container");
if (element) createRoot(element).render(<App operations={operations} />);
