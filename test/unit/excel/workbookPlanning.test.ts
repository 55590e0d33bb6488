/** The pure halves of the workbook writer: references, rectangles, widths, names and request packing. */
import { groupRects } from "../../../src/excel/cellRects";
import { columnWidthPoints } from "../../../src/excel/columnWidth";
import { referencedSheets, renameReferences } from "../../../src/excel/formulaReferences";
import { planBlock } from "../../../src/excel/blockPlan";
import { planRequests } from "../../../src/excel/requestPlan";
import type { WorkbookState } from "../../../src/excel/workbookInspection";
import { planTargets } from "../../../src/excel/workbookTargets";
import type { WorkbookDescription } from "../../../src/workbook/description";

const renames = (sheets: [string, string][], tables: [string, string][] = []) => ({ sheets: new Map(sheets), tables: new Map(tables) });

describe("formula references", () => {
  const temp = renames([["qbr summary", "SalesOps new 1"], ["data", "SalesOps new 2"]], [["deals", "SalesOps_new_1"]]);

  it.each([
    ["='QBR Summary'!B4+Data!$C$2", "='SalesOps new 1'!B4+'SalesOps new 2'!$C$2"],
    ["=SUM(data!A:A)", "=SUM('SalesOps new 2'!A:A)"],
    ["=SUM(Deals[amount])+COUNTA(Deals[[#This Row],[id]])", "=SUM(SalesOps_new_1[amount])+COUNTA(SalesOps_new_1[[#This Row],[id]])"],
    ['="Data!A1 stays text"&Data!A1', "=\"Data!A1 stays text\"&'SalesOps new 2'!A1"],
    ["=OtherData!A1+MyDeals[x]+[@amount]", "=OtherData!A1+MyDeals[x]+[@amount]"],
    ["='It''s'!A1+#REF!A1", "='It''s'!A1+#REF!A1"],
  ])("%s → %s", (formula, expected) => {
    expect(renameReferences(formula, temp)).toBe(expected);
  });

  it("lists the sheets a name refers to", () => {
    expect(referencedSheets("='QBR Summary'!$B$2:$B$3")).toEqual(["QBR Summary"]);
    expect(referencedSheets("=Sheet1!$A$1+'It''s'!B2")).toEqual(["Sheet1", "It's"]);
    expect(referencedSheets("=#REF!$B$2")).toEqual([]);
  });
});

describe("format rectangles", () => {
  it("merges equal runs along rows, then identical runs down rows", () => {
    const grid = [
      ["a", "a", "b"],
      ["a", "a", "b"],
      [null, "c", "c"],
    ];
    expect(groupRects(3, 3, (r, c) => grid[r][c], () => true)).toEqual([
      { row: 0, column: 0, rowCount: 2, columnCount: 2, key: "a" },
      { row: 0, column: 2, rowCount: 2, columnCount: 1, key: "b" },
      { row: 2, column: 1, rowCount: 1, columnCount: 2, key: "c" },
    ]);
  });

  it("keeps rows apart for keys that may not stack", () => {
    expect(groupRects(2, 1, () => "border", () => false)).toHaveLength(2);
  });

  it("gives a 20,000-row block with column formats one rectangle per run of columns", () => {
    const rows = [["h1", "h2", "h3"], ...Array.from({ length: 20_000 }, (_, i) => [`x${i}`, i, i / 2])];
    const block = planBlock("S", { at: "A1", rows, columnFormats: ["@", "0.00", "0.00"], headerRows: 1 }, (f) => f);
    expect(block?.formatGrid).toBeNull();
    expect(block?.formatRects).toEqual([
      { row: 1, column: 0, rowCount: 20_000, columnCount: 1, key: "@" },
      { row: 1, column: 1, rowCount: 20_000, columnCount: 2, key: "0.00" },
    ]);
  });
});

