import { XlsxDescriptionError } from "../../../src/xlsx";
import { fileFormula } from "../../../src/xlsx/formulas/fileFormula";
import { expandThisRowReferences } from "../../../src/xlsx/formulas/thisRowReferences";

describe("fileFormula", () => {
  it("drops the leading = and prefixes future functions", () => {
    expect(fileFormula("=IFNA(B2/C2,0)", { path: "S!D2" })).toBe("_xlfn.IFNA(B2/C2,0)");
  });

  it("spells this-row references the way the file format does", () => {
    expect(fileFormula("=[@amount]*Deals[@[fx rate]]", { path: "S!D2", tableName: "Deals" })).toBe("Deals[[#This Row],[amount]]*Deals[[#This Row],[fx rate]]");
    expect(fileFormula('=IF([@stage]="@home",1,0)', { path: "S!D2", tableName: "Deals" })).toBe('IF(Deals[[#This Row],[stage]]="@home",1,0)');
  });

  it("leaves whole-column references alone", () => {
    expect(fileFormula('=SUMIFS(Deals[amount],Deals[region],"NA")', { path: "S!H2" })).toBe('SUMIFS(Deals[amount],Deals[region],"NA")');
  });
});

describe("expandThisRowReferences", () => {
  it("refuses a bare this-row reference outside a table", () => {
    expect(() => expandThisRowReferences("[@amount]*2", undefined, "Summary!B4")).toThrow(XlsxDescriptionError);
    expect(() => expandThisRowReferences("[@amount]*2", undefined, "Summary!B4")).toThrow(/Summary!B4/);
  });

  it("writes the whole-row form", () => {
    expect(expandThisRowReferences("COUNTA(Deals[@])", undefined, "S!A1")).toBe("COUNTA(Deals[#This Row])");
  });
});
