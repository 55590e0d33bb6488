import { monthsBetween, rampFactor } from "../../../../src/core/territory/ramp";
import { TerritoryError } from "../../../../src/core/territory/territoryError";

const factor = (start: string, asOf: string, months: number): number => {
  const result = rampFactor(start, asOf, months);
  if (!result.ok) throw new Error(result.issues[0].message);
  return result.value;
};

describe("ramp", () => {
  it("is 0 before and on the start date, linear in calendar months, 1 after the ramp", () => {
    expect(factor("2026-01-15", "2025-06-01", 6)).toBe(0);
    expect(factor("2026-01-15", "2026-01-15", 6)).toBe(0);
    expect(factor("2026-01-15", "2026-04-15", 6)).toBe(0.5);
    expect(factor("2026-01-15", "2026-07-15", 6)).toBe(1);
    expect(factor("2026-01-15", "2030-01-01", 6)).toBe(1);
    expect(factor("2026-01-01", "2026-01-16", 1)).toBeCloseTo(15 / 31, 12);
  });

  it("handles a zero ramp, month ends and leap days", () => {
    expect(factor("2026-01-15", "2026-01-15", 0)).toBe(1);
    expect(factor("2026-01-15", "2026-01-14", 0)).toBe(0);
    // 31 January + 1 month is 28 February: one whole month, not a month and a bit.
    expect(monthsBetween("2026-01-31", "2026-02-28")).toBe(1);
    expect(monthsBetween("2024-02-29", "2025-02-28")).toBe(12);
    expect(monthsBetween("2026-04-15", "2026-01-15")).toBe(-3);
  });

  it("reports a negative ramp as an issue and throws on a malformed date", () => {
    expect(rampFactor("2026-01-15", "2026-04-15", -1)).toMatchObject({ ok: false, issues: [{ code: "invalid_ramp_months" }] });
    expect(rampFactor("2026-01-15", "2026-04-15", NaN).ok).toBe(false);
    expect(() => rampFactor("15/01/2026", "2026-04-15", 3)).toThrow(TerritoryError);
  });
});
