import fc from "fast-check";
import { fillTemplate } from "../../../../../src/core/report/template";
import type { CellDescription, CellEntry, SheetDescription } from "../../../../../src/workbook/description";
import { BOOKINGS, catalogue, list, repsList, template } from "./sampleCatalogue";

/** The filled sheet's cells as a grid of formulas or values (null for empty). */
function grid(sheet: SheetDescription): (string | number | boolean | null)[][] {
  const rows = sheet.blocks[0]?.rows ?? [];
  return rows.map((row) => row.map((entry: CellEntry) => (entry === null || typeof entry !== "object" ? entry : (entry.formula ?? entry.value ?? null))));
}

const cellAt = (sheet: SheetDescription, row: number, column: number) => sheet.blocks[0].rows[row][column] as CellDescription;

const REPORT = template([
  ["Bookings {{period}}"],
  ["Rep", "Region", "Bookings", "Share"],
  ["{{#each reps}}"],
  ["{{name}}", "{{reps.region}}", "{{bookings}}", "=C4/C$6"],
  ["{{/each}}"],
  ["Total", null, "=SUM(C4:C4)", "=SUM(D3:D5)"],
  ["Check", "{{kpi.bookings}}", "=C6-B7", "=COUNT(C3:C5)"],
]);

describe("filling a template: row blocks", () => {
  it("repeats the block's rows once per item and removes the marker rows", () => {
    const { sheet, issues } = fillTemplate(REPORT, catalogue(), "Report");
    expect(issues).toEqual([]);
    expect(sheet.name).toBe("Report");
    expect(grid(sheet)).toEqual([
      ["Bookings FY2027-Q3"],
      ["Rep", "Region", "Bookings", "Share"],
      ["Ana Ruiz", "EMEA", 1000, "=C3/C$6"],
      ["Ben Okafor", "NA", 1200, "=C4/C$6"],
      ["Chen Wei", "APAC", 1400, "=C5/C$6"],
      ["Total", null, "=SUM(C3:C5)", "=SUM(D3:D5)"],
      ["Check", "=SUM(Deals[amount])", "=C6-B7", "=COUNT(C3:C5)"],
    ]);
  });

  it("grows a total over a one-row block to every expanded row, and moves rows below", () => {
    const { sheet } = fillTemplate(REPORT, catalogue({ reps: repsList(2) }), "Report");
    expect(grid(sheet).slice(4)).toEqual([
      ["Total", null, "=SUM(C3:C4)", "=SUM(D3:D4)"],
      ["Check", "=SUM(Deals[amount])", "=C5-B6", "=COUNT(C3:C4)"],
    ]);
  });

  it("keeps one blank row for an empty list, styles and formats kept, so totals read 0 instead of #REF!", () => {
    const styled = template([
      ["{{#each reps}}"],
      [{ value: "{{name}}", style: { bold: true } }, { value: "{{bookings}}", numberFormat: "#,##0.00" }, "=B2*2", "label"],
      ["{{/each}}"],
      ["Total", "=SUM(B2:B2)"],
    ]);
    const { sheet, issues } = fillTemplate(styled, catalogue({ reps: repsList(0) }), "Report");
    expect(issues).toEqual([]);
    expect(sheet.blocks[0].rows).toEqual([[{ style: { bold: true } }, { numberFormat: "#,##0.00" }], [{ value: "Total" }, { formula: "=SUM(B1:B1)" }]]);
  });

  it("repeats a multi-row block as a unit and shifts its formulas by the block's height", () => {
    const t = template([
      ["{{#each reps}}"],
      ["{{name}}", "{{bookings}}"],
      ["  share", "=B2/B$7"],
      ["{{/each}}"],
      ["Total", "=SUM(B2:B3)"],
    ]);
    const { sheet } = fillTemplate(t, catalogue({ reps: repsList(2) }), "Report");
    expect(grid(sheet)).toEqual([
      ["Ana Ruiz", 1000],
      ["  share", "=B1/B$7"],
      ["Ben Okafor", 1200],
      ["  share", "=B3/B$7"],
      ["Total", "=SUM(B1:B4)"],
    ]);
  });

  it("moves formulas below two blocks by both expansions", () => {
    const regions = list(["region", "amount"], [
      { region: { value: "EMEA" }, amount: { value: 10 } },
      { region: { value: "NA" }, amount: { value: 20 } },
    ]);
    const t = template([
      ["{{#each reps}}"],
      ["{{name}}", "{{bookings}}"],
      ["{{/each}}"],
      ["Reps", "=SUM(B2:B2)"],
      ["{{#each regions}}"],
      ["{{region}}", "{{amount}}"],
      ["{{/each}}"],
      ["Regions", "=SUM(B6:B6)", "=B4+B8"],
    ]);
    const { sheet, issues } = fillTemplate(t, catalogue({ reps: repsList(3), regions }), "Report");
    expect(issues).toEqual([]);
    expect(grid(sheet)).toEqual([
      ["Ana Ruiz", 1000],
      ["Ben Okafor", 1200],
      ["Chen Wei", 1400],
      ["Reps", "=SUM(B1:B3)"],
      ["EMEA", 10],
      ["NA", 20],
      ["Regions", "=SUM(B5:B6)", "=B4+B7"],
    ]);
  });

  it("fills formulas inside a block down: running totals move, $-anchored ranges over the block grow", () => {
    const t = template([
      ["{{#each reps}}"],
      ["{{name}}", "{{bookings}}", "=SUM(B$2:B2)", "=RANK(B2,B$2:B$2)", "=B2/SUM(B$1:B$3)"],
      ["{{/each}}"],
    ]);
    const { sheet } = fillTemplate(t, catalogue(), "Report");
    expect(grid(sheet).map((row) => row.slice(2))).toEqual([
      ["=SUM(B$1:B1)", "=RANK(B1,B$1:B$3)", "=B1/SUM(B$1:B$3)"],
      ["=SUM(B$1:B2)", "=RANK(B2,B$1:B$3)", "=B2/SUM(B$1:B$3)"],
      ["=SUM(B$1:B3)", "=RANK(B3,B$1:B$3)", "=B3/SUM(B$1:B$3)"],
    ]);
  });

  it("follows references qualified with the template's own name to the filled sheet, and leaves other sheets' rows", () => {
    const t = template([
      ["{{#each reps}}"],
      ["{{bookings}}", "=Template!A2*Data!B2", "=Data!$B$2"],
      ["{{/each}}"],
      ["=SUM(Template!A2:A2)+SUM('Data'!A1:A9)"],
    ]);
    const { sheet } = fillTemplate(t, catalogue({ reps: repsList(2) }), "Q3 Report");
    expect(grid(sheet)).toEqual([
      [1000, "='Q3 Report'!A1*Data!B2", "=Data!$B$2"],
      [1200, "='Q3 Report'!A2*Data!B3", "=Data!$B$2"],
      ["=SUM('Q3 Report'!A1:A2)+SUM('Data'!A1:A9)"],
    ]);
  });

  it("moves references to rows past the template's last row with the rows below", () => {
    const t = template([["{{#each reps}}"], ["{{bookings}}"], ["{{/each}}"], ["=A20+SUM(A2:A30)"]]);
    expect(grid(fillTemplate(t, catalogue(), "R").sheet)).toEqual([[1000], [1200], [1400], ["=A20+SUM(A1:A30)"]]);
    expect(grid(fillTemplate(t, catalogue({ reps: repsList(1) }), "R").sheet)).toEqual([[1000], ["=A18+SUM(A1:A28)"]]);
  });

  it("copies styles and number formats to every expanded row", () => {
    const t = template([
      ["{{#each reps}}"],
      [{ value: "{{name}}", style: { fill: "#DDEBF7" } }, { formula: "=B2*2", numberFormat: "0.0", style: { italic: true } }, { value: "fixed", style: { bold: true } }],
      ["{{/each}}"],
    ]);
    const { sheet } = fillTemplate(t, catalogue({ reps: repsList(2) }), "R");
    expect(sheet.blocks[0].rows).toEqual([
      [{ value: "Ana Ruiz", style: { fill: "#DDEBF7" } }, { formula: "=B1*2", numberFormat: "0.0", style: { italic: true } }, { value: "fixed", style: { bold: true } }],
      [{ value: "Ben Okafor", style: { fill: "#DDEBF7" } }, { formula: "=B2*2", numberFormat: "0.0", style: { italic: true } }, { value: "fixed", style: { bold: true } }],
    ]);
  });

  it("carries widths, tab colour and gridlines, and moves frozen rows, print titles and conditional formats with the rows", () => {
    const t = template(
      [["Title"], ["{{#each reps}}"], ["{{name}}", "{{bookings}}"], ["{{/each}}"], ["Total", "=SUM(B3:B3)"]],
      {
        columnWidths: [{ column: 0, width: 24 }],
        tabColor: "#1F3864",
        showGridlines: false,
        freeze: { rows: 1, columns: 1 },
        print: { orientation: "Landscape", fitToWidth: true, titleRows: "1:1" },
        conditionalFormats: [
          { range: "B3:B3", operator: "LessThan", formula1: "=$B$5/10", fill: "#F8CBAD" },
          { range: "A5:B5", operator: "GreaterThan", formula1: "0", fontColor: "#006100" },
        ],
      },
    );
    const { sheet } = fillTemplate(t, catalogue(), "R");
    expect(sheet).toMatchObject({
      columnWidths: [{ column: 0, width: 24 }],
      tabColor: "#1F3864",
      showGridlines: false,
      freeze: { rows: 1, columns: 1 },
      print: { orientation: "Landscape", fitToWidth: true, titleRows: "1:1" },
      conditionalFormats: [
        { range: "B2:B4", operator: "LessThan", formula1: "=$B$5/10", fill: "#F8CBAD" },
        { range: "A5:B5", operator: "GreaterThan", formula1: "0", fontColor: "#006100" },
      ],
    });
  });

  it("moves frozen rows below a block down by the expansion", () => {
    const t = template([["{{#each reps}}"], ["{{name}}"], ["{{/each}}"], ["Header"], ["data"]], { freeze: { rows: 4, columns: 0 } });
    expect(fillTemplate(t, catalogue(), "R").sheet.freeze).toEqual({ rows: 4, columns: 0 });
    expect(fillTemplate(t, catalogue({ reps: repsList(1) }), "R").sheet.freeze).toEqual({ rows: 2, columns: 0 });
  });
});

