/** Cell-level behaviour of the writer: text safety, cached results of every type, empty tables. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookDescription } from "../../../src/workbook/description";
import { writeWorkbookXlsx } from "../../../src/xlsx";
import { storedColumnWidth } from "../../../src/workbook/columnWidth";
import { escapeXml } from "../../../src/xlsx/xml";
import { readFormula } from "./cellReading";

async function roundTrip(description: WorkbookDescription): Promise<{ book: ExcelJS.Workbook; zip: JSZip }> {
  const xlsx = await writeWorkbookXlsx(description);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  return { book, zip: await JSZip.loadAsync(xlsx) };
}

describe("cells written by writeWorkbookXlsx", () => {
  it("writes text that Excel would parse when typed (=, +, -, @) as plain strings, never formulas", async () => {
    const texts = ["=1+1", "+44 20 7946 0000", "-5%", "@mention", "=HYPERLINK(\"x\")"];
    const { book, zip } = await roundTrip({ sheets: [{ name: "S", blocks: [{ at: "A1", rows: texts.map((t) => [t]) }] }] });
    texts.forEach((text, i) => expect((book.getWorksheet("S") as ExcelJS.Worksheet).getCell(`A${i + 1}`).value).toBe(text));
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).not.toContain("<f>");
  });

  it("caches numbers, text, booleans, zero, false and error values as results", async () => {
    const results = [42, "EMEA", true, 0, false, "#N/A", "#DIV/0!"];
    const { book } = await roundTrip({ sheets: [{ name: "S", blocks: [{ at: "A1", rows: results.map((result, i) => [{ formula: `=Z${i + 1}`, result }]) }] }] });
    const read = results.map((_, i) => readFormula((book.getWorksheet("S") as ExcelJS.Worksheet).getCell(`A${i + 1}`)).result);
    expect(read).toEqual([42, "EMEA", true, 0, false, { error: "#N/A" }, { error: "#DIV/0!" }]);
  });

  it("writes a formula without a result as a formula to compute", async () => {
    const { zip } = await roundTrip({ sheets: [{ name: "S", blocks: [{ at: "B2", rows: [[{ formula: "=1+1" }]] }] }] });
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toMatch(/<c r="B2"><f>1\+1<\/f><\/c>/);
  });

  it("gives a table with a header only one empty data row, as Excel needs", async () => {
    const { book } = await roundTrip({ sheets: [{ name: "S", blocks: [{ at: "C3", table: { name: "Empty" }, rows: [["a", "b"]] }] }] });
    const table = (book.getWorksheet("S") as ExcelJS.Worksheet).getTable("Empty") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("C3:D4");
  });

  it("gives empty cells of a data block their column's format", async () => {
    const { book } = await roundTrip({ sheets: [{ name: "S", blocks: [{ at: "A1", headerRows: 1, columnFormats: ["0.0%"], rows: [["rate"], [0.5], [null], [0.25]] }] }] });
    expect((book.getWorksheet("S") as ExcelJS.Worksheet).getCell("A3").numFmt).toBe("0.0%");
  });

  it("prefixes future functions in defined names and conditional formats too", async () => {
    const { zip } = await roundTrip({
      sheets: [{ name: "S", blocks: [{ at: "A1", rows: [[1], [2]] }], conditionalFormats: [{ range: "A1:A2", operator: "GreaterThan", formula1: "=STDEV.S($A$1:$A$2)", fill: "#FFEB9C" }] }],
      names: [{ name: "Spread", reference: "=STDEV.S(S!$A$1:$A$2)" }],
    });
    expect(await zip.file("xl/workbook.xml")?.async("string")).toContain('<definedName name="Spread">_xlfn.STDEV.S(S!$A$1:$A$2)</definedName>');
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toContain("<formula>_xlfn.STDEV.S($A$1:$A$2)</formula>");
  });

  it("writes nothing but the sheets when there are no names or charts", async () => {
    const { zip } = await roundTrip({ sheets: [{ name: "S", blocks: [] }] });
    expect(Object.keys(zip.files).some((name) => name.includes("chart") || name.includes("drawing"))).toBe(false);
  });
});

describe("storedColumnWidth", () => {
  it.each([
    [8.43, 9.140625],
    [10, 10.7109375],
    [0, 0],
  ])("%d characters → %d in the file", (characters, width) => expect(storedColumnWidth(characters)).toBe(width));
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001\u000Be\tf\n`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e\tf\n");
  });
});
