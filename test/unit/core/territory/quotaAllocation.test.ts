import fc from "fast-check";
import { allocateQuota } from "../../../../src/core/territory/quotaAllocation";

const rows = [
  { territoryId: "A", bookingsPriorYear: 600, bookingsTtm: 100, potential: 1000 },
  { territoryId: "B", bookingsPriorYear: 300, bookingsTtm: 300, potential: 1000 },
  { territoryId: "C", bookingsPriorYear: 100, bookingsTtm: 600, potential: 2000 },
];

describe("top-down quota allocation", () => {
  it("allocates by each basis", () => {
    const amounts = (method: "even" | "priorYear" | "ttm" | "potential", roundTo?: number) => allocateQuota(1_000_000, rows, { method, roundTo }).allocations.map((a) => a.amount);
    expect(amounts("even", 1000)).toEqual([334_000, 333_000, 333_000]);
    expect(amounts("priorYear")).toEqual([600_000, 300_000, 100_000]);
    expect(amounts("ttm")).toEqual([100_000, 300_000, 600_000]);
    expect(amounts("potential")).toEqual([250_000, 250_000, 500_000]);
  });

  it("blends shares of the bases, not their raw sizes", () => {
    // Prior-year shares 0.6 / 0.3 / 0.1 and potential shares 0.25 / 0.25 / 0.5, half and half.
    const { allocations, issues } = allocateQuota(1_000_000, rows, { method: "blend", blend: { priorYear: 1, potential: 1 }, roundTo: 1000 });
    expect(issues).toEqual([]);
    [0.425, 0.275, 0.3].forEach((share, i) => expect(allocations[i].share).toBeCloseTo(share, 12));
    expect(allocations.map((a) => a.amount)).toEqual([425_000, 275_000, 300_000]);
  });

  it("reports a basis with nothing in it, bad blends and negative figures", () => {
    const zero = rows.map((row) => ({ ...row, bookingsTtm: 0 }));
    expect(allocateQuota(100, zero, { method: "ttm" }).issues[0].code).toBe("zero_basis");
    expect(allocateQuota(100, rows, { method: "blend" }).issues[0].code).toBe("invalid_blend");
    expect(allocateQuota(100, rows, { method: "blend", blend: { ttm: -1 } }).issues[0].code).toBe("invalid_blend");
    expect(allocateQuota(100, [{ ...rows[0], potential: -5 }], { method: "potential" }).issues[0]).toMatchObject({ code: "negative_basis", path: ["territories", "A", "potential"] });
    expect(allocateQuota(100, [], { method: "even" }).issues[0].code).toBe("no_territories");
    expect(allocateQuota(-100, rows, { method: "even" }).issues[0].code).toBe("negative_total");
  });

  it("keeps the total exact for any blend when rounding", () => {
    const row = fc.record({ territoryId: fc.string(), bookingsPriorYear: fc.integer({ min: 0, max: 1e6 }), bookingsTtm: fc.integer({ min: 0, max: 1e6 }), potential: fc.integer({ min: 1, max: 1e7 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 50 }), fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(1, 100, 1000), fc.double({ min: 0, max: 1, noNaN: true }), (territories, thousands, roundTo, mix) => {
        const total = thousands * 1000;
        const { allocations, issues } = allocateQuota(total, territories, { method: "blend", blend: { potential: 1, even: mix }, roundTo });
        expect(issues).toEqual([]);
        expect(allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(total);
        expect(allocations.reduce((sum, a) => sum + a.share, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
