import { createExcelHost } from "../../host";
import { createExcelWorkbookPort, readUsedRangeRows } from "../../../src/excel";
import { toExcelInput, wouldBecomeFormula } from "../../../src/excel/cellInput";

const TRICKY = ['=HYPERLINK("http://x","y")', "+1", "-1+2", "@SUM(A1)", "'quoted", "00123", "2026-01-31", "TRUE", "30%", "-", "+"];

describe("text from data never becomes a formula", () => {
  it.each([true, false])("reads formula-looking and number-looking strings back as the text they are (legacy prefixes: %s)", async (legacyFormulaPrefixes) => {
    const host = createExcelHost({ legacyFormulaPrefixes });
    const port = createExcelWorkbookPort(host.run);
    const rows = [["note", "amount"], ...TRICKY.map((text, i) => [text, i])];
    await port.writeTables([{ sheetName: "Notes", tableName: "Notes", rows, numberFormats: [null, "#,##0"] }]);
    expect(await port.readTable("Notes")).toEqual(rows);
    const range = `A2:A${TRICKY.length + 1}`;
    // Both `values` and `formulas` show the text, and no cell holds a formula.
    expect(host.values("Notes", range).map((r) => r[0])).toEqual(TRICKY);
    expect(host.formulas("Notes", range).map((r) => r[0])).toEqual(TRICKY);
    expect(TRICKY.map((_, i) => host.cell("Notes", `A${i + 2}`)?.formula ?? null)).toEqual(TRICKY.map(() => null));
    expect(host.numberFormats("Notes", "B2")).toEqual([["#,##0"]]);
  });

  it("lets ISO dates and numbers convert in columns the caller typed, and keeps them text elsewhere", () => {
    expect(toExcelInput("2026-01-31", true)).toBe("2026-01-31");
    expect(toExcelInput("2026-01-31", false)).toBe("'2026-01-31");
    expect(toExcelInput("=1+1", true)).toBe("'=1+1");
    expect(toExcelInput(-5, false)).toBe(-5);
    expect(toExcelInput(null, false)).toBe("");
    expect(wouldBecomeFormula("-5")).toBe(false);
    expect(wouldBecomeFormula("-5+1")).toBe(true);
  });

  it("reads a sheet's used range, [] for an empty sheet and null for a missing one", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").values = [["a", 1], ["b", 2]];
      context.workbook.worksheets.add("Empty");
    });
    expect(await host.run((context) => readUsedRangeRows(context, "Sheet1"))).toEqual([["a", 1], ["b", 2]]);
    expect(await host.run((context) => readUsedRangeRows(context, "Empty"))).toEqual([]);
    expect(await host.run((context) => readUsedRangeRows(context, "Missing"))).toBeNull();
  });
});
