/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests break the rules on purpose to show the host enforces them as Excel does */
import { createExcelHost, HostApiError } from "../../host";

describe("the host's load and sync rules", () => {
  it("throws PropertyNotLoaded when a property is read without load and sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(/The property 'values' is not available\. Before reading the property's value, call the load method/);
      range.load("values");
      // Loaded but not yet synced: still unavailable.
      expect(() => range.values).toThrow(HostApiError);
      await context.sync();
      expect(range.values).toEqual([["", ""], ["", ""]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("queues writes until sync and returns snapshots taken at sync time", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cell = sheet.getRange("A1");
      cell.values = [[1]];
      expect(host.values("Sheet1", "A1")).toEqual([[""]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[1]]);
      cell.values = [[2]];
      await context.sync();
      // The earlier snapshot is not refreshed without a new load.
      expect(cell.values).toEqual([[1]]);
      expect(host.values("Sheet1", "A1")).toEqual([[2]]);
    });
  });

  it("fails getItem of a missing sheet or table at sync with ItemNotFound, and gives null objects for OrNullObject", async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      host.run(async (context) => {
        context.workbook.tables.getItem("Nope").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      const table = context.workbook.tables.getItemOrNullObject("Nope");
      const existing = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => sheet.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
      expect(table.isNullObject).toBe(true);
      expect(existing.isNullObject).toBe(false);
    });
  });

  it("counts one sync per request, including the final one Excel.run makes, and none for an empty queue", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["y"]];
    });
    expect(host.syncCount()).toBe(2);
    expect(host.values("Sheet1")).toEqual([["x"], ["y"]]);
  });

  it("loads collection items with their properties", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Data");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
    });
  });

  it("refuses proxies used after their Excel.run finished", async () => {
    const host = createExcelHost();
    let leaked: Excel.Range | null = null;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    expect(() => (leaked as unknown as Excel.Range).load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });
});
