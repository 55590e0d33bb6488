import { CapacityPlanInput, capacityPlan } from "../../../../src/core/territory/capacityPlan";

// FY starts in February: FY2027-Q1 is Feb–Apr 2026, Q2 May–Jul 2026. 120 a year is 10 a month.
const base: CapacityPlanInput = {
  asOf: "2026-02-01",
  fiscalStartMonth: 2,
  quarters: [
    { period: "FY2027-Q1", target: 50 },
    { period: "FY2027-Q2", target: 100 },
  ],
  seats: [
    { id: "A", startDate: "2020-01-01" },
    { id: "B", startDate: "2026-03-01" },
  ],
  ramp: { kind: "linear", months: 2 },
  annualProductivity: 120,
  attritionRate: 0,
  hiringLeadTimeMonths: 1,
};

const planOf = (input: CapacityPlanInput) => {
  const result = capacityPlan(input);
  if (!result.ok) throw new Error(result.issues[0].message);
  return result.value;
};

describe("capacity plan", () => {
  it("computes a tiny plan by hand", () => {
    const plan = planOf(base);
    // Q1: A 3 × 10; B starts 1 March: March (k = 1) 0.25, April (k = 2) 0.75 → 10. Capacity 40, gap 10.
    // A hire requested 1 Feb starts 1 March, ramping like B: 10 in Q1 → 1 hire.
    expect(plan.quarters[0]).toMatchObject({ period: "FY2027-Q1", start: "2026-02-01", end: "2026-04-30", capacity: 40, gap: 10, headcount: 2, capacityPerHire: 10, hiresNeeded: 1 });
    expect(plan.quarters[0].rampedReps).toBeCloseTo(4 / 3, 12);
    // Q2: A 30, B 30, target 100 → gap 40; a hire adds 30 → 2 hires.
    expect(plan.quarters[1]).toMatchObject({ capacity: 60, gap: 40, capacityPerHire: 30, hiresNeeded: 2 });
    expect(plan).toMatchObject({ hireStartDate: "2026-03-01", hiresNeeded: 2, unreachable: [] });
  });

  it("applies a monthly ramp curve, part months, leavers and attrition", () => {
    const curve = planOf({ ...base, ramp: { kind: "monthly", factors: [0, 0.5] } });
    // B: March 0, April 0.5 → 5; A 30.
    expect(curve.quarters[0].capacity).toBe(35);
    const partMonth = planOf({ ...base, seats: [{ id: "C", startDate: "2026-04-16", endDate: null }], ramp: { kind: "linear", months: 0 } });
    // 15 of April's 30 days.
    expect(partMonth.quarters[0].capacity).toBe(5);
    const leaver = planOf({ ...base, seats: [{ id: "A", startDate: "2020-01-01", endDate: "2026-02-28" }] });
    expect(leaver.quarters[0]).toMatchObject({ capacity: 10, headcount: 0 });
    const attrition = planOf({ ...base, seats: [base.seats[0]], attritionRate: 0.19 });
    const s = Math.pow(0.81, 1 / 12);
    expect(attrition.quarters[0].capacity).toBeCloseTo(10 * (1 + s + s * s), 9);
    expect(attrition.quarters[1].capacity).toBeCloseTo(10 * (s ** 3 + s ** 4 + s ** 5), 9);
  });

  it("says when hiring is too late and when nothing is needed", () => {
    const late = planOf({ ...base, hiringLeadTimeMonths: 6 });
    expect(late.quarters.map((q) => q.hiresNeeded)).toEqual([null, null]);
    expect(late.unreachable).toEqual(["FY2027-Q1", "FY2027-Q2"]);
    expect(late.hiresNeeded).toBe(0);
    const enough = planOf({ ...base, quarters: [{ period: "FY2027-Q1", target: 40 }] });
    expect(enough.quarters[0]).toMatchObject({ gap: 0, hiresNeeded: 0 });
  });

  it("reports bad inputs", () => {
    const result = capacityPlan({ ...base, quarters: [{ period: "FY2027", target: -1 }], attritionRate: 1, hiringLeadTimeMonths: 1.5, ramp: { kind: "monthly", factors: [50] } });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["invalid_quarter", "invalid_target", "invalid_attrition", "invalid_lead_time", "invalid_ramp_factor"]);
  });
});
