/**
 * Nothing is lost: the user's sheets and names are never touched, SalesOps' earlier sheets are
 * replaced only once every new sheet is complete, and Excel failing at any request leaves the
 * workbook exactly as it was (or, past the point of no return, the new report complete).
 */
import { createExcelHost, ExcelHost } from "../../host";
import { createExcelWorkbookWriter, WorkbookNameConflictError, WorkbookWriteError, writeWorkbook } from "../../../src/excel";
import type { WorkbookDescription } from "../../../src/workbook/description";
import { reportDescription } from "./support/reportDescription";
import { fullSnapshot, sheetSnapshot, temporarySheets } from "./support/workbookSnapshot";

const write = (host: ExcelHost, description: WorkbookDescription) => createExcelWorkbookWriter(host.run).writeWorkbook(description);
/** With requests of a few kilobytes, so every sheet's content takes several. */
const writeSmall = (host: ExcelHost, description: WorkbookDescription) => host.run((context) => writeWorkbook(context, description, undefined, { requestBudget: SMALL_BUDGET }));
const SMALL_BUDGET = 6000;

/** The report again with new figures and a "Forecast" sheet, a name the user has taken. */
function secondReport(): WorkbookDescription {
  const first = reportDescription();
  const [summary, data, lookup] = first.sheets;
  return {
    ...first,
    sheets: [
      summary,
      { ...data, blocks: [{ ...data.blocks[0], rows: [...data.blocks[0].rows, ["O-5", "Barbara", "Commit", 999, 46420]] }] },
      lookup,
      { name: "Forecast", blocks: [{ at: "A1", rows: [["Forecast of", { formula: "=Report_Period" }], ["Pipeline", { formula: "=SUM(Deals[amount])" }]] }] },
    ],
  };
}

/** Sheet1 (the user's), the first report, then the user's "Forecast" sheet and a "Notes" sheet reading the report. */
async function workbookWithReport(): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["keep", 1], ["me", 2]];
  });
  await write(host, reportDescription());
  await host.run(async (context) => {
    context.workbook.worksheets.add("Forecast").getRange("A1:B1").values = [["my own", "forecast"]];
    context.workbook.worksheets.add("Notes").getRange("A1:B1").formulas = [["Commit was", "='QBR Summary'!B5"]];
    context.workbook.worksheets.getItem("Sheet1").activate();
  });
  host.resetStats();
  return host;
}

describe("the user's sheets and names", () => {
  it("leaves a sheet of the user's with a requested name untouched; the new sheet takes a free name and says so", async () => {
    const host = await workbookWithReport();
    const forecast = sheetSnapshot(host, "Forecast");
    const sheet1 = sheetSnapshot(host, "Sheet1");
    const written = await write(host, secondReport());
    expect(written).toEqual([
      { requested: "QBR Summary", written: "QBR Summary" },
      { requested: "QBR Data", written: "QBR Data" },
      { requested: "Lookup", written: "Lookup" },
      { requested: "Forecast", written: "Forecast (2)" },
    ]);
    expect({ ...sheetSnapshot(host, "Forecast"), position: 0 }).toEqual({ ...forecast, position: 0 });
    expect({ ...sheetSnapshot(host, "Sheet1"), position: 0 }).toEqual({ ...sheet1, position: 0 });
    expect(host.customProperties("Forecast")).toEqual({});
    // Formulas naming the description's sheets and tables name the new ones.
    expect(host.formulas("Forecast (2)")).toEqual([["Forecast of", "=Report_Period"], ["Pipeline", "=SUM(Deals[amount])"]]);
  });

  it("refuses, before writing anything, a defined name of the user's that the report defines", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.names.add("Report_Period", context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
    });
    const before = fullSnapshot(host);
    const error = await write(host, reportDescription()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookNameConflictError);
    expect((error as Error).message).toMatch(/"Report_Period" \(it refers to =Sheet1!\$A\$1\).*Nothing was written/);
    expect(fullSnapshot(host)).toEqual(before);
  });

  it("gives a table a free name when the user's table holds the requested one, and its formulas follow", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["amount", "stage"], [1, "x"]];
      sheet.tables.add("A1:B2", true).name = "Deals";
    });
    await write(host, reportDescription());
    expect(host.tables().map((t) => [t.name, t.sheet])).toEqual([["Deals", "Sheet1"], ["Deals_2", "QBR Data"]]);
    expect(host.formulas("QBR Summary", "B5")).toEqual([['=SUMIFS(Deals_2[amount],Deals_2[stage],"Commit")']]);
  });
});

