import { coerceAmount } from "../../../../src/core/import/coerceAmount";
import { coerceDate } from "../../../../src/core/import/coerceDate";
import { coerceProbability } from "../../../../src/core/import/coerceProbability";
import { readCurrency } from "../../../../src/core/import/readCurrency";

const date = (cell: string | number, order?: "MDY" | "DMY") => {
  const result = coerceDate(cell, order);
  return result.ok ? result.value : result.code;
};
const amount = (cell: string | number, decimal?: "." | "," | "auto") => {
  const result = coerceAmount(cell, decimal);
  return result.ok ? result.value : result.code;
};
const probability = (cell: string | number) => {
  const result = coerceProbability(cell);
  return result.ok ? result.value : result.code;
};

describe("coerceDate", () => {
  it.each([
    ["2026-11-27", "2026-11-27"],
    ["2026-11-27T14:05:00Z", "2026-11-27"],
    ["2026-11-27 23:30", "2026-11-27"],
    ["2026-11-27T00:00:00.000+09:00", "2026-11-27"],
    ["11/27/2026", "2026-11-27"],
    ["3/4/2026", "2026-03-04"],
    ["27/11/2026", "2026-11-27"],
    ["27.11.2026", "2026-11-27"],
    ["8/14/2026 9:32 AM", "2026-08-14"],
    ["27-Nov-2026", "2026-11-27"],
    ["27-Nov-26", "2026-11-27"],
    ["Nov 27, 2026", "2026-11-27"],
    ["November 27, 2026", "2026-11-27"],
    ["27 November 2026", "2026-11-27"],
    ["2026/11/27", "2026-11-27"],
    ["20261127", "2026-11-27"],
    [46353, "2026-11-27"],
    ["46353", "2026-11-27"],
    [46353.75, "2026-11-27"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %p as %p", (cell, expected) => {
    expect(date(cell)).toBe(expected);
  });

  it("reads day-first when told, and keeps M/D/YYYY as the default", () => {
    expect(date("3/4/2026", "DMY")).toBe("2026-04-03");
    expect(date("3/4/2026")).toBe("2026-03-04");
  });

  it.each(["2026-02-30", "2025-02-29", "13/45/2026", "not set", "2026-31-12 00:00", "", "Smarch 3, 2026"])("rejects %p with invalid_date", (cell) => {
    expect(date(cell)).toBe("invalid_date");
  });

  it("rejects Excel's fictitious 29 February 1900 and non-dates", () => {
    expect(date(60)).toBe("invalid_date");
    expect(coerceDate(true).ok).toBe(false);
  });
});

describe("coerceAmount", () => {
  it.each([
    ["1200", { amount: 1200, currency: null }],
    [1200.5, { amount: 1200.5, currency: null }],
    ["1,200.50", { amount: 1200.5, currency: null }],
    ["$1,200.50", { amount: 1200.5, currency: "USD" }],
    ["€1.234,56", { amount: 1234.56, currency: "EUR" }],
    ["€16.500", { amount: 16500, currency: "EUR" }],
    ["R$ 2.500,00", { amount: 2500, currency: "BRL" }],
    ["£36,500", { amount: 36500, currency: "GBP" }],
    ["¥12,000,000", { amount: 12000000, currency: "JPY" }],
    ["USD 48,000.00", { amount: 48000, currency: "USD" }],
    ["48.000,00 EUR", { amount: 48000, currency: "EUR" }],
    ["(1,200.00)", { amount: -1200, currency: null }],
    ["-$1,200", { amount: -1200, currency: "USD" }],
    ["1200-", { amount: -1200, currency: null }],
    ["1.234.567", { amount: 1234567, currency: null }],
    ["12,5", { amount: 12.5, currency: null }],
    ["1 234 567,89", { amount: 1234567.89, currency: null }],
    ["1,234", { amount: 1234, currency: null }],
    ["1.234", { amount: 1.234, currency: null }],
  ])("reads %p", (cell, expected) => {
    expect(amount(cell)).toEqual(expected);
  });

  it("follows a configured decimal comma", () => {
    expect(amount("1.234", ",")).toEqual({ amount: 1234, currency: null });
    expect(amount("1.234,5", ",")).toEqual({ amount: 1234.5, currency: null });
  });

  it.each(["TBD", "twelve thousand", "1O54", "$", "1,2,3.4.5", "12k"])("rejects %p with invalid_amount", (cell) => {
    expect(amount(cell)).toBe("invalid_amount");
  });
});

describe("coerceProbability", () => {
  it.each([
    [0.3, 0.3],
    [30, 0.3],
    ["30%", 0.3],
    ["30 %", 0.3],
    ["0.3", 0.3],
    ["75", 0.75],
    [1, 1],
    [0, 0],
    ["12,5%", 0.125],
    [100, 1],
  ])("reads %p as %p", (cell, expected) => {
    expect(probability(cell)).toBeCloseTo(expected, 10);
  });

  it.each(["high", "150%", -0.1, 101])("rejects %p", (cell) => {
    expect(probability(cell)).toBe("invalid_probability");
  });
});

describe("readCurrency", () => {
  it("reads codes, symbols and the names Dynamics exports", () => {
    expect(readCurrency("eur")).toBe("EUR");
    expect(readCurrency("R$")).toBe("BRL");
    expect(readCurrency("US Dollar")).toBe("USD");
    expect(readCurrency("Pound Sterling")).toBe("GBP");
    expect(readCurrency("dollars")).toBeNull();
  });
});
