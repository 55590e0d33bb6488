/**
 * What the workbook writer relies on, as Excel does it: references that follow a renamed sheet or
 * table and break when it goes, frozen panes, page layout, conditional formats, borders and font
 * sizes, chart position, axis and series formats — and their export to .xlsx.
 */
import ExcelJS from "exceljs";
import { createExcelHost, exportToXlsx, ExcelHost } from "../../host";

async function withSheets(names: string[]): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    for (const name of names) context.workbook.worksheets.add(name);
  });
  return host;
}

describe("references follow renames and break on deletion", () => {
  it("rewrites formulas, names, rules and chart sources that name a renamed sheet", async () => {
    const host = await withSheets(["Temp 1", "Report"]);
    await host.run(async (context) => {
      const temp = context.workbook.worksheets.getItem("Temp 1");
      temp.getRange("A1:B3").values = [["k", "v"], ["a", 1], ["b", 2]];
      temp.charts.add("Line", temp.getRange("A1:B3"), "Columns");
      const report = context.workbook.worksheets.getItem("Report");
      report.getRange("A1:A2").formulas = [["=SUM('Temp 1'!B2:B3)+'temp 1'!B2"], ['="\'Temp 1\'!B2 in text"']];
      report.getRange("B1").conditionalFormats.add("CellValue").cellValue.rule = { operator: "GreaterThan", formula1: "='Temp 1'!B2" };
      context.workbook.names.add("Total", temp.getRange("B2:B3"));
      await context.sync();
      temp.name = "Data";
    });
    expect(host.formulas("Report", "A1:A2")).toEqual([["=SUM(Data!B2:B3)+Data!B2"], ['="\'Temp 1\'!B2 in text"']]);
    expect(host.names()[0].formula).toBe("=Data!$B$2:$B$3");
    expect(host.conditionalFormats("Report")[0].rule).toEqual({ operator: "GreaterThan", formula1: "=Data!B2" });
    expect(host.charts("Data")[0]).toMatchObject({ sourceAddress: "Data!A1:B3", series: [{ valuesAddress: "Data!B2:B3" }] });
  });

  it("quotes a new name that needs it, including one that reads as a cell", async () => {
    const host = await withSheets(["Data", "Report"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Report").getRange("A1").formulas = [["=Data!A1"]];
      await context.sync();
      context.workbook.worksheets.getItem("Data").name = "FY27";
    });
    expect(host.formulas("Report", "A1")).toEqual([["='FY27'!A1"]]);
  });

  it("turns references to a deleted sheet and its tables into #REF!", async () => {
    const host = await withSheets(["Old", "Report"]);
    await host.run(async (context) => {
      const old = context.workbook.worksheets.getItem("Old");
      old.getRange("A1:B2").values = [["amount", "x"], [5, 1]];
      old.tables.add("A1:B2", true).name = "Deals";
      context.workbook.names.add("Amount", old.getRange("A2"));
      context.workbook.worksheets.getItem("Report").getRange("A1:A2").formulas = [["=Old!A2*2"], ["=SUM(Deals[amount])"]];
      await context.sync();
      old.delete();
    });
    expect(host.formulas("Report", "A1:A2")).toEqual([["=#REF!A2*2"], ["=SUM(#REF!)"]]);
    expect(host.names()[0].formula).toBe("=#REF!$A$2");
  });

  it("rewrites structured references when a table is renamed", async () => {
    const host = await withSheets(["Data"]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B2").values = [["amount", "x"], [5, 1]];
      const table = sheet.tables.add("A1:B2", true);
      table.name = "Staging_1";
      sheet.getRange("D1").formulas = [["=SUM(Staging_1[amount])+COUNT(Staging_1[[#Headers],[x]])"]];
      await context.sync();
      table.name = "Deals";
    });
    expect(host.formulas("Data", "D1")).toEqual([["=SUM(Deals[amount])+COUNT(Deals[[#Headers],[x]])"]]);
  });
});

describe("sheet view and print settings", () => {
  it("freezes at a range, or rows or columns only, and reads the frozen pane back", async () => {
    const host = await withSheets(["A", "B", "C"]);
    const location = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("A").freezePanes.freezeAt(sheets.getItem("A").getRange("A1:B3"));
      sheets.getItem("B").freezePanes.freezeRows(2);
      sheets.getItem("C").freezePanes.freezeColumns(1);
      const frozen = sheets.getItem("A").freezePanes.getLocationOrNullObject().load("address");
      const none = sheets.getItem("Sheet1").freezePanes.getLocationOrNullObject();
      await context.sync();
      return { address: frozen.address, none: none.isNullObject };
    });
    expect(["A", "B", "C"].map((name) => host.sheetSettings(name).freeze)).toEqual([{ rows: 3, columns: 2 }, { rows: 2, columns: 0 }, { rows: 0, columns: 1 }]);
    expect(location).toEqual({ address: "A!A1:B3", none: true });
  });

  it("sets orientation, fit to pages and print title rows, refusing title rows that are not whole rows", async () => {
    const host = await withSheets(["Report"]);
    await host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Report").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$3");
    });
    expect(host.sheetSettings("Report").pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$3" });
    await expect(host.run(async (context) => context.workbook.worksheets.getItem("Report").pageLayout.setPrintTitleRows("A1:C3"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Report").pageLayout.zoom = { scale: 500 };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("sets tab colour and gridlines, and reads them back after a load", async () => {
    const host = await withSheets(["Report"]);
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.tabColor = "#1F4E79";
      sheet.showGridlines = false;
      sheet.load("tabColor,showGridlines");
      await context.sync();
      return [sheet.tabColor, sheet.showGridlines];
    });
    expect(read).toEqual(["#1F4E79", false]);
  });
});