describe("column widths", () => {
  it.each([
    [8.43, 48],
    [10, 56.25],
    [14, 77.25],
    [0, 0],
  ])("%d characters are %d points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });
});

describe("names for sheets and tables", () => {
  /** `generatedFor`: the sheet is SalesOps', written under its present name for that requested name. */
  const state = (sheets: { name: string; generatedFor?: string; writtenAs?: string; tables?: string[] }[], names: { name: string; formula: string }[] = []): WorkbookState => ({
    sheets: sheets.map((sheet, i) => ({
      id: `id${i}`,
      name: sheet.name,
      visibility: "Visible",
      generated: sheet.generatedFor ? { requested: sheet.generatedFor, name: sheet.writtenAs ?? sheet.name } : null,
      tables: sheet.tables ?? [],
    })),
    tables: sheets.flatMap((sheet) => sheet.tables ?? []),
    names,
    activeSheetId: "id0",
  });

  it("cuts a long name so the free name fits 31 characters", () => {
    const long = "Quarterly Business Review 2027Q";
    const targets = planTargets({ sheets: [{ name: long, blocks: [] }] }, state([{ name: long }]));
    expect(targets.sheets[0].final).toBe("Quarterly Business Review 2 (2)");
    expect(targets.sheets[0].final.length).toBe(31);
  });

  it("replaces generated sheets by name or by the name they were generated for, and places the new ones where the first was", () => {
    const description: WorkbookDescription = { sheets: [{ name: "Summary", blocks: [] }, { name: "Data", blocks: [] }] };
    const targets = planTargets(description, state([{ name: "Intro" }, { name: "Summary" }, { name: "Summary (2)", generatedFor: "Summary" }, { name: "Data", generatedFor: "Data", tables: ["Deals"] }]));
    expect(targets.replaced.map((sheet) => sheet.name)).toEqual(["Summary (2)", "Data"]);
    expect(targets.sheets.map((sheet) => [sheet.final, sheet.temporary])).toEqual([
      ["Summary (2)", "SalesOps new 1"],
      ["Data", "SalesOps new 2"],
    ]);
    expect(targets.position).toBe(2);
  });

  it("keeps a generated sheet the user renamed or copied, and replaces a temporary sheet a failed write left", () => {
    const description: WorkbookDescription = { sheets: [{ name: "Summary", blocks: [] }] };
    const targets = planTargets(
      description,
      state([
        { name: "Summary Q3", generatedFor: "Summary", writtenAs: "Summary" },
        { name: "Summary (2)", generatedFor: "Summary", writtenAs: "Summary" },
        { name: "Summary" },
        { name: "SalesOps new 1", generatedFor: "Summary", writtenAs: "Summary (3)" },
      ]),
    );
    expect(targets.replaced.map((sheet) => sheet.name)).toEqual(["SalesOps new 1"]);
    expect(targets.sheets[0].final).toBe("Summary (3)");
  });

  it("sets again a name that refers to a generated sheet or to nothing, pointing it at the final sheet", () => {
    const description: WorkbookDescription = { sheets: [{ name: "Summary", blocks: [] }], names: [{ name: "Period", reference: "=Summary!$B$2" }, { name: "Owner", reference: "=Summary!$B$3" }] };
    const targets = planTargets(description, state([{ name: "Summary" }, { name: "Old", generatedFor: "Old" }], [{ name: "Period", formula: "=Old!$B$2" }, { name: "Owner", formula: "=#REF!$B$3" }]));
    expect(targets.names).toEqual([
      { name: "Period", reference: "='Summary (2)'!$B$2", comment: "", exists: true },
      { name: "Owner", reference: "='Summary (2)'!$B$3", comment: "", exists: true },
    ]);
  });
});

describe("packing requests", () => {
  it("splits a block's rows between requests and keeps each within the budget", () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`row ${i}`, "x".repeat(80)]);
    const target = { description: { name: "S", blocks: [{ at: "A1", rows }] }, requested: "S", final: "S", temporary: "SalesOps new 1" };
    const requests = planRequests([{ target, blocks: [planBlock("S", target.description.blocks[0], (f) => f)] }], 12_000);
    expect(requests.length).toBe(3);
    expect(requests.every((request) => request.bytes <= 12_000)).toBe(true);
    expect(requests.reduce((sum, request) => sum + request.rows, 0)).toBe(300);
    expect(requests[0].ops[0]).toEqual({ kind: "addSheet", sheet: 0 });
  });
});
