/**
 * A template designed with ExcelJS (as a user would in Excel), read back, filled, written with the
 * report writer and recalculated by LibreOffice: the total under an expanded block is the sum of
 * the items, and every placeholder's live formula computes over the data table.
 */
import ExcelJS from "exceljs";
import type { CellDescription, CellEntry, SheetDescription, WorkbookDescription } from "../../../src/workbook/description";
import type { TemplateSheet } from "../../../src/workbook/templateSheet";
import { fillTemplate } from "../../../src/core/report/template";
import type { PlaceholderCatalogue } from "../../../src/core/report/catalogue";
import { readTemplateXlsx } from "../../../src/xlsx/readTemplate";
import { writeWorkbookXlsx } from "../../../src/xlsx";
import { describeWithOracle } from "../../oracles/availability";
import { recalculateWithLibreOffice } from "../../oracles/libreoffice";
import { readFormula } from "./cellReading";

const DEALS = [
  ["Ana Ruiz", 400],
  ["Ana Ruiz", 600],
  ["Ben Okafor", 1200],
  ["Chen Wei", 1400],
] as const;

/** The data the catalogue's formulas read: a Deals table, written with the report. */
const DATA_SHEET: SheetDescription = {
  name: "Data",
  blocks: [{ at: "A1", rows: [["owner", "amount"], ...DEALS.map((deal) => [...deal])], table: { name: "Deals" } }],
};

const REPS = ["Ana Ruiz", "Ben Okafor", "Chen Wei"];
const repBookings = (rep: string) => DEALS.filter(([owner]) => owner === rep).reduce((sum, [, amount]) => sum + amount, 0);

const CATALOGUE: PlaceholderCatalogue = {
  scalars: new Map<string, CellDescription>([
    ["period", { value: "FY2027-Q3" }],
    ["kpi.bookings", { formula: "=SUM(Deals[amount])", result: 3600, numberFormat: "#,##0" }],
  ]),
  lists: new Map([
    [
      "reps",
      {
        fields: ["name", "bookings"],
        items: REPS.map((rep) => new Map<string, CellDescription>([["name", { value: rep }], ["bookings", { formula: `=SUMIFS(Deals[amount],Deals[owner],"${rep}")`, result: repBookings(rep), numberFormat: "#,##0" }]])),
      },
    ],
  ]),
  docs: [],
};

/** The designed template: a title, a header, a one-row block, a total and a check below it. */
async function designTemplate(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Rep report", { views: [{ state: "frozen", ySplit: 2, xSplit: 0, showGridLines: false }], properties: { tabColor: { argb: "FF1F3864" } } });
  sheet.getCell("A1").value = { richText: [{ text: "Bookings " }, { text: "{{per", font: { bold: true } }, { text: "iod}}", font: { bold: true } }] };
  sheet.getCell("A1").font = { bold: true, size: 16, color: { theme: 4 } };
  sheet.getRow(2).values = ["Rep", "Bookings", "Share", "Running"];
  for (const address of ["A2", "B2", "C2", "D2"]) {
    sheet.getCell(address).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    sheet.getCell(address).border = { bottom: { style: "thin" } };
  }
  sheet.getCell("A3").value = "{{#each reps}}";
  sheet.getCell("A4").value = "{{name}}";
  sheet.getCell("B4").value = "{{bookings}}";
  sheet.getCell("C4").value = { formula: "B4/B$6", result: 0 };
  sheet.getCell("C4").numFmt = "0.0%";
  sheet.getCell("D4").value = { formula: "SUM(B$4:B4)", result: 0 };
  sheet.getCell("A5").value = "{{/each}}";
  sheet.getCell("A6").value = "Total";
  sheet.getCell("B6").value = { formula: "SUM(B4:B4)", result: 0 };
  sheet.getCell("C6").value = { formula: "SUM(C3:C5)", result: 0 };
  sheet.getCell("C6").numFmt = "0.0%";
  for (const address of ["A6", "B6", "C6"]) sheet.getCell(address).font = { bold: true };
  sheet.getCell("B6").border = { top: { style: "medium" } };
  sheet.getCell("A7").value = "Check";
  sheet.getCell("B7").value = "{{kpi.bookings}}";
  sheet.getCell("C7").value = { formula: "_xlfn.IFNA(B6-B7,0)", result: 0 };
  sheet.getCell("A8").value = "Bookings to date: {{kpi.bookings}} in {{period}}";
  sheet.getCell("A9").value = new Date(Date.UTC(2026, 10, 27));
  sheet.getCell("A9").numFmt = "yyyy-mm-dd";
  // A shared formula, as Excel writes a formula filled down: the copy stores only a pointer to the first.
  // (ExcelJS writes these fields of a shared formula's first cell but leaves them out of its types.)
  sheet.getCell("D9").value = { formula: "A9+1", shareType: "shared", ref: "D9:D10", result: 0 } as ExcelJS.CellFormulaValue;
  sheet.getCell("D10").value = { sharedFormula: "D9", result: 0 };
  sheet.mergeCells("A10:C10");
  sheet.getCell("A10").value = "Prepared by SalesOps";
  sheet.getColumn(1).width = 24.71; // 24 characters, as Excel stores them
  sheet.addConditionalFormatting({ ref: "C4:C4", rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0.3"], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF8CBAD" } } } }] });
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" };
  workbook.addWorksheet("Notes").getCell("A1").value = "no placeholders here";
  workbook.addWorksheet("Old", { state: "hidden" }).getCell("A1").value = "{{period}}";
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

