/** A description with every feature, written through Office.js into the in-memory host, reads back as described. */
import { createExcelHost, ExcelHost } from "../../host";
import { createExcelWorkbookWriter, ExcelVersionError, GENERATED_PROPERTY, WorkbookDescriptionError, writeWorkbook } from "../../../src/excel";
import type { WorkbookWriterPort } from "../../../src/app/ports";
import { dealRows, reportDescription, TRICKY_TEXT } from "./support/reportDescription";

async function written(options: { legacyFormulaPrefixes?: boolean } = {}): Promise<ExcelHost> {
  const host = createExcelHost(options);
  await createExcelWorkbookWriter(host.run).writeWorkbook(reportDescription());
  return host;
}

describe("writing a workbook description through Office.js", () => {
  it("adds the sheets in order, marked as SalesOps', with the described one active and the hidden one hidden", async () => {
    const host = createExcelHost();
    const result = await createExcelWorkbookWriter(host.run).writeWorkbook(reportDescription());
    expect(result).toEqual([
      { requested: "QBR Summary", written: "QBR Summary" },
      { requested: "QBR Data", written: "QBR Data" },
      { requested: "Lookup", written: "Lookup" },
    ]);
    expect(host.sheetNames()).toEqual(["Sheet1", "QBR Summary", "QBR Data", "Lookup"]);
    expect(host.activeSheet()).toBe("QBR Summary");
    expect(host.model.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible", "Hidden"]);
    expect(host.customProperties("QBR Data")).toEqual({ [GENERATED_PROPERTY]: '{"v":1,"requested":"QBR Data","name":"QBR Data"}' });
  });

  it("writes values and formulas, the formulas naming the final sheets, tables and names", async () => {
    const host = await written();
    expect(host.formulas("QBR Summary", "A4:B9")).toEqual([
      ["figure", "value"],
      ["Commit", '=SUMIFS(Deals[amount],Deals[stage],"Commit")'],
      ["Won", "=SUMIFS('QBR Data'!$D$2:$D$5,'QBR Data'!$C$2:$C$5,\"Closed\")"],
      ["Attainment", "=B6/Lookup!B1"],
      ["Total", "=SUM(B5:B6)"],
      ["Period again", "=Report_Period"],
    ]);
    expect(host.values("QBR Data")).toEqual(dealRows);
    expect(host.values("QBR Summary", "A1:B2")).toEqual([["Quarterly business review", ""], ["Period", "FY2027-Q4"]]);
  });

  it.each([true, false])("keeps text that looks like a formula, number, date or boolean as that text (legacy prefixes: %s)", async (legacyFormulaPrefixes) => {
    const host = await written({ legacyFormulaPrefixes });
    const range = `D5:D${4 + TRICKY_TEXT.length}`;
    expect(host.values("QBR Summary", range).map((row) => row[0])).toEqual(TRICKY_TEXT);
    expect(host.formulas("QBR Summary", range).map((row) => row[0])).toEqual(TRICKY_TEXT);
    TRICKY_TEXT.forEach((_, i) => expect(host.cell("QBR Summary", `D${5 + i}`)?.formula).toBeNull());
    expect(host.cell("QBR Data", "B5")).toMatchObject({ value: "=not a formula", formula: null });
  });

  it("applies column formats below the header and per-cell formats", async () => {
    const host = await written();
    expect(host.numberFormats("QBR Data", "A1:E2")).toEqual([
      ["General", "General", "General", "General", "General"],
      ["@", "@", "@", "#,##0", "yyyy-mm-dd"],
    ]);
    expect(host.numberFormats("QBR Summary", "B5:B8")).toEqual([["#,##0"], ["#,##0"], ["0.0%"], ["#,##0"]]);
    expect(host.numberFormats("QBR Summary", "F4:H5")).toEqual([["General", "General", "General"], ["General", "#,##0", "#,##0"]]);
  });

  it("applies styles: font, fill, alignment, indent and edge borders", async () => {
    const host = await written();
    expect(host.cell("QBR Summary", "A1")).toMatchObject({ bold: true, fontSize: 14, fontColor: "#1F4E79" });
    expect(host.cell("QBR Summary", "B2")).toMatchObject({ italic: true });
    for (const address of ["A4", "B4"]) {
      expect(host.cell("QBR Summary", address)).toMatchObject({ bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", horizontalAlignment: "Center", borders: { EdgeBottom: { style: "Continuous", weight: "Medium" } } });
    }
    expect(host.cell("QBR Summary", "A8")).toMatchObject({ bold: true, borders: { EdgeTop: { weight: "Thin" } } });
    expect(host.cell("QBR Summary", "B8")).toMatchObject({ bold: true, indentLevel: 1, borders: { EdgeTop: { weight: "Thin" } } });
    expect(host.cell("QBR Summary", "A5")?.bold).toBeUndefined();
  });

  it("creates the table with its name, style and banding over the block", async () => {
    const host = await written();
    expect(host.tables()).toEqual([{ name: "Deals", sheet: "QBR Data", address: "'QBR Data'!A1:E5", style: "TableStyleLight9" }]);
    expect(host.model.tables[0].showBandedRows).toBe(false);
  });

  it("adds conditional formats, pointing their formulas at the final sheets", async () => {
    const host = await written();
    expect(host.conditionalFormats("QBR Summary")).toEqual([
      { range: "B5:B8", rule: { operator: "GreaterThan", formula1: "=1000" }, fillColor: "#C6EFCE", fontColor: "#006100" },
      { range: "B7", rule: { operator: "Between", formula1: "=0", formula2: "=Lookup!B2" }, fillColor: null, fontColor: "#9C0006" },
    ]);
  });

  it("adds the chart with its name, title, position, axis format and an unfilled base series", async () => {
    const host = await written();
    expect(host.charts("QBR Summary")).toEqual([
      expect.objectContaining({
        name: "PipelineBridge",
        type: "ColumnStacked",
        title: "Pipeline bridge",
        sourceAddress: "'QBR Summary'!F4:H8",
        position: { from: "J2", to: "Q18" },
        valueAxisNumberFormat: "#,##0",
        series: [
          expect.objectContaining({ name: "base", fill: "None", line: "None" }),
          expect.objectContaining({ name: "change", fill: "Automatic", line: "Automatic" }),
        ],
      }),
    ]);
  });

  it("sets frozen panes, column widths in points, print setup, tab colour and gridlines", async () => {
    const host = await written();
    expect(host.sheetSettings("QBR Summary")).toEqual({
      visibility: "Visible",
      tabColor: "#1F4E79",
      showGridlines: false,
      freeze: { rows: 4, columns: 1 },
      pageLayout: { orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$4" },
      // 18 characters: 131 px; 30 characters: 215 px (Calibri 11, 0.75 pt a pixel).
      columnWidths: { 0: 98.25, 3: 161.25 },
    });
    expect(host.sheetSettings("QBR Data").freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("adds the defined name with its comment, referring to the final sheet", async () => {
    const host = await written();
    expect(host.names()).toEqual([{ name: "Report_Period", formula: "='QBR Summary'!$B$2", comment: "The fiscal quarter the report covers" }]);
  });

  it("asks for a full recalculation in the last request, after writing with calculation suspended", async () => {
    const host = await written();
    const syncs = host.syncs();
    expect(syncs[syncs.length - 1].calculations).toEqual(["Full"]);
  });

  it("is a WorkbookWriterPort for the app", () => {
    const port: WorkbookWriterPort = createExcelWorkbookWriter(createExcelHost().run);
    expect(typeof port.writeWorkbook).toBe("function");
  });

  it("refuses, before touching the workbook, an Excel without ExcelApi 1.12", async () => {
    const host = createExcelHost();
    const asked: string[] = [];
    const writer = createExcelWorkbookWriter(host.run, { isSetSupported: (name, version) => (asked.push(`${name} ${version}`), false) });
    await expect(writer.writeWorkbook(reportDescription())).rejects.toBeInstanceOf(ExcelVersionError);
    expect(asked).toEqual(["ExcelApi 1.12"]);
    expect(host.syncCount()).toBe(0);
  });

  it.each([
    ["a sheet name Excel refuses", { sheets: [{ name: "Q1/Q2", blocks: [] }] }, /Q1\/Q2/],
    ["two sheets with one name", { sheets: [{ name: "Data", blocks: [] }, { name: "DATA", blocks: [] }] }, /two sheets/],
    ["a table name that reads as a cell", { sheets: [{ name: "S", blocks: [{ at: "A1", rows: [["h"]], table: { name: "AB12" } }] }] }, /AB12/],
    ["a hidden active sheet", { sheets: [{ name: "S", blocks: [] }, { name: "H", blocks: [], hidden: true }], activeSheet: "H" }, /hidden/],
    ["a formula without =", { sheets: [{ name: "S", blocks: [{ at: "A1", rows: [[{ formula: "SUM(A2)" }]] }] }] }, /S!A1/],
    ["a number a cell can't hold", { sheets: [{ name: "S", blocks: [{ at: "B2", rows: [[1, Number.NaN]] }] }] }, /S!C2/],
    ["a table header with a blank", { sheets: [{ name: "S", blocks: [{ at: "A1", rows: [["id", ""], [1, 2]], table: { name: "T" } }] }] }, /header/],
    ["a table header naming a column twice", { sheets: [{ name: "S", blocks: [{ at: "A1", rows: [["id", "ID"], [1, 2]], table: { name: "T" } }] }] }, /"ID" twice/],
    ["a hidden series the chart doesn't have", { sheets: [{ name: "S", blocks: [], charts: [{ name: "c", kind: "Line" as const, title: "", source: "A1:B3", from: "D1", to: "H9", hiddenSeries: [1] }] }] }, /hidden series 1/],
  ])("refuses %s before touching the workbook", async (_label, description, message) => {
    const host = createExcelHost();
    const error = await host.run((context) => writeWorkbook(context, description)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookDescriptionError);
    expect((error as Error).message).toMatch(message);
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.syncs().every((sync) => sync.actions <= 8 && !sync.suspendedCalculation)).toBe(true);
  });

  it("reports progress by rows written, then finishing", async () => {
    const host = createExcelHost();
    const calls: [number, number, string][] = [];
    await createExcelWorkbookWriter(host.run).writeWorkbook(reportDescription(), (done, total, label) => calls.push([done, total, label]));
    const rows = 2 + 6 + 1 + TRICKY_TEXT.length + 5 + dealRows.length + 2;
    expect(calls[calls.length - 1]).toEqual([rows, rows, "Finishing"]);
    expect(calls[calls.length - 2]).toEqual([rows, rows, 'Writing "Lookup"']);
  });
});
