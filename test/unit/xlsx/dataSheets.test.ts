/**
 * Data sheets (one table of constants) are written straight to XML rather than through ExcelJS:
 * they must read back exactly as ExcelJS's own cells would, be well-formed and in schema order,
 * and recalculate in LibreOffice like any other table.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { randomBytes } from "crypto";
import type { CellEntry, SheetDescription, WorkbookDescription } from "../../../src/workbook/description";
import { writeWorkbookXlsx, XlsxDescriptionError } from "../../../src/xlsx";
import { plainTableBlock } from "../../../src/xlsx/dataSheets/plainTable";
import { addNumberFormatStyles } from "../../../src/xlsx/package/numberFormatStyles";
import { crc32, portableCrc32 } from "../../../src/xlsx/package/crc32";
import { describeWithOracle } from "../../oracles/availability";
import { recalculateWithLibreOffice } from "../../oracles/libreoffice";
import { readFormula } from "./cellReading";
import { childNames, descendants, followsSequence, parseXml } from "./xmlTree";

const WORKSHEET = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

const TEXTS = ["plain", "", "  padded  ", 'A&B <c> "q" \'s\'', "Zürich – 東京 🚀", "=SUM(A1:A3)", "line\nbreak", "bell\u0007dropped"];
const DEALS: CellEntry[][] = [
  ["id", "note", "amount", "won", "close_date", 2027],
  ["O-1", TEXTS[0], 1250.5, true, 46353, "FY"],
  ["O-2", TEXTS[1], -0.25, false, 46354, "FY"],
  ["O-3", TEXTS[2], 1e21, null, null, null],
  ["O-4", TEXTS[3], 0, true, 46355],
  ["O-5", TEXTS[4], 123456789.123, false, 46356, "FY"],
  ["O-6", TEXTS[5], 3, true, 46357, ""],
  ["O-7", TEXTS[6], 4, true, 46358, "FY"],
  ["O-8", TEXTS[7], 5, true, 46359, "FY"],
];
const FORMATS = ["@", "@", '#,##0.00 "USD";-#,##0.00 "USD"', null, "yyyy-mm-dd", "0%"];

const dealsSheet: SheetDescription = {
  name: "Deals",
  blocks: [{ at: "B2", rows: DEALS, columnFormats: FORMATS, table: { name: "Deals", style: "TableStyleLight9", showBandedRows: false } }],
  columnWidths: [{ column: 1, width: 12 }],
  freeze: { rows: 2, columns: 0 },
  tabColor: "#A6A6A6",
};
/** The same sheet as ExcelJS writes it: one cell description makes it a report block, not a data sheet. */
const viaExcelJS: SheetDescription = { ...dealsSheet, name: "Deals ExcelJS", blocks: [{ ...dealsSheet.blocks[0], rows: [...DEALS.slice(0, -1), [{ value: "O-8" }, ...DEALS[DEALS.length - 1].slice(1)]], table: { name: "DealsExcelJS", style: "TableStyleLight9", showBandedRows: false } }] };
const summary: SheetDescription = { name: "Summary", blocks: [{ at: "A1", rows: [["Total", { formula: "=SUM(Deals[amount])", result: 1e21 + 1250.5 - 0.25 + 123456789.123 + 12 }]] }] };
const description: WorkbookDescription = { sheets: [summary, dealsSheet, viaExcelJS], activeSheet: "Summary" };

