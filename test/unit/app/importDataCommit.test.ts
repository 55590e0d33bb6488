/*
 * The Data view's import from the preview on: what the commit writes, the session it updates, and
 * what a failed write or a cancel leaves in the workbook (the memory port, then the real Office.js
 * adapter over the in-memory Excel host). Also Refresh, and the table list of both ports.
 */
import { readFileSync } from "fs";
import path from "path";
import { commitImport, ImportWriteError } from "../../../src/app/importDataCommit";
import { draftForPreset } from "../../../src/app/importDataMapping";
import { ImportPreview, previewImport } from "../../../src/app/importDataPreview";
import { readImportSource } from "../../../src/app/importDataSource";
import { ImportProgress, isCancelled } from "../../../src/app/importDataTypes";
import { dataSetTables, loadSampleData } from "../../../src/app/loadSampleData";
import type { TableListingPort, WorkbookPort } from "../../../src/app/ports";
import { refreshWorkbookData } from "../../../src/app/refreshData";
import { getWorkbookData } from "../../../src/app/sessionState";
import type { Result } from "../../../src/core/model/result";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { createExcelWorkbookPort } from "../../../src/excel/workbookPort";
import { MemoryWorkbookPort } from "../../e2e/harness/memoryWorkbookPort";
import { smallDataSet } from "../../e2e/harness/smallDataSet";
import { createExcelHost } from "../../host";

const HUBSPOT = readFileSync(path.join(__dirname, "../../fixtures/import-small/hubspot_deals_small.csv"), "utf8");

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

async function hubspotPreview(port: WorkbookPort, text = HUBSPOT): Promise<ImportPreview> {
  const source = value(await readImportSource(port, { kind: "csv", name: "deals.csv", text }));
  return value(await previewImport(source, draftForPreset(source.headers, "hubspot"), DEFAULT_SETTINGS));
}

/** A memory port holding the small data set, as after "Load sample data". */
async function loadedPort(failOn?: string): Promise<MemoryWorkbookPort> {
  const loaded = new MemoryWorkbookPort();
  await loaded.writeTables(dataSetTables(smallDataSet(6)));
  const port = new MemoryWorkbookPort({ failOn: failOn ? { tableName: failOn, code: "AccessDenied", message: "The workbook is protected" } : undefined });
  for (const [key, table] of loaded.tables) port.tables.set(key, table);
  return port;
}

