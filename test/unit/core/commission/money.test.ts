import fc from "fast-check";
import { toCents } from "../../../../src/core/commission/money";
import { CommissionError } from "../../../../src/core/commission/errors";

describe("toCents: the one rounding rule of statement lines", () => {
  it("rounds half away from zero, including halves binary floating point stores just below", () => {
    expect([1.005, 2.345, -2.345, 0.125, -0.125, 1.004999, 0.0049, -0.0049].map(toCents)).toEqual([101, 235, -235, 13, -13, 100, 0, 0]);
    expect(Object.is(toCents(-0.001), 0)).toBe(true);
  });

  it("is exact on whole cents and within half a cent of any amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => expect(toCents(cents / 100)).toBe(cents)),
    );
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (amount) => expect(Math.abs(toCents(amount) - amount * 100)).toBeLessThanOrEqual(0.5 + 1e-6 * Math.max(1, Math.abs(amount)))));
  });

  it("throws a named error for a non-finite amount", () => {
    expect(() => toCents(Number.NaN)).toThrow(CommissionError);
  });
});
