import fc from "fast-check";
import { fiscalLabel, fiscalPeriodOf, fiscalPeriodRange, isInFiscalPeriod, parseFiscalLabel } from "../../../../src/core/model/fiscalCalendar";
import { differenceInCalendarDays } from "date-fns";
import { excelSerialToIsoDate, isoDateToExcelSerial, isoDayNumber, parseIsoDate, toIsoDate } from "../../../../src/core/model/isoDate";

describe("fiscal calendar", () => {
  it("names a February-start year by the calendar year it ends in", () => {
    expect(fiscalLabel("2026-11-27", 2, "quarter")).toBe("FY2027-Q4");
    expect(fiscalLabel("2026-11-27", 2, "month")).toBe("FY2027-M10");
    expect(fiscalLabel("2026-02-01", 2, "year")).toBe("FY2027");
    expect(fiscalLabel("2027-01-31", 2, "month")).toBe("FY2027-M12");
    expect(fiscalLabel("2026-01-31", 2, "year")).toBe("FY2026");
  });

  it("uses the calendar year when the fiscal year starts in January", () => {
    expect(fiscalLabel("2026-11-27", 1, "month")).toBe("FY2026-M11");
    expect(fiscalLabel("2026-01-01", 1, "quarter")).toBe("FY2026-Q1");
  });

  it("handles July and October starts", () => {
    expect(fiscalLabel("2026-07-01", 7, "quarter")).toBe("FY2027-Q1");
    expect(fiscalLabel("2026-06-30", 7, "quarter")).toBe("FY2026-Q4");
    expect(fiscalLabel("2026-12-31", 10, "month")).toBe("FY2027-M3");
  });

  it("gives the first and last day of a period", () => {
    expect(fiscalPeriodRange({ grain: "year", fiscalYear: 2027, index: 0 }, 2)).toEqual({ start: "2026-02-01", end: "2027-01-31" });
    expect(fiscalPeriodRange({ grain: "quarter", fiscalYear: 2027, index: 4 }, 2)).toEqual({ start: "2026-11-01", end: "2027-01-31" });
    expect(fiscalPeriodRange({ grain: "month", fiscalYear: 2028, index: 1 }, 2)).toEqual({ start: "2027-02-01", end: "2027-02-28" });
    expect(fiscalPeriodRange({ grain: "quarter", fiscalYear: 2026, index: 1 }, 1)).toEqual({ start: "2026-01-01", end: "2026-03-31" });
  });

  it("parses labels and refuses impossible ones", () => {
    expect(parseFiscalLabel("FY2027-Q3")).toEqual({ grain: "quarter", fiscalYear: 2027, index: 3 });
    expect(parseFiscalLabel("fy2027-m12")).toEqual({ grain: "month", fiscalYear: 2027, index: 12 });
    expect(parseFiscalLabel("FY2027")).toEqual({ grain: "year", fiscalYear: 2027, index: 0 });
    expect(parseFiscalLabel("FY2027-Q5")).toBeNull();
    expect(parseFiscalLabel("FY2027-M13")).toBeNull();
    expect(parseFiscalLabel("2027-Q1")).toBeNull();
  });

  it("puts every date inside the range of its own period, for every start month and grain", () => {
    const dates = fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true }).map(toIsoDate);
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 12 }), fc.constantFrom("year" as const, "quarter" as const, "month" as const), (date, start, grain) => {
        const period = fiscalPeriodOf(date, start, grain);
        expect(isInFiscalPeriod(date, period, start)).toBe(true);
        expect(parseFiscalLabel(fiscalLabel(date, start, grain))).toEqual(period);
      }),
    );
  });
});

describe("Excel serial dates", () => {
  it("converts both ways like Excel's 1900 date system", () => {
    expect(excelSerialToIsoDate(46353)).toBe("2026-11-27");
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(46353.75)).toBe("2026-11-27");
    expect(isoDateToExcelSerial("2026-11-27")).toBe(46353);
    expect(isoDateToExcelSerial("1900-03-01")).toBe(61);
  });

  it("round-trips every serial except the fictitious 29 February 1900", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        expect(isoDateToExcelSerial(excelSerialToIsoDate(serial) as string)).toBe(serial);
      }),
    );
  });
});

describe("isoDayNumber", () => {
  it("counts days like date-fns across leap years and daylight saving", () => {
    expect(isoDayNumber("1970-01-01")).toBe(0);
    expect(isoDayNumber("2026-11-27") - isoDayNumber("2026-03-01")).toBe(271);
    const dates = fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map(toIsoDate);
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        expect(isoDayNumber(b) - isoDayNumber(a)).toBe(differenceInCalendarDays(parseIsoDate(b) as Date, parseIsoDate(a) as Date));
      }),
    );
  });
});