describe("committing an import", () => {
  it("writes nothing until the commit, then Opportunities, Accounts and Reps, and shares them with the session", async () => {
    const port = await loadedPort();
    const preview = await hubspotPreview(port);
    expect(port.calls).toEqual([]);
    const before = getWorkbookData().version;
    const steps: ImportProgress[] = [];
    const committed = value(await commitImport(port, preview, DEFAULT_SETTINGS, { onProgress: (p) => steps.push(p) }));
    expect(port.calls).toEqual([["Opportunities"], ["Accounts"], ["Reps"]]);
    expect(committed.tables.map((t) => [t.tableName, t.rows])).toEqual([
      ["Opportunities", 3],
      ["Accounts", 3],
      ["Reps", 2],
    ]);
    expect(committed.rejectedRows).toBe(2);
    expect(port.tables.get("opportunities")?.rows.slice(1).map((row) => row[0])).toEqual(["9001", "9002", "9003"]);
    // The other tables are the workbook's own, untouched.
    expect(port.tables.get("quotas")?.rows).toHaveLength(3);
    const session = getWorkbookData();
    expect(session.version).toBeGreaterThan(before);
    expect(session.dataSet?.opportunities.map((o) => o.id)).toEqual(["9001", "9002", "9003"]);
    expect(session.dataSet?.reps.map((r) => r.name)).toEqual(["David Osei", "Sarah Kim"]);
    expect(committed.refreshed?.issues).toEqual([]);
    // Cancel is offered until the writing starts, and not after.
    expect(steps.filter((s) => s.step === "saving").every((s) => s.cancellable)).toBe(true);
    expect(steps.filter((s) => s.step === "writing" || s.step === "refreshing").every((s) => !s.cancellable)).toBe(true);
    expect(steps.filter((s) => s.step === "writing").pop()).toMatchObject({ done: 8, total: 8, unit: "rows" });
  });

  it("puts back the tables already replaced when a later one fails, and says which", async () => {
    const port = await loadedPort("Reps");
    const old = { opportunities: port.tables.get("opportunities")?.rows, accounts: port.tables.get("accounts")?.rows, reps: port.tables.get("reps")?.rows };
    const preview = await hubspotPreview(port);
    const error = await commitImport(port, preview, DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportWriteError);
    expect(error).toMatchObject({ tableName: "Reps", restored: ["Opportunities", "Accounts"], notRestored: [] });
    expect(port.tables.get("opportunities")?.rows).toEqual(old.opportunities);
    expect(port.tables.get("accounts")?.rows).toEqual(old.accounts);
    expect(port.tables.get("reps")?.rows).toBe(old.reps);
  });

  it("puts back the failed table too when its write landed before the error (a swap finished past the point of no return)", async () => {
    const inner = await loadedPort();
    const oldReps = inner.tables.get("reps")?.rows;
    let failed = false;
    const port: WorkbookPort & TableListingPort = {
      readTable: (name) => inner.readTable(name),
      listTables: () => inner.listTables(),
      writeTables: async (tables, onProgress) => {
        await inner.writeTables(tables, onProgress);
        if (tables[0].tableName === "Reps" && !failed) {
          failed = true;
          throw Object.assign(new Error("The connection was lost"), { code: "ConnectionFailure" });
        }
      },
    };
    const error = await commitImport(port, await hubspotPreview(port), DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toMatchObject({ tableName: "Reps", restored: ["Opportunities", "Accounts", "Reps"], notRestored: [] });
    expect(inner.tables.get("reps")?.rows).toEqual(oldReps);
  });

  it("leaves a table that did not exist before empty when the import is rolled back", async () => {
    const port = new MemoryWorkbookPort({ failOn: { tableName: "Accounts", code: "AccessDenied", message: "The workbook is protected" } });
    const error = await commitImport(port, await hubspotPreview(port), DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toMatchObject({ tableName: "Accounts", restored: ["Opportunities"] });
    expect(port.tables.get("opportunities")?.rows).toHaveLength(1);
    expect(port.tables.has("accounts")).toBe(false);
  });

  it("writes nothing when cancelled before the first write", async () => {
    const port = await loadedPort();
    const preview = await hubspotPreview(port);
    const before = [...port.tables.values()];
    const controller = new AbortController();
    const result = await commitImport(port, preview, DEFAULT_SETTINGS, { signal: controller.signal, pause: async () => controller.abort() });
    expect(isCancelled(result)).toBe(true);
    expect(!result.ok && result.issues[0].message).toBe("Cancelled. deals.csv was not imported; the workbook is unchanged.");
    expect(port.calls).toEqual([]);
    expect([...port.tables.values()]).toEqual(before);
    const already = new AbortController();
    already.abort();
    expect(isCancelled(await commitImport(port, preview, DEFAULT_SETTINGS, { signal: already.signal }))).toBe(true);
    expect(port.calls).toEqual([]);
  });

  it("finishes the write once started, whatever the signal says (all, not half)", async () => {
    const port = await loadedPort();
    const controller = new AbortController();
    const result = await commitImport(port, await hubspotPreview(port), DEFAULT_SETTINGS, {
      signal: controller.signal,
      onProgress: (p) => p.step === "writing" && controller.abort(),
    });
    expect(result.ok).toBe(true);
    expect(port.calls).toEqual([["Opportunities"], ["Accounts"], ["Reps"]]);
  });

  it("refuses to write when no row can be imported", async () => {
    const port = await loadedPort();
    const preview = await hubspotPreview(port, "Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount\n1,A,Closed Won,never,Ann,1\n");
    const result = await commitImport(port, preview, DEFAULT_SETTINGS);
    expect(!result.ok && result.issues[0]).toMatchObject({ code: "nothing_to_import", message: expect.stringContaining("nothing was written") });
    expect(port.calls).toEqual([]);
  });
});

describe("over the Office.js adapter and the in-memory Excel host", () => {
  async function hostWithSampleData() {
    const host = createExcelHost();
    const port: WorkbookPort & TableListingPort = createExcelWorkbookPort(host.run);
    await loadSampleData(port, smallDataSet(6));
    return { host, port };
  }

  it("lists the tables with their sheets and data rows, in two syncs", async () => {
    const { host, port } = await hostWithSampleData();
    const syncs = host.syncCount();
    const tables = await port.listTables();
    expect(host.syncCount() - syncs).toBe(2);
    expect(tables.map((t) => [t.name, t.sheet, t.rows])).toEqual([
      ["Opportunities", "Opportunities", 6],
      ["Accounts", "Accounts", 3],
      ["Reps", "Reps", 2],
      ["Quotas", "Quotas", 2],
      ["Territories", "Territories", 1],
      ["FxRates", "FxRates", 1],
      ["Snapshots", "Snapshots", 5],
    ]);
  });

  it("imports from a table of the workbook into the canonical tables", async () => {
    const { port } = await hostWithSampleData();
    await port.writeTables([{ sheetName: "Export", tableName: "Deals", rows: [["opportunity_id", "sales_agent", "deal_stage", "close_date", "close_value"], ["X1", "Ann Lee", "Won", 46353, 1054]] }]);
    const source = value(await readImportSource(port, { kind: "table", name: "Deals" }));
    const preview = value(await previewImport(source, draftForPreset(source.headers, "sales_pipeline"), DEFAULT_SETTINGS));
    const committed = value(await commitImport(port, preview, DEFAULT_SETTINGS));
    expect(committed.refreshed?.dataSet.opportunities).toEqual([expect.objectContaining({ id: "X1", amount: 1054, closeDate: "2026-11-27", ownerId: "ann-lee" })]);
    expect(committed.refreshed?.dataSet.reps.map((r) => r.id)).toEqual(["ann-lee"]);
    expect(committed.refreshed?.issues).toEqual([]);
  });

  it("rolls back when Excel refuses a later table: the workbook reads as before", async () => {
    const { host, port } = await hostWithSampleData();
    const before = await refreshWorkbookData(port, DEFAULT_SETTINGS);
    // The user's own notes on a sheet named Reps: the adapter refuses to replace it, after Opportunities and Accounts were written.
    await host.run(async (context) => {
      context.workbook.tables.getItem("Reps").delete();
      context.workbook.worksheets.getItem("Reps").getRange("A1").values = [["my notes"]];
      await context.sync();
    });
    const error = await commitImport(port, await hubspotPreview(port), DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ImportWriteError", tableName: "Reps", restored: ["Opportunities", "Accounts"] });
    const after = await refreshWorkbookData(port, DEFAULT_SETTINGS);
    expect(after.dataSet.opportunities).toEqual(before.dataSet.opportunities);
    expect(after.dataSet.accounts).toEqual(before.dataSet.accounts);
    expect(host.values("Reps", "A1")).toEqual([["my notes"]]);
  });
});

describe("refreshing from the workbook", () => {
  it("reads the canonical tables into the session and counts them", async () => {
    const port = await loadedPort();
    const refreshed = await refreshWorkbookData(port, DEFAULT_SETTINGS);
    expect(refreshed.tables).toEqual([
      { tableName: "Opportunities", records: 6 },
      { tableName: "Accounts", records: 3 },
      { tableName: "Reps", records: 2 },
      { tableName: "Quotas", records: 2 },
      { tableName: "Territories", records: 1 },
      { tableName: "FxRates", records: 1 },
      { tableName: "Snapshots", records: 5 },
    ]);
    expect(getWorkbookData().dataSet?.opportunities).toHaveLength(6);
  });

  it("says when the workbook has no Opportunities table", async () => {
    const refreshed = await refreshWorkbookData(new MemoryWorkbookPort(), DEFAULT_SETTINGS);
    expect(refreshed.issues).toEqual([expect.objectContaining({ code: "missing_table" })]);
    expect(getWorkbookData().dataSet?.opportunities).toEqual([]);
  });
});
