/** Reading a template sheet from the open workbook through Office.js, against the in-memory host. */
import { fillTemplate } from "../../../src/core/report/template";
import { readTemplateSheet, CHUNK_CELLS } from "../../../src/excel/readTemplateSheet";
import type { TemplateSheet } from "../../../src/workbook/templateSheet";
import { createExcelHost, type ExcelHost } from "../../host";
import { catalogue } from "../core/report/template/sampleCatalogue";

/** A designed template sheet, set up the way a user's Excel would hold it. */
async function designedTemplate(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("My QBR");
    sheet.getRange("A1:D7").formulas = [
      ["Bookings {{period}}", "", "", ""],
      ["Rep", "Region", "Bookings", "Share"],
      ["{{#each reps}}", "", "", ""],
      ["{{name}}", "{{reps.region}}", "{{bookings}}", "=C4/C$6"],
      ["{{/each}}", "", "", ""],
      ["Total", "", "=SUM(C4:C4)", "=SUM(D3:D5)"],
      ["Target", "{{kpi.quota}}", 0.5, ""],
    ];
    sheet.getRange("C4:C7").numberFormat = [["#,##0"], ["General"], ["#,##0"], ["0%"]];
    sheet.getRange("D4").numberFormat = [["0.0%"]];
    const title = sheet.getRange("A1").format;
    title.font.bold = true;
    title.font.size = 16;
    title.font.color = "#1f3864";
    const header = sheet.getRange("A2:D2").format;
    header.fill.color = "#D9E1F2";
    header.wrapText = true;
    header.borders.getItem("EdgeBottom").style = "Continuous";
    sheet.getRange("C2:D2").format.horizontalAlignment = "Right";
    sheet.getRange("A4").format.indentLevel = 1;
    const total = sheet.getRange("A6:D6").format;
    total.font.bold = true;
    total.borders.getItem("EdgeTop").weight = "Medium";
    sheet.getRange("D6").format.borders.getItem("EdgeRight").style = "Continuous";
    sheet.getRange("A:A").format.columnWidth = 120;
    sheet.freezePanes.freezeRows(2);
    sheet.showGridlines = false;
    sheet.tabColor = "#1F3864";
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows("$1:$2");
    await context.sync();
  });
}

async function read(host: ExcelHost, name = "My QBR") {
  return host.run((context) => readTemplateSheet(context, name));
}