describe("filling a template: placeholders", () => {
  it("makes a cell that is one placeholder the catalogue's cell: formula, result and number format", () => {
    const { sheet } = fillTemplate(template([["{{kpi.bookings}}", " {{ kpi.quota }} "]]), catalogue(), "R");
    expect(sheet.blocks[0].rows[0]).toEqual([BOOKINGS, { value: 4000, numberFormat: "#,##0" }]);
  });

  it("keeps the template cell's style, and its number format when it has one", () => {
    const t = template([[{ value: "{{kpi.bookings}}", style: { bold: true } }, { value: "{{kpi.bookings}}", numberFormat: "0.00", style: { fill: "#FFFF00" } }, { value: "{{kpi.bookings}}", numberFormat: "General" }]]);
    const { sheet } = fillTemplate(t, catalogue(), "R");
    expect(cellAt(sheet, 0, 0)).toEqual({ ...BOOKINGS, style: { bold: true } });
    expect(cellAt(sheet, 0, 1)).toEqual({ ...BOOKINGS, numberFormat: "0.00", style: { fill: "#FFFF00" } });
    expect(cellAt(sheet, 0, 2).numberFormat).toBe(BOOKINGS.numberFormat);
  });

  it("fills text mixed with constants as text", () => {
    const { sheet } = fillTemplate(template([["QBR {{period}} — {{kpi.flag}}"]]), { ...catalogue(), scalars: new Map([["period", { value: "FY2027-Q3" }], ["kpi.flag", { value: true }]]) }, "R");
    expect(cellAt(sheet, 0, 0)).toEqual({ value: "QBR FY2027-Q3 — TRUE" });
  });

  it("makes text mixed with live figures a live concatenation, formatted like the figure", () => {
    const { sheet } = fillTemplate(template([[{ value: 'Bookings {{kpi.bookings}} of {{kpi.quota}} ("{{period}}")', style: { italic: true } }]]), catalogue(), "R");
    expect(cellAt(sheet, 0, 0)).toEqual({
      formula: '="Bookings "&TEXT(SUM(Deals[amount]),"#,##0 ""USD""")&" of "&TEXT(4000,"#,##0")&" (""FY2027-Q3"")"',
      style: { italic: true },
    });
  });

  it("resolves a field before a scalar of the same name inside a block, and scalars there too", () => {
    const reps = list(["period", "name"], [{ period: { value: "own" }, name: { value: "Ana" } }]);
    const t = template([["{{#each reps}}"], ["{{period}}", "{{name}} in {{kpi.quota}}"], ["{{/each}}"], ["{{period}}"]]);
    expect(grid(fillTemplate(t, catalogue({ reps }), "R").sheet)).toEqual([["own", '="Ana in "&TEXT(4000,"#,##0")'], ["FY2027-Q3"]]);
  });

  it("leaves a field an item lacks empty, keeping the cell's format", () => {
    const reps = list(["name", "bookings"], [{ name: { value: "Ana" } }]);
    const t = template([["{{#each reps}}"], ["{{name}}", { value: "{{bookings}}", numberFormat: "#,##0" }], ["{{/each}}"]]);
    expect(fillTemplate(t, catalogue({ reps }), "R").sheet.blocks[0].rows).toEqual([[{ value: "Ana" }, { numberFormat: "#,##0" }]]);
  });

  it("copies constants, numbers and text without placeholders as they are", () => {
    const t = template([[42, "plain", { value: "=not a formula" }, { value: true }]]);
    expect(fillTemplate(t, catalogue(), "R").sheet.blocks[0].rows[0]).toEqual([{ value: 42 }, { value: "plain" }, { value: "=not a formula" }, { value: true }]);
  });

  it("fills an empty template into an empty sheet", () => {
    expect(fillTemplate(template([]), catalogue(), "R")).toEqual({ sheet: { name: "R", blocks: [] }, issues: [] });
  });
});

