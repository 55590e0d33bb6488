/** The sample description written to .xlsx and read back with ExcelJS: every feature arrives. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeWorkbookXlsx } from "../../../src/xlsx";
import { readFormula } from "./cellReading";
import { SAMPLE, sampleFormulas } from "./sampleDescription";

let xlsx: Buffer;
let book: ExcelJS.Workbook;
const sheet = (name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;

beforeAll(async () => {
  xlsx = await writeWorkbookXlsx(SAMPLE);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
});

describe("the .xlsx of a workbook description, read back with ExcelJS", () => {
  it("has the sheets in order, the hidden one hidden and the active one active", () => {
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([["Data", "hidden"], ["Summary", "visible"], ["FY27", "visible"]]);
    expect(book.views[0].activeTab).toBe(1);
    expect(book.views[0].firstSheet).toBe(1);
  });

  it("keeps text as text, even when it looks like a formula", async () => {
    expect(sheet("Summary").getCell("C2").value).toBe("=SUM(A1:A3)");
    expect(sheet("Summary").getCell("C2").type).toBe(ExcelJS.ValueType.String);
    const xml = await (await JSZip.loadAsync(xlsx)).file("xl/worksheets/sheet2.xml")?.async("string");
    expect(xml).toMatch(/<c r="C2"[^>]*t="s"[^>]*>(?!<f>)/);
    expect(xml).not.toMatch(/<c r="C2"[^>]*><f>/);
  });

  it("writes every formula without its = and with its cached result", () => {
    const formulas = sampleFormulas();
    expect(formulas).toHaveLength(20);
    for (const { sheet: name, address, formula, result } of formulas) {
      const read = readFormula(sheet(name).getCell(address));
      expect(read.formula?.startsWith("=")).toBe(false);
      expect(read.formula?.length).toBeGreaterThanOrEqual(formula.length - 1);
      expect({ address, result: read.result }).toEqual({ address, result });
    }
  });

  it("prefixes future functions and spells out this-row references", () => {
    expect((sheet("Summary").getCell("B11").value as ExcelJS.CellFormulaValue).formula).toBe("_xlfn.FORECAST.LINEAR(13,'FY27'!B2:B13,'FY27'!A2:A13)");
    expect((sheet("Summary").getCell("B12").value as ExcelJS.CellFormulaValue).formula).toBe("_xlfn.STDEV.S(Data!C2:C6)");
    expect((sheet("Summary").getCell("B13").value as ExcelJS.CellFormulaValue).formula).toBe('_xlfn.IFNA(MATCH("LATAM",Data!A2:A6,0),"none")');
    expect((sheet("Data").getCell("D2").value as ExcelJS.CellFormulaValue).formula).toBe("Deals[[#This Row],[amount]]*0.5");
  });

  it("applies column formats under the header rows and a cell's own format over them", () => {
    const summary = sheet("Summary");
    expect(summary.getCell("B4").numFmt).toBeUndefined();
    expect(summary.getCell("B5").numFmt).toBe("#,##0");
    expect(summary.getCell("D6").numFmt).toBe("0.0%");
    expect(summary.getCell("D8").numFmt).toBe("0.00%");
    expect(summary.getCell("B11").numFmt).toBe("#,##0.0");
    expect(sheet("Data").getCell("C3").numFmt).toBe("#,##0.00");
    expect(sheet("Data").getCell("A2").numFmt).toBeUndefined();
  });

  it("applies fonts, fills, alignment, wrapping, indents and borders", () => {
    const summary = sheet("Summary");
    expect(summary.getCell("A1").font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F4E79" }, name: "Calibri" });
    expect(summary.getCell("B4").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(summary.getCell("B4").alignment).toMatchObject({ horizontal: "center" });
    expect(summary.getCell("B4").border.bottom).toMatchObject({ style: "thin" });
    expect(summary.getCell("A8").font).toMatchObject({ italic: true });
    expect(summary.getCell("A8").alignment).toMatchObject({ horizontal: "left", indent: 1 });
    expect(summary.getCell("B8").border.top).toMatchObject({ style: "medium" });
    expect(summary.getCell("A16").alignment).toMatchObject({ wrapText: true });
    expect(summary.getCell("A16").font).toMatchObject({ size: 9, color: { argb: "FF595959" } });
    expect(summary.getCell("A5").font).toBeUndefined();
  });

  it("declares the table over its block with its style", () => {
    const table = sheet("Data").getTable("Deals") as unknown as { table: { tableRef: string; columns: { name: string }[]; style: { theme: string; showRowStripes: boolean } } };
    expect(table.table.tableRef).toBe("A1:D6");
    expect(table.table.columns.map((c) => c.name)).toEqual(["region", "stage", "amount", "weighted"]);
    expect(table.table.style).toMatchObject({ theme: "TableStyleLight9", showRowStripes: false });
  });

  it("writes the defined names, formulas and comments included", async () => {
    expect(book.definedNames.getRanges("Report_Period").ranges).toEqual(["Summary!$B$2"]);
    const workbookXml = (await (await JSZip.loadAsync(xlsx)).file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain('<definedName name="Report_Period" comment="The period this report covers">&apos;Summary&apos;!$B$2</definedName>');
    expect(workbookXml).toContain('<definedName name="Deal_Total">SUM(Data!$C$2:$C$6)</definedName>');
    expect(workbookXml.indexOf("</sheets>")).toBeLessThan(workbookXml.indexOf("<definedNames>"));
  });

  it("freezes panes, hides gridlines, colours the tab and sets column widths", () => {
    const summary = sheet("Summary");
    expect(summary.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4, showGridLines: false });
    expect(summary.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    // 18 characters in Excel's box: the file width adds the 5-pixel padding (ECMA-376 §18.3.1.13).
    expect(summary.getColumn(1).width).toBe(18.7109375);
    expect(summary.getColumn(2).width).toBe(12.7109375);
    expect(sheet("FY27").views[0]).toMatchObject({ state: "normal", showGridLines: true });
  });

  it("sets up printing: landscape, one page wide, title rows", () => {
    expect(sheet("Summary").pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:4" });
  });

  it("writes cell-value conditional formats with their fills and font colours", () => {
    // ExcelJS keeps what it read in `conditionalFormattings` but leaves the property out of its types.
    const formats = (sheet("Summary") as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = formats.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, ...rule })));
    expect(rules).toHaveLength(3);
    expect(rules[0]).toMatchObject({ ref: "D5:D7", type: "cellIs", operator: "lessThan", formulae: ["0.7"], style: { fill: { bgColor: { argb: "FFF8CBAD" } }, font: { color: { argb: "FF9C0006" } } } });
    expect(rules[1]).toMatchObject({ operator: "between", formulae: ["0.7", "0.9999"] });
    expect(rules[2]).toMatchObject({ operator: "greaterThanOrEqual", formulae: ["1"] });
  });
});
