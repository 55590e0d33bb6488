import { RateTable } from "../../../../src/core/model/currency";

describe("RateTable", () => {
  const table = new RateTable("USD", 2, [
    { currency: "EUR", period: "FY2027", rateToCorporate: 1.08 },
    { currency: "EUR", period: "FY2027-Q4", rateToCorporate: 1.1 },
    { currency: "EUR", period: "FY2027-M10", rateToCorporate: 1.12 },
    { currency: "JPY", period: "FY2027-Q3", rateToCorporate: 0.0067 },
  ]);

  it("uses the most specific period a date falls in: month, then quarter, then year", () => {
    expect(table.rateOn("EUR", "2026-11-15")).toEqual({ ok: true, value: 1.12 });
    expect(table.rateOn("EUR", "2026-12-15")).toEqual({ ok: true, value: 1.1 });
    expect(table.rateOn("EUR", "2026-03-01")).toEqual({ ok: true, value: 1.08 });
    expect(table.rateOn("JPY", "2026-09-30")).toEqual({ ok: true, value: 0.0067 });
  });

  it("converts at rate 1 for the corporate currency and keeps aggregates unrounded", () => {
    expect(table.toCorporate(123.456, "USD", "2026-11-27")).toEqual({ ok: true, value: 123.456 });
    expect(table.toCorporate(1_000_000, "JPY", "2026-08-01")).toEqual({ ok: true, value: 1_000_000 * 0.0067 });
  });

  it("names the currency and the period when a rate is missing", () => {
    const result = table.rateOn("BRL", "2026-11-27");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].code).toBe("missing_fx_rate");
      expect(result.issues[0].message).toContain("No BRL rate for FY2027-M10");
    }
  });
});
