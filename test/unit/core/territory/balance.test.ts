import fc from "fast-check";
import { balanceIndex, balanceStats } from "../../../../src/core/territory/balanceIndex";
import { balanceReport } from "../../../../src/core/territory/balanceReport";
import { TerritoryError } from "../../../../src/core/territory/territoryError";

const value = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error("expected ok");
  return result.value;
};

describe("balance indexes", () => {
  it("gives 0, 0 and 1 for equal values", () => {
    expect(value(balanceIndex([1, 1, 1, 1], "gini"))).toBe(0);
    expect(value(balanceIndex([1, 1, 1, 1], "cv"))).toBe(0);
    expect(value(balanceIndex([7, 7, 7], "maxmin"))).toBe(1);
    // 0.1 × 3 does not average to exactly 0.1 in binary; still exactly 0.
    expect(value(balanceIndex([0.1, 0.1, 0.1], "cv"))).toBe(0);
    expect(value(balanceIndex([5], "gini"))).toBe(0);
  });

  it("matches hand-computed values for 1, 2, 3, 4", () => {
    // mean 2.5; population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25; sd √1.25.
    expect(value(balanceIndex([1, 2, 3, 4], "cv"))).toBeCloseTo(Math.sqrt(1.25) / 2.5, 12);
    // Σ|xi − xj| over ordered pairs = 20; 20 / (2 · 4² · 2.5) = 0.25.
    expect(value(balanceIndex([4, 1, 3, 2], "gini"))).toBeCloseTo(0.25, 12);
    expect(value(balanceIndex([1, 2, 3, 4], "maxmin"))).toBe(4);
    // One holder of everything among four: Gini (n − 1) / n = 0.75.
    expect(value(balanceIndex([0, 0, 0, 10], "gini"))).toBeCloseTo(0.75, 12);
    expect(value(balanceIndex([2, 4, 4, 4, 5, 5, 7, 9], "cv"))).toBeCloseTo(2 / 5, 12);
    expect(balanceIndex([1, 3])).toEqual({ ok: true, value: 0.5 });
  });

  it("reports empty, negative, non-numeric and undefined cases as issues", () => {
    expect(balanceIndex([], "cv")).toMatchObject({ ok: false, issues: [{ code: "no_values" }] });
    expect(balanceIndex([1, -1], "gini")).toMatchObject({ ok: false, issues: [{ code: "negative_value", path: ["values", 1] }] });
    expect(balanceIndex([1, NaN], "cv")).toMatchObject({ ok: false, issues: [{ code: "not_a_number" }] });
    expect(balanceIndex([0, 0], "cv")).toMatchObject({ ok: false, issues: [{ code: "zero_mean" }] });
    expect(balanceIndex([0, 0], "gini")).toMatchObject({ ok: false, issues: [{ code: "zero_mean" }] });
    expect(balanceIndex([0, 5], "maxmin")).toMatchObject({ ok: false, issues: [{ code: "zero_minimum" }] });
    expect(value(balanceIndex([0, 5], "gini"))).toBeCloseTo(0.5, 12);
    expect(() => balanceIndex([1], "theil" as "cv")).toThrow(TerritoryError);
  });

  it("keeps Gini in [0, 1) and CV ≥ 0, and is scale-free", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 1000 }), (values, scale) => {
        const stats = value(balanceStats(values));
        expect(stats.gini).toBeGreaterThanOrEqual(0);
        expect(stats.gini).toBeLessThan(1);
        expect(stats.cv).toBeGreaterThanOrEqual(0);
        const scaled = value(balanceStats(values.map((v) => v * scale)));
        expect(scaled.gini).toBeCloseTo(stats.gini as number, 9);
        expect(scaled.cv).toBeCloseTo(stats.cv as number, 9);
        // The Gini's pairwise definition, straight from the formula.
        let pairs = 0;
        for (const a of values) for (const b of values) pairs += Math.abs(a - b);
        expect(stats.gini).toBeCloseTo(pairs / (2 * values.length * values.length * stats.mean), 9);
      }),
    );
  });
});

describe("balance report", () => {
  it("gives each item as a share of the mean and flags those outside ±15 %", () => {
    const { report, issues } = balanceReport([
      { id: "A", value: 80 },
      { id: "B", value: 100 },
      { id: "C", value: 115 },
      { id: "D", value: 105 },
    ]);
    expect(issues).toEqual([]);
    expect(report.stats?.mean).toBe(100);
    expect(report.items.map((i) => i.ofMean)).toEqual([0.8, 1, 1.15, 1.05]);
    // Exactly +15 % is inside the corridor; 20 % below is outside.
    expect(report.outside).toEqual([{ id: "A", value: 80, ofMean: 0.8, position: "below" }]);
    expect(balanceReport([{ id: "A", value: 80 }, { id: "B", value: 120 }], 0.25).report.outside).toEqual([]);
  });

  it("reports all-zero values and keeps the report's shape", () => {
    const { report, issues } = balanceReport([{ id: "A", value: 0 }, { id: "B", value: 0 }]);
    expect(issues[0].code).toBe("zero_mean");
    expect(report.stats).toMatchObject({ cv: null, gini: null, maxMin: null });
    expect(report.items.every((i) => i.ofMean === null && i.position === "within")).toBe(true);
    const negative = balanceReport([{ id: "A", value: 3 }, { id: "B", value: -1 }]);
    expect(negative.report.stats).toBeNull();
    expect(negative.issues[0]).toMatchObject({ code: "negative_value", path: ["values", "B"] });
    expect(balanceReport([]).issues[0].code).toBe("no_values");
  });
});
