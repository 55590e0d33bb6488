import fc from "fast-check";
import { FUTURE_FUNCTION_PREFIXES, prefixFutureFunctions } from "../../../src/xlsx";
import { formulaSegments } from "../../../src/xlsx/formulas/formulaSegments";

describe("prefixFutureFunctions", () => {
  it.each([
    ["FORECAST.LINEAR(A9,B2:B8,A2:A8)", "_xlfn.FORECAST.LINEAR(A9,B2:B8,A2:A8)"],
    ["FORECAST.ETS(A9,B2:B8,A2:A8,1)", "_xlfn.FORECAST.ETS(A9,B2:B8,A2:A8,1)"],
    ["STDEV.S(B:B)/AVERAGE(B:B)", "_xlfn.STDEV.S(B:B)/AVERAGE(B:B)"],
    ["IFNA(MAXIFS(C:C,A:A,\"NA\"),0)", "_xlfn.IFNA(_xlfn.MAXIFS(C:C,A:A,\"NA\"),0)"],
    ["IFS(A1>0,1,TRUE,MINIFS(C:C,A:A,1))", "_xlfn.IFS(A1>0,1,TRUE,_xlfn.MINIFS(C:C,A:A,1))"],
    ["CONCAT(A1,TEXTJOIN(\",\",TRUE,B1:B3))", "_xlfn.CONCAT(A1,_xlfn.TEXTJOIN(\",\",TRUE,B1:B3))"],
    ["XLOOKUP(A1,B:B,C:C)+DAYS(D1,E1)+ISOWEEKNUM(F1)", "_xlfn.XLOOKUP(A1,B:B,C:C)+_xlfn.DAYS(D1,E1)+_xlfn.ISOWEEKNUM(F1)"],
    ["AGGREGATE(9,6,C2:C9)", "_xlfn.AGGREGATE(9,6,C2:C9)"],
    ["FILTER(A:A,B:B>0)", "_xlfn._xlws.FILTER(A:A,B:B>0)"],
    // Lower case is accepted and stored the way Excel stores names.
    ["stdev.s(B2:B9)", "_xlfn.STDEV.S(B2:B9)"],
  ])("%s → %s", (formula, expected) => {
    expect(prefixFutureFunctions(formula)).toBe(expected);
  });

  it("leaves Excel 2007 functions, including ones whose names end like a future function", () => {
    const formula = 'COUNTIFS(A:A,"NA")+SUMIFS(C:C,A:A,"NA")+AVERAGEIFS(C:C,A:A,"x")+FORECAST(1,B:B,A:A)+STDEV(B:B)+NETWORKDAYS.INTL(A1,B1)';
    expect(prefixFutureFunctions(formula)).toBe(formula);
  });

  it("does not touch string literals, quoted sheet names or structured references", () => {
    expect(prefixFutureFunctions('IF(A1="IFS(1)",\'IFS(x)\'!A1,Deals[IFS(col)])')).toBe('IF(A1="IFS(1)",\'IFS(x)\'!A1,Deals[IFS(col)])');
    expect(prefixFutureFunctions('"say ""CONCAT(a)"" twice"&CONCAT(A1)')).toBe('"say ""CONCAT(a)"" twice"&_xlfn.CONCAT(A1)');
  });

  it("does not prefix a name that is not called, nor one already prefixed", () => {
    expect(prefixFutureFunctions("DAYS+1")).toBe("DAYS+1");
    expect(prefixFutureFunctions("_xlfn.STDEV.S(B:B)+My.IFS(1)")).toBe("_xlfn.STDEV.S(B:B)+My.IFS(1)");
  });

  it("is idempotent", () => {
    const names = [...FUTURE_FUNCTION_PREFIXES.keys()];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names, "SUM", "A1", '"IFS("', "+", ","), { maxLength: 8 }), (parts) => {
        const formula = parts.map((part) => (/^[A-Z.]+$/.test(part) && part !== "A1" ? `${part}(1)` : part)).join("");
        const once = prefixFutureFunctions(formula);
        expect(prefixFutureFunctions(once)).toBe(once);
      }),
    );
  });
});

describe("formulaSegments", () => {
  it("gives the formula back when joined, whatever it holds", () => {
    fc.assert(fc.property(fc.string(), (formula) => expect(formulaSegments(formula).map((s) => s.text).join("")).toBe(formula)));
  });

  it("keeps escaped brackets inside a structured reference", () => {
    expect(formulaSegments("T[[#This Row],[a']b]]+1").map((s) => s.kind)).toEqual(["text", "bracket", "text"]);
  });
});
