import { main } from "../../../src/cli/main";
import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { fiscalPeriod } from "../../../src/functions/functions";

installCustomFunctionsShim();

function captureCli(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { io: { stdout: (t) => (out += t), stderr: (t) => (err += t) }, out: () => out, err: () => err };
}

describe("SALESOPS.FISCALPERIOD", () => {
  it("labels ISO text and Excel serial dates", () => {
    expect(fiscalPeriod("2026-11-27", 2, "quarter")).toBe("FY2027-Q4");
    expect(fiscalPeriod(46353, 1, "month")).toBe("FY2026-M11");
    expect(fiscalPeriod(46353, 2, "YEAR")).toBe("FY2027");
  });

  it("defaults to the workbook's start month and the quarter grain", () => {
    expect(fiscalPeriod("2026-11-27")).toBe("FY2027-Q4");
  });

  it("raises #VALUE! naming the bad argument", () => {
    expect(() => fiscalPeriod("27/11/2026x", 2)).toThrow(/date: "27\/11\/2026x" is not a date/);
    expect(() => fiscalPeriod("2026-11-27", 13)).toThrow(/fiscal_year_start_month: 13 is not a whole number from 1 to 12/);
    expect(() => fiscalPeriod("2026-11-27", 2, "week")).toThrow(/grain: "week" is not one of/);
    try {
      fiscalPeriod(60);
    } catch (error) {
      expect((error as CustomFunctions.Error).code).toBe("#VALUE!");
    }
  });
});

describe("salesops call", () => {
  it("prints the JSON result of a function", async () => {
    const capture = captureCli();
    expect(await main(["call", "SALESOPS.FISCALPERIOD", '["2026-11-27", 2, "quarter"]'], capture.io)).toBe(0);
    expect(capture.out()).toBe('"FY2027-Q4"\n');
  });

  it("prints the Excel error and exits non-zero", async () => {
    const capture = captureCli();
    expect(await main(["call", "SALESOPS.FISCALPERIOD", '["soon"]'], capture.io)).toBe(1);
    expect(capture.err()).toMatch(/^#VALUE! date: "soon" is not a date/);
  });

  it("refuses unknown functions and bad JSON with a usage exit code", async () => {
    const capture = captureCli();
    expect(await main(["call", "SALESOPS.NOPE", "[]"], capture.io)).toBe(2);
    expect(capture.err()).toContain("Known: SALESOPS.FISCALPERIOD");
    expect(await main(["call", "SALESOPS.FISCALPERIOD", "[oops"], capture.io)).toBe(2);
  });
});