describe("conditional formats, borders and fonts", () => {
  it("records a cell-value rule with its format, refusing Between without a second formula and other rule types", async () => {
    const host = await withSheets(["Report"]);
    await host.run(async (context) => {
      const format = context.workbook.worksheets.getItem("Report").getRange("B2:B9").conditionalFormats.add("CellValue").cellValue;
      format.rule = { operator: "LessThan", formula1: "=0" };
      format.format.fill.color = "#FFC7CE";
      format.format.font.color = "#9C0006";
    });
    expect(host.conditionalFormats("Report")).toEqual([{ range: "B2:B9", rule: { operator: "LessThan", formula1: "=0" }, fillColor: "#FFC7CE", fontColor: "#9C0006" }]);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Report").getRange("C1").conditionalFormats.add("CellValue").cellValue.rule = { operator: "Between", formula1: "=0" };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(host.run(async (context) => void context.workbook.worksheets.getItem("Report").getRange("C1").conditionalFormats.add("DataBar"))).rejects.toMatchObject({ code: "NotImplemented" });
  });

  it("puts edge borders on the cells along that edge only, and sets font size, alignment, wrap and indent", async () => {
    const host = await withSheets(["Report"]);
    const read = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Report").getRange("A1:B2");
      range.values = [["a", "b"], ["c", "d"]];
      const top = range.format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.weight = "Medium";
      range.format.font.size = 14;
      range.format.horizontalAlignment = "Right";
      range.format.wrapText = true;
      range.format.indentLevel = 2;
      const bottom = range.format.borders.getItem("EdgeBottom").load("style");
      await context.sync();
      return bottom.style;
    });
    expect(read).toBe("None");
    expect(host.cell("Report", "A1")).toMatchObject({ fontSize: 14, horizontalAlignment: "Right", wrapText: true, indentLevel: 2, borders: { EdgeTop: { style: "Continuous", weight: "Medium" } } });
    expect(host.cell("Report", "A2")?.borders).toBeUndefined();
  });
});

describe("charts", () => {
  it("records position, value-axis format, cleared series fill and line, and fails for a series the chart lacks", async () => {
    const host = await withSheets(["Report"]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("A1:C3").values = [["step", "base", "change"], ["a", 0, 5], ["b", 5, 2]];
      const chart = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C3"), "Columns");
      chart.setPosition("E2", "K12");
      chart.axes.valueAxis.numberFormat = "#,##0";
      chart.series.getItemAt(0).format.fill.clear();
      chart.series.getItemAt(0).format.line.clear();
    });
    expect(host.charts("Report")[0]).toMatchObject({ position: { from: "E2", to: "K12" }, valueAxisNumberFormat: "#,##0", series: [{ fill: "None", line: "None" }, { fill: "Automatic" }] });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Report").charts.add("Line", context.workbook.worksheets.getItem("Report").getRange("A1:C3"), "Columns").series.getItemAt(5).format.fill.clear();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("export to .xlsx", () => {
  it("carries rules, borders, fonts, widths, frozen panes, gridlines, tab colour and page setup", async () => {
    const host = await withSheets(["Report"]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("A1:B2").values = [["h", 1], ["x", 2]];
      const header = sheet.getRange("A1:B1");
      header.format.font.size = 13;
      header.format.borders.getItem("EdgeBottom").weight = "Medium";
      header.format.horizontalAlignment = "Center";
      sheet.getRange("B2").conditionalFormats.add("CellValue").cellValue.rule = { operator: "GreaterThanOrEqual", formula1: "=2" };
      sheet.getRange("A:A").format.columnWidth = 56.25;
      sheet.freezePanes.freezeRows(1);
      sheet.showGridlines = false;
      sheet.tabColor = "#1F4E79";
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$1");
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportToXlsx(host)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Report") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").font).toMatchObject({ size: 13 });
    expect(sheet.getCell("A1").border.bottom).toMatchObject({ style: "medium" });
    expect(sheet.getCell("B1").alignment).toMatchObject({ horizontal: "center" });
    // 56.25 points = 75 px = 10 characters, stored with Excel's padding.
    expect(sheet.getColumn(1).width).toBeCloseTo(10.71, 2);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, showGridLines: false });
    expect(sheet.properties.tabColor).toMatchObject({ argb: "FF1F4E79" });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    const rules = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { operator: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules).toEqual([expect.objectContaining({ ref: "B2", rules: [expect.objectContaining({ operator: "greaterThanOrEqual", formulae: ["2"] })] })]);
  });
});
