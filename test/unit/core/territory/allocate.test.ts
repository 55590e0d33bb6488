import fc from "fast-check";
import { allocate } from "../../../../src/core/territory/allocate";

const shares = (result: ReturnType<typeof allocate>): number[] => {
  if (!result.ok) throw new Error(result.issues[0].message);
  return result.value;
};

describe("allocate", () => {
  it("splits by largest remainder, earlier positions first on equal remainders", () => {
    expect(shares(allocate(100, [1, 1, 1], 1))).toEqual([34, 33, 33]);
    expect(shares(allocate(10, [1, 2, 3, 4], 1))).toEqual([1, 2, 3, 4]);
    // Ideal 14.29, 28.57, 57.14: floors 14, 28, 57 leave 1, to the largest remainder (28.57).
    expect(shares(allocate(100, [1, 2, 4], 1))).toEqual([14, 29, 57]);
    expect(shares(allocate(100_000, [1, 1, 1], 1000))).toEqual([34_000, 33_000, 33_000]);
    expect(shares(allocate(1, [1, 1, 1], 0.01))).toEqual([0.34, 0.33, 0.33]);
  });

  it("leaves shares unrounded without round_to", () => {
    expect(shares(allocate(1000, [2, 1, 1]))).toEqual([500, 250, 250]);
    expect(shares(allocate(100, [1, 1, 1]))[0]).toBeCloseTo(33.333333, 5);
    expect(shares(allocate(100, [0, 1]))).toEqual([0, 100]);
  });

  it("adds the part of a total below one unit to the largest share", () => {
    expect(shares(allocate(1050, [1, 1], 100))).toEqual([550, 500]);
    expect(shares(allocate(1050, [1, 3], 100))).toEqual([300, 750]);
  });

  it("reports bad inputs as issues", () => {
    expect(allocate(100, [], 1)).toMatchObject({ ok: false, issues: [{ code: "no_weights" }] });
    expect(allocate(100, [0, 0], 1)).toMatchObject({ ok: false, issues: [{ code: "zero_weights" }] });
    expect(allocate(100, [1, -1], 1)).toMatchObject({ ok: false, issues: [{ code: "negative_weight", path: ["weights", 1] }] });
    expect(allocate(-5, [1], 1)).toMatchObject({ ok: false, issues: [{ code: "negative_total" }] });
    expect(allocate(100, [1], 0)).toMatchObject({ ok: false, issues: [{ code: "invalid_round_to" }] });
    expect(allocate(NaN, [1])).toMatchObject({ ok: false, issues: [{ code: "not_a_number" }] });
  });

  it("sums exactly to a total that is a multiple of round_to, each share on the grid and near its ideal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 10, 100, 1000),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0)),
        (roundTo, units, weights) => {
          const total = units * roundTo;
          const result = shares(allocate(total, weights, roundTo));
          expect(result.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          result.forEach((share, i) => {
            expect(share % roundTo).toBe(0);
            expect(Math.abs(share - (total * weights[i]) / sum)).toBeLessThan(roundTo + 1e-6);
            if (weights[i] === 0) expect(share).toBe(0);
          });
        },
      ),
    );
  });

  it("sums exactly to any whole total even off the grid", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        expect(shares(allocate(total, weights, 1000)).reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });
});
