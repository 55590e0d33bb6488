import { findReferences, rewriteRowReferences } from "../../../../../src/core/report/template/formulaReferences";
import { shiftFormulaRows } from "../../../../../src/core/report/template/shiftRows";

describe("the A1 reference finder", () => {
  it("finds cells, ranges and row ranges with their anchors and sheets", () => {
    const refs = findReferences("=SUM(C5:$D$9)+'Q Data'!B$2+Data!7:9+$A1");
    expect(refs.map((r) => [r.kind, r.sheet, r.first.row, r.first.anchored, r.last.row, r.last.anchored])).toEqual([
      ["range", null, 4, false, 8, true],
      ["cell", "Q Data", 1, true, 1, true],
      ["rows", "Data", 6, false, 8, false],
      ["cell", null, 0, false, 0, false],
    ]);
  });

  it("skips strings, structured references, names and functions that look like cells", () => {
    const formula = '=IF(A5="B5",Deals[[#This Row],[C5]]+LOG10(D5)+Q1Sales+T1[amount]+E5.5,"x""F5""")';
    expect(findReferences(formula).map((r) => formula.slice(r.from, r.to))).toEqual(["A5", "D5"]);
  });

  it("leaves whole-column ranges and error values alone", () => {
    expect(findReferences("=SUM(C:C)+COUNTA($A:$B)+#REF!+1E5")).toEqual([]);
  });

  it("reads quoted sheet names with apostrophes and 3-D prefixes", () => {
    const refs = findReferences("='Rep''s view'!C3+Jan:Mar!B2");
    expect(refs.map((r) => [r.sheet, r.first.row])).toEqual([
      ["Rep's view", 2],
      ["Jan:Mar", 1],
    ]);
  });

  it("ignores cells past Excel's last column or row", () => {
    expect(findReferences("=XFE1+A1048577+XFD1048576").map((r) => r.first.row)).toEqual([1048575]);
  });

  it("normalises a range written bottom-up", () => {
    const [ref] = findReferences("=SUM(C9:C5)");
    expect([ref.first.row, ref.last.row]).toEqual([4, 8]);
    expect(rewriteRowReferences("=SUM(C9:C5)", (r) => ({ first: r.first.row, last: r.last.row }))).toBe("=SUM(C5:C9)");
  });

  it("writes #REF! for a reference the rewrite drops or pushes off the sheet", () => {
    expect(rewriteRowReferences("=A1+Data!B2", (r) => (r.sheet ? null : { first: -1, last: -1 }))).toBe("=#REF!+#REF!");
  });

  it("can rename the sheet prefix of a reference", () => {
    expect(rewriteRowReferences("=Template!C5", (r) => ({ first: r.first.row + 1, last: r.last.row + 1, sheetPrefix: "'My Report'!" }))).toBe("='My Report'!C6");
  });
});

describe("shiftFormulaRows, Excel's fill-down", () => {
  it("moves relative rows and keeps anchored ones", () => {
    expect(shiftFormulaRows("=C5*$B$2+B$3+$D5", 3)).toBe("=C8*$B$2+B$3+$D8");
  });

  it("moves both ends of a relative range and one end of a mixed one (a running total)", () => {
    expect(shiftFormulaRows("=SUM(C5:D6)", 2)).toBe("=SUM(C7:D8)");
    expect(shiftFormulaRows("=SUM(C$5:C5)", 4)).toBe("=SUM(C$5:C9)");
  });

  it("shifts references to other sheets too, keeping their prefix", () => {
    expect(shiftFormulaRows("='QBR FX'!B2*Data!$C$4+'It''s'!A1", 1)).toBe("='QBR FX'!B3*Data!$C$4+'It''s'!A2");
  });

  it("never touches strings or structured references", () => {
    const formula = '=IF(A5="A5",SUMIFS(Deals[amount],Deals[owner],B5),T[[#This Row],[C7]])';
    expect(shiftFormulaRows(formula, 1)).toBe('=IF(A6="A5",SUMIFS(Deals[amount],Deals[owner],B6),T[[#This Row],[C7]])');
  });

  it("shifts whole-row ranges and leaves whole-column ones", () => {
    expect(shiftFormulaRows("=SUM(5:6)+SUM($7:$7)+SUM(C:C)", 1)).toBe("=SUM(6:7)+SUM($7:$7)+SUM(C:C)");
  });

  it("writes a range whose ends crossed top-down, each row keeping its anchor", () => {
    expect(shiftFormulaRows("=SUM(C5:C$9)", 6)).toBe("=SUM(C$9:C11)");
  });

  it("gives #REF! above row 1 or below the last row, as Excel does", () => {
    expect(shiftFormulaRows("=A2+B1", -1)).toBe("=A1+#REF!");
    expect(shiftFormulaRows("=A1048576", 1)).toBe("=#REF!");
  });

  it("keeps function names, defined names and numbers", () => {
    expect(shiftFormulaRows("=ROUND(LOG10(A1),2)+Rate2026+ATAN2(1,2)+1.5E3", 1)).toBe("=ROUND(LOG10(A2),2)+Rate2026+ATAN2(1,2)+1.5E3");
  });

  it("is the identity for a zero offset and round-trips when shifted back", () => {
    const formula = "=SUM($C$5:C9)/'Data set'!B4+A1";
    expect(shiftFormulaRows(formula, 0)).toBe(formula);
    expect(shiftFormulaRows(shiftFormulaRows(formula, 7), -7)).toBe(formula);
  });
});