describe("filling a template: expansion (properties)", () => {
  it("writes max(1, items) copies of an h-row block, grows the total over all of them and moves the rows below", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }), (count, height, above) => {
        const items = Array.from({ length: count }, (_, i) => ({ amount: { value: i + 1 } }));
        const body = Array.from({ length: height }, (_, j) => (j === 0 ? ["{{amount}}"] : [`part ${j}`]));
        const first = above + 2; // 1-based row of the block's first row in the template
        const rows = [...Array.from({ length: above }, () => ["head"]), ["{{#each items}}"], ...body, ["{{/each}}"], [`=SUM(A${first}:A${first + height - 1})`], [`=A${first + height + 1}*2`]];
        const { sheet, issues } = fillTemplate(template(rows), catalogue({ items: list(["amount"], items) }), "R");
        expect(issues).toEqual([]);
        const copies = Math.max(1, count);
        const out = sheet.blocks[0].rows;
        expect(out).toHaveLength(above + copies * height + 2);
        const total = out[above + copies * height][0] as CellDescription;
        expect(total.formula).toBe(`=SUM(A${above + 1}:A${above + copies * height})`);
        expect((out[above + copies * height + 1][0] as CellDescription).formula).toBe(`=A${above + copies * height + 1}*2`);
        const amounts = out.slice(above, above + copies * height).filter((_, i) => i % height === 0).map((row) => (row[0] as CellDescription | null)?.value ?? null);
        expect(amounts).toEqual(count === 0 ? [null] : items.map((item) => item.amount.value));
      }),
      { numRuns: 150 },
    );
  });
});