let template: TemplateSheet;

beforeAll(async () => {
  const read = await readTemplateXlsx(await designTemplate(), "rep-report.xlsx");
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  expect(read.value).toHaveLength(1);
  template = read.value[0];
});

const content = (entry: CellEntry | undefined) => (entry !== null && typeof entry === "object" ? (entry.formula ?? entry.value ?? null) : (entry ?? null));

describe("readTemplateXlsx", () => {
  it("reads only visible sheets that hold a placeholder", () => {
    expect(template.name).toBe("Rep report");
  });

  it("reads values, rich text as plain text, formulas as typed (shared, without _xlfn.) and dates as serials", () => {
    expect(template.cells.map((row) => row.map(content))).toEqual([
      ["Bookings {{period}}"],
      ["Rep", "Bookings", "Share", "Running"],
      ["{{#each reps}}"],
      ["{{name}}", "{{bookings}}", "=B4/B$6", "=SUM(B$4:B4)"],
      ["{{/each}}"],
      ["Total", "=SUM(B4:B4)", "=SUM(C3:C5)"],
      ["Check", "{{kpi.bookings}}", "=IFNA(B6-B7,0)"],
      ["Bookings to date: {{kpi.bookings}} in {{period}}"],
      [46353, null, null, "=A9+1"],
      ["Prepared by SalesOps", null, null, "=A10+1"],
    ]);
    expect(template.cells[8][0]).toEqual({ value: 46353, numberFormat: "yyyy-mm-dd" });
  });

  it("reads styles, resolving theme colours", () => {
    expect(template.cells[0][0]?.style).toEqual({ bold: true, fontSize: 16, fontColor: "#4F81BD" });
    expect(template.cells[1][0]?.style).toEqual({ fill: "#D9E1F2", borderBottom: "Thin" });
    expect(template.cells[5][1]?.style).toEqual({ bold: true, borderTop: "Medium" });
    expect(template.cells[3][2]?.numberFormat).toBe("0.0%");
  });

  it("reads widths, frozen rows, gridlines, tab colour, print setup and cell-value rules", () => {
    expect(template).toMatchObject({
      columnWidths: [{ column: 0, width: 24 }],
      freeze: { rows: 2, columns: 0 },
      showGridlines: false,
      tabColor: "#1F3864",
      print: { orientation: "Landscape", fitToWidth: true, titleRows: "1:2" },
      conditionalFormats: [{ range: "C4:C4", operator: "LessThan", formula1: "0.3", fill: "#F8CBAD" }],
    });
  });

  it("lists what a report cannot keep", () => {
    expect(template.lost).toEqual([
      { feature: "formatting of parts of a cell's text", addresses: ["A1"] },
      { feature: "merged cells", addresses: ["A10:C10"] },
    ]);
  });

  it("says why when a file cannot be read or holds no placeholder", async () => {
    expect(await readTemplateXlsx(new Uint8Array([1, 2, 3]), "broken.xlsx")).toMatchObject({ ok: false, issues: [{ code: "template_unreadable", path: ["broken.xlsx"] }] });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("S").getCell("A1").value = "{ nothing }";
    const read = await readTemplateXlsx((await plain.xlsx.writeBuffer()) as ArrayBuffer, "plain.xlsx");
    expect(read).toMatchObject({ ok: false, issues: [{ code: "template_no_placeholders" }] });
  });
});

