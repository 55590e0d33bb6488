import { createExcelHost } from "../../host";

describe("tables, names and charts", () => {
  it("creates a table from a header row, loads its parts and counts rows.add", async () => {
    const host = createExcelHost();
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [["region", "", "region"], ["NA", 1, "x"], ["EMEA", 2, "y"]];
      const table = sheet.tables.add("A1:C3", true);
      table.name = "Deals";
      table.rows.add(undefined, [["APAC", 3, "z"]]);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address");
      const rows = table.rows.load("count");
      const found = context.workbook.tables.getItem("deals").load("name,style");
      await context.sync();
      return { header: header.values, body: body.address, rows: rows.count, name: found.name, style: found.style };
    });
    // Excel makes headers unique text: a blank becomes "Column2", a repeat gets a number.
    expect(read).toEqual({ header: [["region", "Column2", "region2"]], body: "Sheet1!A2:C4", rows: 3, name: "Deals", style: "TableStyleMedium2" });
    expect(host.stats.tableRowsAddCalls).toBe(1);
  });

  it.each(["1st", "A1", "R1C1", "has space", "taken", "TAKEN"])("refuses the table name %s (Excel's characters, not a cell reference, unique with defined names ignoring case)", async (name) => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        context.workbook.names.add("taken", "=1");
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B2").values = [["a", "b"], [1, 2]];
        sheet.tables.add("A1:B2", true).name = name;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(InvalidArgument|ItemAlreadyExists)$/) });
  });

  it("refuses overlapping tables and deletes a table with its cells", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["a", "b"], [1, 2]];
      sheet.tables.add("Sheet1!A1:B2", true);
    });
    await expect(
      host.run(async (context) => {
        context.workbook.tables.add("Sheet1!B2:C3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await host.run(async (context) => context.workbook.tables.getItem("Table1").delete());
    expect(host.tables()).toEqual([]);
    expect(host.usedAddress("Sheet1")).toBeNull();
  });

  it("records named ranges, charts with their series, and suspended calculation per sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const data = sheet.getRange("A1:C3");
      data.values = [["quarter", "bookings", "quota"], ["Q1", 10, 12], ["Q2", 14, 12]];
      context.workbook.names.add("Bookings", sheet.getRange("B2:B3"));
      const chart = sheet.charts.add("ColumnClustered", data, "Columns");
      chart.title.text = "Bookings vs quota";
      chart.name = "BookingsChart";
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      sheet.getRange("D1").values = [["after"]];
    });
    const name = await host.run(async (context) => {
      const item = context.workbook.names.getItem("bookings").load("formula,type");
      const range = item.getRange().load("address");
      await context.sync();
      return [item.formula, item.type, range.address];
    });
    expect(name).toEqual(["=Sheet1!$B$2:$B$3", "Range", "Sheet1!B2:B3"]);
    expect(host.charts("Sheet1")).toEqual([
      expect.objectContaining({
        name: "BookingsChart",
        type: "ColumnClustered",
        sourceAddress: "Sheet1!A1:C3",
        title: "Bookings vs quota",
        series: [
          { name: "bookings", valuesAddress: "Sheet1!B2:B3", fill: "Automatic", line: "Automatic" },
          { name: "quota", valuesAddress: "Sheet1!C2:C3", fill: "Automatic", line: "Automatic" },
        ],
      }),
    ]);
    expect(host.syncs().slice(0, 2).map((s) => s.suspendedCalculation)).toEqual([true, false]);
  });
});