describe("readTemplateSheet (Office.js)", () => {
  let host: ExcelHost;
  let template: TemplateSheet;

  beforeAll(async () => {
    host = createExcelHost();
    await designedTemplate(host);
    host.resetStats();
    const result = await read(host);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    template = result.value;
  });

  it("reads in two syncs: the used range, then cells, formatting and settings together", () => {
    expect(host.syncCount()).toBe(2);
  });

  it("reads values, formulas and number formats from A1", () => {
    expect(template.name).toBe("My QBR");
    expect(template.cells.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? null))).toEqual([
      ["Bookings {{period}}"],
      ["Rep", "Region", "Bookings", "Share"],
      ["{{#each reps}}"],
      ["{{name}}", "{{reps.region}}", "{{bookings}}", "=C4/C$6"],
      ["{{/each}}"],
      ["Total", null, "=SUM(C4:C4)", "=SUM(D3:D5)"],
      ["Target", "{{kpi.quota}}", 0.5],
    ]);
    expect(template.cells[3][2]).toEqual({ value: "{{bookings}}", numberFormat: "#,##0" });
    expect(template.cells[3][3]).toEqual({ formula: "=C4/C$6", numberFormat: "0.0%" });
    expect(template.cells[6][2]).toEqual({ value: 0.5, numberFormat: "0%" });
  });

  it("reads each cell's style through getCellProperties", () => {
    expect(template.cells[0][0]?.style).toEqual({ bold: true, fontSize: 16, fontColor: "#1F3864" });
    expect(template.cells[1][0]?.style).toEqual({ fill: "#D9E1F2", wrapText: true, borderBottom: "Thin" });
    expect(template.cells[1][2]?.style).toEqual({ fill: "#D9E1F2", wrapText: true, borderBottom: "Thin", horizontalAlignment: "Right" });
    expect(template.cells[3][0]?.style).toEqual({ indentLevel: 1 });
    expect(template.cells[5][1]).toEqual({ style: { bold: true, borderTop: "Medium" } });
  });

  it("reads column widths, frozen rows, gridlines, tab colour and print setup", () => {
    expect(template).toMatchObject({
      columnWidths: [{ column: 0, width: 22.14 }],
      freeze: { rows: 2, columns: 0 },
      showGridlines: false,
      tabColor: "#1F3864",
      print: { orientation: "Landscape", fitToWidth: true, titleRows: "1:2" },
    });
  });

  it("notes what a report cannot keep", () => {
    expect(template.lost).toEqual([{ feature: "left, right and diagonal borders", addresses: ["D6"] }]);
  });

  it("fills into the report the template describes", () => {
    const { sheet, issues } = fillTemplate(template, catalogue(), "QBR FY2027-Q3");
    expect(issues.map((issue) => issue.code)).toEqual(["template_feature_dropped"]);
    const rows = sheet.blocks[0].rows.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? (cell.formula ?? cell.value ?? null) : cell)));
    expect(rows.slice(2)).toEqual([
      ["Ana Ruiz", "EMEA", 1000, "=C3/C$6"],
      ["Ben Okafor", "NA", 1200, "=C4/C$6"],
      ["Chen Wei", "APAC", 1400, "=C5/C$6"],
      ["Total", null, "=SUM(C3:C5)", "=SUM(D3:D5)"],
      ["Target", 4000, 0.5],
    ]);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
  });
});

describe("readTemplateSheet (Office.js): larger sheets and problems", () => {
  it("reads a large template in size-bounded chunks, each response under the 5 MB limit", async () => {
    const host = createExcelHost();
    const columns = 30;
    const rows = 400;
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, rows, columns).values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (r === 0 && c === 0 ? "{{period}}" : `r${r}c${c}`)));
      sheet.getRangeByIndexes(0, 0, rows, columns).format.font.bold = true;
      await context.sync();
    });
    host.resetStats();
    const result = await read(host, "Sheet1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.cells).toHaveLength(rows);
    expect(result.value.cells[rows - 1][columns - 1]).toEqual({ value: `r${rows - 1}c${columns - 1}`, style: { bold: true } });
    const chunks = Math.ceil(rows / Math.floor(CHUNK_CELLS / columns));
    expect(host.syncCount()).toBe(1 + chunks);
    expect(host.syncs().every((sync) => sync.responseBytes < 5 * 1024 * 1024 && sync.error === null)).toBe(true);
  });

  it("says so when the sheet does not exist", async () => {
    const result = await read(createExcelHost(), "Nope");
    expect(result).toEqual({ ok: false, issues: [{ code: "template_sheet_missing", path: ["Nope"], message: 'The workbook has no sheet named "Nope" to use as a template.' }] });
  });

  it("says so when the sheet holds no placeholder, empty or not", async () => {
    const host = createExcelHost();
    expect(await read(host, "Sheet1")).toMatchObject({ ok: false, issues: [{ code: "template_no_placeholders" }] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["{ not one }"]];
      await context.sync();
    });
    expect(await read(host, "Sheet1")).toMatchObject({ ok: false, issues: [{ code: "template_no_placeholders" }] });
  });

  it("refuses a used range too large to be a designed sheet, before reading it", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["{{period}}"]];
      sheet.getRange("AD3000").format.fill.color = "#FFFF00";
      await context.sync();
    });
    host.resetStats();
    const result = await read(host, "Sheet1");
    expect(result).toMatchObject({ ok: false, issues: [{ code: "template_too_large", path: ["Sheet1"] }] });
    if (!result.ok) expect(result.issues[0].message).toContain("uses A1:AD3000");
    expect(host.syncCount()).toBe(1);
  });
});