describe("regenerating a report", () => {
  it("replaces SalesOps' earlier sheets in place, with their tables, and sets its names again", async () => {
    const host = await workbookWithReport();
    const oldIds = host.model.sheets.filter((s) => s.name.startsWith("QBR") || s.name === "Lookup").map((s) => s.id);
    await write(host, secondReport());
    expect(host.sheetNames()).toEqual(["Sheet1", "QBR Summary", "QBR Data", "Lookup", "Forecast (2)", "Forecast", "Notes"]);
    expect(host.model.sheets.some((s) => oldIds.includes(s.id))).toBe(false);
    expect(temporarySheets(host)).toEqual([]);
    expect(host.tables().map((t) => [t.name, t.address])).toEqual([["Deals", "'QBR Data'!A1:E6"]]);
    expect(host.names()).toEqual([{ name: "Report_Period", formula: "='QBR Summary'!$B$2", comment: "The fiscal quarter the report covers" }]);
    expect(host.activeSheet()).toBe("QBR Summary");
    expect(host.formulas("QBR Summary", "B6")).toEqual([["=SUMIFS('QBR Data'!$D$2:$D$5,'QBR Data'!$C$2:$C$5,\"Closed\")"]]);
    // The known cost of replacing a sheet: the user's formulas that read the old one lose their reference.
    expect(host.formulas("Notes", "B1")).toEqual([["=#REF!B5"]]);
  });

  it("replaces the sheet it generated under a free name, and takes the requested name once the user's sheet is gone", async () => {
    const host = await workbookWithReport();
    await write(host, secondReport());
    await write(host, secondReport());
    expect(host.sheetNames().filter((name) => name.startsWith("Forecast"))).toEqual(["Forecast (2)", "Forecast"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Forecast").delete();
    });
    const written = await write(host, secondReport());
    expect(written[3]).toEqual({ requested: "Forecast", written: "Forecast" });
    expect(host.sheetNames().filter((name) => name.startsWith("Forecast"))).toEqual(["Forecast"]);
    expect(host.customProperties("Forecast")).toEqual({ "SalesOps.generated": '{"v":1,"requested":"Forecast","name":"Forecast"}' });
  });

  it("keeps a generated sheet the user renamed to keep it, and one the user copied", async () => {
    const host = await workbookWithReport();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("QBR Data").name = "QBR Data Q3";
      // Excel's Move or Copy names the copy "Lookup (2)" and copies its custom properties.
      const copy = context.workbook.worksheets.add("Lookup (2)");
      copy.customProperties.add("SalesOps.generated", '{"v":1,"requested":"Lookup","name":"Lookup"}');
      copy.getRange("A1").values = [["copy"]];
    });
    const kept = [sheetSnapshot(host, "QBR Data Q3"), sheetSnapshot(host, "Lookup (2)")];
    await write(host, secondReport());
    expect([sheetSnapshot(host, "QBR Data Q3"), sheetSnapshot(host, "Lookup (2)")].map((s) => ({ ...s, position: 0 }))).toEqual(kept.map((s) => ({ ...s, position: 0 })));
    // The new sheets stay together, where the first sheet they replace was.
    expect(host.sheetNames()).toEqual(["Sheet1", "QBR Summary", "QBR Data", "Lookup", "Forecast (2)", "QBR Data Q3", "Forecast", "Notes", "Lookup (2)"]);
  });

  it("replaces a very hidden generated sheet, and shows the replacement of the sheet the user was on", async () => {
    const host = await workbookWithReport();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Lookup").visibility = "VeryHidden";
      context.workbook.worksheets.getItem("QBR Data").activate();
    });
    await write(host, { ...secondReport(), activeSheet: undefined });
    expect(host.model.sheets.find((s) => s.name === "Lookup")?.visibility).toBe("Hidden");
    expect(host.activeSheet()).toBe("QBR Data");
  });
});