describe("a filled template written to .xlsx", () => {
  it("expands the block, moves the rows below and keeps the settings", async () => {
    const { sheet, issues } = fillTemplate(template, CATALOGUE, "Rep report FY2027-Q3");
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["template_feature_dropped", ["Rep report", "A1"]],
      ["template_feature_dropped", ["Rep report", "A10:C10"]],
    ]);
    const rows = sheet.blocks[0].rows.map((row) => row.map(content));
    expect(rows.slice(2, 7)).toEqual([
      ["Ana Ruiz", '=SUMIFS(Deals[amount],Deals[owner],"Ana Ruiz")', "=B3/B$6", "=SUM(B$3:B3)"],
      ["Ben Okafor", '=SUMIFS(Deals[amount],Deals[owner],"Ben Okafor")', "=B4/B$6", "=SUM(B$3:B4)"],
      ["Chen Wei", '=SUMIFS(Deals[amount],Deals[owner],"Chen Wei")', "=B5/B$6", "=SUM(B$3:B5)"],
      ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)"],
      ["Check", "=SUM(Deals[amount])", "=IFNA(B6-B7,0)"],
    ]);
    expect(sheet.conditionalFormats).toEqual([{ range: "C3:C5", operator: "LessThan", formula1: "0.3", fill: "#F8CBAD" }]);
    const xlsx = await writeWorkbookXlsx({ sheets: [sheet, DATA_SHEET] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const written = book.getWorksheet("Rep report FY2027-Q3") as ExcelJS.Worksheet;
    expect(readFormula(written.getCell("B6")).formula).toBe("SUM(B3:B5)");
    expect(written.getCell("C4").numFmt).toBe("0.0%");
    expect(written.getCell("A2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(written.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });
});

describeWithOracle("libreoffice", "a filled template, recalculated by LibreOffice", () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const filled = fillTemplate(template, CATALOGUE, "Rep report FY2027-Q3").sheet;
    // No cached results anywhere: every number read back is LibreOffice's own.
    const strip = (entry: CellEntry): CellEntry => (entry !== null && typeof entry === "object" && entry.formula !== undefined ? { ...entry, result: undefined } : entry);
    const description: WorkbookDescription = { sheets: [{ ...filled, blocks: filled.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(strip)) })) }, DATA_SHEET] };
    const book = await recalculateWithLibreOffice(await writeWorkbookXlsx(description));
    sheet = book.getWorksheet("Rep report FY2027-Q3") as ExcelJS.Worksheet;
  });

  const result = (address: string) => readFormula(sheet.getCell(address)).result;

  it("computes each item's figure and the total over the expanded block as their sum", () => {
    expect(REPS.map((_, i) => result(`B${3 + i}`))).toEqual(REPS.map(repBookings));
    expect(result("B6")).toBe(REPS.map(repBookings).reduce((a, b) => a + b, 0));
    expect(result("B7")).toBe(3600);
    expect(result("C7")).toBe(0);
  });

  it("fills the block's formulas down: shares add up to 1 and the running total ends at the total", () => {
    const shares = REPS.map((_, i) => result(`C${3 + i}`) as number);
    shares.forEach((share, i) => expect(share).toBeCloseTo(repBookings(REPS[i]) / 3600, 12));
    expect(result("C6") as number).toBeCloseTo(1, 12);
    expect(result("D5")).toBe(3600);
  });

  it("computes text mixed with live figures", () => {
    expect(result("A8")).toBe("Bookings to date: 3,600 in FY2027-Q3");
    expect(sheet.getCell("A1").value).toBe("Bookings FY2027-Q3");
  });
});
