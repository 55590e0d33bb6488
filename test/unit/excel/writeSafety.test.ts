import { createExcelHost, ExcelHost } from "../../host";
import { createExcelWorkbookPort, TableShapeError, WorkbookConflictError, writeTables } from "../../../src/excel";
import type { WorkbookPort } from "../../../src/app/ports";

const reps = { sheetName: "Reps", tableName: "Reps", rows: [["id", "name"], ["R1", "Ada"], ["R2", "Grace"]] };

async function seedUserData(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["mine", 1], ["too", 2]];
  });
}

describe("writeTables never loses the user's data", () => {
  it("is a WorkbookPort the app can use", async () => {
    const host = createExcelHost();
    const port: WorkbookPort = createExcelWorkbookPort(host.run);
    await port.writeTables([reps]);
    expect(await port.readTable("reps")).toEqual(reps.rows);
    expect(await port.readTable("Missing")).toBeNull();
  });

  it("refuses a target sheet that holds other data, before writing anything", async () => {
    const host = createExcelHost();
    await seedUserData(host);
    host.resetStats();
    await expect(host.run((context) => writeTables(context, [{ ...reps, sheetName: "Sheet1" }]))).rejects.toBeInstanceOf(WorkbookConflictError);
    expect(host.values("Sheet1")).toEqual([["mine", 1], ["too", 2]]);
    expect(host.tables()).toEqual([]);
    expect(host.syncs().every((s) => s.actions > 0 && s.requestBytes < 2000)).toBe(true);
  });

  it("refuses a sheet where the user added data next to our table", async () => {
    const host = createExcelHost();
    await host.run((context) => writeTables(context, [reps]));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Reps").getRange("E1").values = [["my note"]];
    });
    await expect(host.run((context) => writeTables(context, [reps]))).rejects.toBeInstanceOf(WorkbookConflictError);
    expect(host.values("Reps", "E1")).toEqual([["my note"]]);
    expect(host.tables().map((t) => t.name)).toEqual(["Reps"]);
  });

  it("checks every table's shape before touching the workbook", async () => {
    const host = createExcelHost();
    const bad = { sheetName: "Bad", tableName: "Bad", rows: [["a", "b"], ["only one"]] };
    await expect(host.run((context) => writeTables(context, [reps, bad]))).rejects.toBeInstanceOf(TableShapeError);
    expect(host.syncCount()).toBe(0);
  });

  it("on a failure mid-write removes the sheet it added, keeps other sheets, and a retry succeeds", async () => {
    const host = createExcelHost();
    await seedUserData(host);
    // Excel refuses this table name only when the table is created, after the rows were written.
    const failing = { ...reps, tableName: "R1C1" };
    await expect(host.run((context) => writeTables(context, [failing]))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.tables()).toEqual([]);
    expect(host.values("Sheet1")).toEqual([["mine", 1], ["too", 2]]);
    await host.run((context) => writeTables(context, [reps]));
    expect(host.tables().map((t) => t.address)).toEqual(["Reps!A1:B3"]);
  });

  it("on a failure on a sheet that was there and empty, removes only what it wrote", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Reps");
    });
    await expect(host.run((context) => writeTables(context, [{ ...reps, tableName: "R1C1" }]))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.sheetNames()).toEqual(["Sheet1", "Reps"]);
    expect(host.usedAddress("Reps")).toBeNull();
    expect(host.tables()).toEqual([]);
  });

  it("moves its own table when asked to write it on another sheet", async () => {
    const host = createExcelHost();
    await host.run((context) => writeTables(context, [reps]));
    await host.run((context) => writeTables(context, [{ ...reps, sheetName: "People" }]));
    expect(host.tables().map((t) => t.address)).toEqual(["People!A1:B3"]);
    expect(host.usedAddress("Reps")).toBeNull();
  });
});