let xlsx: Buffer;
let zip: JSZip;
let book: ExcelJS.Workbook;
const sheet = (name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;
const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";

beforeAll(async () => {
  xlsx = await writeWorkbookXlsx(description);
  zip = await JSZip.loadAsync(xlsx);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
});

describe("a data sheet written straight to XML", () => {
  it("is recognised only when every cell is a constant in one table block", () => {
    expect(plainTableBlock(dealsSheet)).not.toBeNull();
    expect(plainTableBlock(viaExcelJS)).toBeNull();
    expect(plainTableBlock(summary)).toBeNull();
  });

  it("reads back cell for cell as ExcelJS's own writing of the same block: values, types and formats", () => {
    const ours = sheet("Deals");
    const theirs = sheet("Deals ExcelJS");
    for (let row = 1; row <= DEALS.length + 2; row += 1) {
      for (let column = 1; column <= 8; column += 1) {
        const [a, b] = [ours.getCell(row, column), theirs.getCell(row, column)];
        expect({ at: a.address, value: a.value, type: a.type, numFmt: a.numFmt }).toEqual({ at: a.address, value: b.value, type: b.type, numFmt: b.numFmt });
      }
    }
    expect(ours.getCell("C4").value).toBe("");
    expect(ours.getCell("C5").value).toBe("  padded  ");
    expect(ours.getCell("C8").value).toBe("=SUM(A1:A3)");
    expect(ours.getCell("C10").value).toBe("belldropped");
    expect(ours.getCell("G2").value).toBe("2027");
    expect(ours.getCell("F5").numFmt).toBe("yyyy-mm-dd");
  });

  it("keeps the sheet's view, width and tab colour, and declares the table over the block", () => {
    const ours = sheet("Deals");
    expect(ours.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ours.getColumn(2).width).toBe(sheet("Deals ExcelJS").getColumn(2).width);
    expect(ours.properties.tabColor).toEqual({ argb: "FFA6A6A6" });
    const table = ours.getTable("Deals") as unknown as { table: { tableRef: string; columns: { name: string }[]; style: { theme: string; showRowStripes: boolean } } };
    expect(table.table.tableRef).toBe("B2:G10");
    expect(table.table.columns.map((c) => c.name)).toEqual(["id", "note", "amount", "won", "close_date", "2027"]);
    expect(table.table.style).toMatchObject({ theme: "TableStyleLight9", showRowStripes: false });
    expect(readFormula(sheet("Summary").getCell("B1")).formula).toBe("SUM(Deals[amount])");
  });

  it("writes well-formed parts in schema order, tables with distinct ids, each part declared", async () => {
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) parseXml(await text(name));
    const worksheet = parseXml(await text("xl/worksheets/sheet2.xml"));
    expect(followsSequence(childNames(worksheet), WORKSHEET)).toBe(true);
    expect(descendants(worksheet, "dimension")[0].attributes.ref).toBe("B2:G10");
    expect(descendants(worksheet, "tablePart")).toHaveLength(1);
    const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
    const ids = await Promise.all(tables.map(async (name) => parseXml(await text(name)).attributes.id));
    expect(new Set(ids).size).toBe(tables.length);
    const overrides = descendants(parseXml(await text("[Content_Types].xml")), "Override").map((o) => o.attributes.PartName);
    for (const name of [...tables, "xl/sharedStrings.xml"]) expect(overrides).toContain(`/${name}`);
    const sst = parseXml(await text("xl/sharedStrings.xml"));
    expect(Number(sst.attributes.uniqueCount)).toBe(descendants(sst, "si").length);
  });

  it("streams a sheet of many chunks (and a workbook whose only text is in data sheets)", async () => {
    const rows: CellEntry[][] = [["id", "region", "amount"]];
    for (let i = 0; i < 40_000; i += 1) rows.push([`O-${i}`, ["NA", "EMEA", "APAC"][i % 3], i * 1.5]);
    const big = await writeWorkbookXlsx({ sheets: [{ name: "Big", blocks: [{ at: "A1", rows, columnFormats: ["@", "@", "#,##0.00"], table: { name: "Big" } }] }] });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(big as unknown as ArrayBuffer);
    const ws = read.getWorksheet("Big") as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(40_001);
    for (const i of [0, 1, 12_345, 39_999]) expect(ws.getRow(i + 2).values).toEqual([undefined, `O-${i}`, ["NA", "EMEA", "APAC"][i % 3], i * 1.5]);
  });

  it("refuses what Excel could not open, naming where", async () => {
    const refused = async (sheet: SheetDescription) => {
      try {
        await writeWorkbookXlsx({ sheets: [sheet] });
      } catch (error) {
        return error;
      }
      return null;
    };
    const notFinite = await refused({ name: "Data", blocks: [{ at: "A1", rows: [["a", "b"], [1, 2], [3, Number.POSITIVE_INFINITY]], table: { name: "T" } }] });
    expect(notFinite).toBeInstanceOf(XlsxDescriptionError);
    expect((notFinite as Error).message).toMatch(/^Data!B3: Infinity cannot be stored/);
    const tooLow = await refused({ name: "Data", blocks: [{ at: "A1048576", rows: [["a"], [1]], table: { name: "T" } }] });
    expect((tooLow as Error).message).toMatch(/below row 1,048,576/);
  });
});

describe("number formats added to the styles part", () => {
  const styles = `<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

  it("uses built-in ids, reuses declared formats and declares the rest, format codes kept verbatim", () => {
    const { xml, styleIds } = addNumberFormatStyles(styles, ["@", "0.000", '$#,##0 "$&"', "@"]);
    expect([...styleIds]).toEqual([["@", 2], ["0.000", 3], ['$#,##0 "$&"', 4]]);
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="$#,##0 &quot;$&amp;&quot;"/></numFmts>');
    expect(xml).toContain('<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49" ');
  });
});

describe("crc32", () => {
  it("matches the check value, and the portable version matches the native one", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    const data = randomBytes(100_000);
    expect(portableCrc32(data.subarray(50_000), portableCrc32(data.subarray(0, 50_000), 0))).toBe(crc32(data));
  });
});

describeWithOracle("libreoffice", "a data sheet in LibreOffice", () => {
  it("recalculates lookups, counts and sums over the table as over the same table written by ExcelJS", async () => {
    const formulas = (table: string) => ["=SUM(T[amount])", "=COUNTIFS(T[won],TRUE)", '=INDEX(T[note],MATCH("O-5",T[id],0))', "=COUNTA(T[note])", '=COUNTIFS(T[note],"")', "=SUMPRODUCT((T[close_date]>46354)*1)", '=COUNTIFS(T[2027],"FY")'].map((f) => f.replace(/T\[/g, `${table}[`));
    const check: SheetDescription = {
      name: "Check",
      blocks: [{ at: "A1", rows: formulas("Deals").map((formula, i) => [{ formula }, { formula: formulas("DealsExcelJS")[i] }]) }],
    };
    const recalculated = await recalculateWithLibreOffice(await writeWorkbookXlsx({ sheets: [check, dealsSheet, viaExcelJS] }));
    const results = formulas("Deals").map((_, i) => [1, 2].map((column) => readFormula((recalculated.getWorksheet("Check") as ExcelJS.Worksheet).getCell(i + 1, column)).result));
    for (const [ours, theirs] of results) expect(ours).toEqual(theirs);
    expect(results.map(([ours]) => ours).slice(1, 3)).toEqual([5, "Zürich – 東京 🚀"]);
  });
});