describe("Excel failing part-way", () => {
  async function referenceRun(writer = write): Promise<{ syncs: number; actions: number[]; success: unknown }> {
    const host = await workbookWithReport();
    await writer(host, secondReport());
    return { syncs: host.syncCount(), actions: host.syncs().map((sync) => sync.actions), success: comparable(host) };
  }
  /** Sheet and chart ids aside (every write makes new ones), what a write leaves. */
  const comparable = (host: ExcelHost) => JSON.parse(JSON.stringify(fullSnapshot(host), (key, value: unknown) => (key === "id" ? "" : value))) as unknown;

  it.each([
    ["requests of up to 4 MB", write],
    ["requests of a few kilobytes", writeSmall],
  ])("leaves the workbook exactly as before when any one request is lost, and a retry then succeeds (%s)", async (_label, writer) => {
    const { syncs, success } = await referenceRun(writer);
    // Several content requests between the 2 that look and the 1 that finishes.
    if (writer === writeSmall) expect(syncs).toBeGreaterThan(6);
    for (let n = 1; n <= syncs; n++) {
      const host = await workbookWithReport();
      const before = fullSnapshot(host);
      host.failSync(n);
      const error = await writer(host, secondReport()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(error).toMatchObject({ code: "WRITE_UNDONE", cause: { code: "ConnectionFailure" } });
      expect((error as Error).message).toMatch(/The workbook is as it was|Nothing was written/);
      expect(fullSnapshot(host)).toEqual(before);
      await writer(host, secondReport());
      expect(comparable(host)).toEqual(success);
    }
  });

  it("leaves the workbook exactly as before when a request before the last stops part-way or its answer is lost", async () => {
    const { syncs, actions } = await referenceRun(writeSmall);
    for (let n = 1; n < syncs; n++) {
      for (const afterActions of [Math.floor(actions[n - 1] / 2), Number.MAX_SAFE_INTEGER]) {
        const host = await workbookWithReport();
        const before = fullSnapshot(host);
        host.failSync(n, { afterActions });
        await expect(writeSmall(host, secondReport())).rejects.toMatchObject({ code: "WRITE_UNDONE" });
        expect(fullSnapshot(host)).toEqual(before);
      }
    }
  });

  it("leaves either the workbook as before or the whole new report when the last request stops after any operation", async () => {
    const { syncs, actions, success } = await referenceRun();
    const finalActions = actions[syncs - 1];
    const outcomes: string[] = [];
    for (let applied = 0; applied <= finalActions; applied++) {
      const host = await workbookWithReport();
      const before = fullSnapshot(host);
      host.failSync(syncs, { afterActions: applied });
      const result = await write(host, secondReport()).then(
        () => "finished",
        (error: unknown) => (error instanceof WorkbookWriteError ? error.code : String(error)),
      );
      outcomes.push(result);
      if (result === "WRITE_UNDONE") expect(fullSnapshot(host)).toEqual(before);
      else expect(comparable(host)).toEqual(success);
    }
    // Showing the new sheets comes first and is undone; from the first deletion on, the report is completed.
    const cut = outcomes.indexOf("finished");
    expect(cut).toBeGreaterThan(0);
    expect(outcomes.slice(0, cut).every((o) => o === "WRITE_UNDONE")).toBe(true);
    expect(outcomes.slice(cut).every((o) => o === "finished")).toBe(true);
  });

  it("says so when the repair fails too, and the next run replaces what was left", async () => {
    const host = await workbookWithReport();
    // The third request (the first to write) applies but its answer is lost, and so is the repair's first request.
    host.failSync(3, { afterActions: Number.MAX_SAFE_INTEGER });
    host.failSync(4);
    const error = await write(host, secondReport()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "WRITE_INCOMPLETE" });
    expect((error as Error).message).toMatch(/"SalesOps new 1".*run the report again/);
    expect(temporarySheets(host).length).toBeGreaterThan(0);
    await write(host, secondReport());
    expect(temporarySheets(host)).toEqual([]);
    expect(host.sheetNames()).toEqual(["Sheet1", "QBR Summary", "QBR Data", "Lookup", "Forecast (2)", "Forecast", "Notes"]);
  });

  it("wraps a failure while reading the workbook: nothing was written", async () => {
    const host = createExcelHost();
    host.failSync(1);
    const error = await host.run((context) => writeWorkbook(context, reportDescription())).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "WorkbookWriteError", code: "WRITE_UNDONE" });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });
});
