import { calculateCommissions } from "../../../../src/core/commission/engine";
import { creditBasis } from "../../../../src/core/commission/credit";
import { assign, cents, deal, input, plan, quota, rep } from "./fixtures";

const FLAT = { tiers: [{ threshold: 0, rate: 0.1 }] };

describe("credit", () => {
  it("splits a deal by the explicit split list", () => {
    const d = deal({ amount: 50_000 });
    const run = calculateCommissions(
      input([plan({ rates: FLAT })], { opportunities: [d], reps: [rep("R1"), rep("R2")], quotas: [quota("R1", "FY2027-Q2", 100_000), quota("R2", "FY2027-Q2", 100_000)] }, {
        assignments: [assign("R1"), assign("R2")],
        splits: [
          { opportunityId: d.id, repId: "R1", share: 0.6 },
          { opportunityId: d.id, repId: "R2", share: 0.4 },
        ],
      }),
    );
    expect(run.reps.map((r) => [r.repId, r.credit, r.payout])).toEqual([
      ["R1", 30_000, 3_000],
      ["R2", 20_000, 2_000],
    ]);
  });

  it("gives overlay credit on top of the 100% and rolls credit up to managers on roll-up plans", () => {
    const d = deal({ amount: 50_000 });
    const reps = [rep("R1", { managerId: "M1" }), rep("OV"), rep("M1", { managerId: "VP" }), rep("VP")];
    const quotas = ["R1", "OV", "M1", "VP"].map((id) => quota(id, "FY2027-Q2", 100_000));
    const managerPlan = plan({ id: "MGR", rates: { tiers: [{ threshold: 0, rate: 0.02 }] }, credit: { rollUpToManagers: true } });
    const run = calculateCommissions(
      input([plan({ rates: FLAT }), managerPlan], { opportunities: [d], reps, quotas }, {
        assignments: [assign("R1"), assign("OV"), assign("M1", "MGR"), assign("VP", "MGR")],
        splits: [{ opportunityId: d.id, repId: "OV", share: 0.5, kind: "overlay" }],
      }),
    );
    const byRep = new Map(run.reps.map((r) => [r.repId, r]));
    expect(byRep.get("R1")?.credit).toBe(50_000);
    expect(byRep.get("OV")?.credit).toBe(25_000);
    expect(byRep.get("M1")?.payout).toBe(1_000);
    expect(byRep.get("VP")?.payout).toBe(1_000);
    expect(byRep.get("VP")?.lines[0].description).toContain("team roll-up");
  });

  it("credits ACV and first-year value, and counts only the plan's types and products", () => {
    expect(creditBasis({ amount: 36_000, termMonths: 36 }, "acv")).toBe(12_000);
    expect(creditBasis({ amount: 6_000, termMonths: 6 }, "acv")).toBe(12_000);
    expect(creditBasis({ amount: 6_000, termMonths: 6 }, "firstYear")).toBe(6_000);
    expect(creditBasis({ amount: 6_000, termMonths: null }, "acv")).toBeNull();
    const deals = [deal({ amount: 36_000, termMonths: 36 }), deal({ amount: 50_000, type: "Renewal" }), deal({ amount: 9_000, product: "Services" })];
    const run = calculateCommissions(input([plan({ rates: FLAT, credit: { basis: "acv", types: ["New Business"], products: ["Platform"] } })], { opportunities: deals }));
    expect(run.reps[0].credit).toBe(12_000);
  });

  it("converts credit to the plan currency at the rate of the month the deal closed, and the quota at the period's end", () => {
    const fxRates = [
      { currency: "EUR", period: "FY2027-M4", rateToCorporate: 1.1 },
      { currency: "EUR", period: "FY2027-M6", rateToCorporate: 1.2 },
    ];
    const run = calculateCommissions(input([plan({ rates: FLAT })], { opportunities: [deal({ amount: 10_000, currency: "EUR", closeDate: "2026-05-20" })], fxRates, quotas: [quota("R1", "FY2027-Q2", 100_000, "EUR")] }));
    expect(run.reps[0].credit).toBeCloseTo(11_000, 9);
    expect(run.reps[0].quota).toBeCloseTo(120_000, 9);
    expect(run.reps[0].payout).toBe(1_100);
  });
});

describe("rates", () => {
  it("multiplies a matching deal's commission and shows the uplift as its own line", () => {
    const deals = [deal({ amount: 10_000, termMonths: 24 }), deal({ amount: 10_000, termMonths: 12 })];
    const run = calculateCommissions(input([plan({ rates: FLAT, multipliers: [{ id: "multi-year", factor: 1.5, when: { termMonthsOver: 12 } }] })], { opportunities: deals }));
    const uplift = run.reps[0].lines.filter((line) => line.kind === "multiplier");
    expect(uplift.map((line) => [line.opportunityIds[0], line.amount])).toEqual([[deals[0].id, 500]]);
    expect(run.reps[0].payout).toBe(2_500);
  });

  it("pays nothing below the gate and the full rate above it", () => {
    const gated = plan({ rates: FLAT, gate: { minAttainment: 0.5 } });
    const below = calculateCommissions(input([gated], { opportunities: [deal({ amount: 40_000 })] }));
    expect(below.reps[0].payout).toBe(0);
    expect(below.reps[0].lines[0].description).toContain("gate not met");
    const above = calculateCommissions(input([gated], { opportunities: [deal({ amount: 60_000 })] }));
    expect(above.reps[0].payout).toBe(6_000);
  });

  it("pays half rate below a threshold, and once it is reached the full rate reaches back to the earlier deals", () => {
    const thresholdPlan = plan({ rates: FLAT, threshold: { attainment: 0.5, rateFactor: 0.5 } });
    const early = deal({ amount: 30_000, closeDate: "2026-05-05" });
    const below = calculateCommissions(input([thresholdPlan], { opportunities: [early] }));
    expect(below.reps[0].payout).toBe(1_500);
    const later = deal({ amount: 30_000, closeDate: "2026-07-05" });
    const reached = calculateCommissions(input([thresholdPlan], { opportunities: [early, later] }));
    expect(reached.reps[0].lines.map((line) => line.amount)).toEqual([3_000, 3_000]);
  });
});

describe("caps", () => {
  const deals = () => [deal({ amount: 100_000, closeDate: "2026-05-05" }), deal({ amount: 20_000, closeDate: "2026-05-06" })];

  it("caps each deal", () => {
    const run = calculateCommissions(input([plan({ rates: FLAT, caps: { perDeal: 5_000 } })], { opportunities: deals() }));
    expect(run.reps[0].totals.caps).toBe(-5_000);
    expect(run.reps[0].payout).toBe(7_000);
  });

  it("caps the period", () => {
    const run = calculateCommissions(input([plan({ rates: FLAT, caps: { perPeriod: 10_000 } })], { opportunities: deals() }));
    expect(run.reps[0].payout).toBe(10_000);
  });

  it("caps at a multiple of the target incentive, prorated with it", () => {
    const run = calculateCommissions(input([plan({ rates: FLAT, targetIncentive: 4_000, caps: { targetIncentiveMultiple: 2 } })], { opportunities: deals() }));
    expect(run.reps[0].payout).toBe(8_000);
    const missing = calculateCommissions(input([plan({ rates: FLAT, caps: { targetIncentiveMultiple: 2 } })], { opportunities: deals() }));
    expect(missing.issues.map((issue) => issue.code)).toEqual(["no_target_incentive"]);
  });
});

describe("bonuses and SPIFs", () => {
  it("pays a bonus at an attainment, a SPIF per product deal and one on a deal count", () => {
    const deals = [deal({ amount: 60_000, product: "Security" }), deal({ amount: 50_000 }), deal({ amount: 10_000, product: "Security" })];
    const run = calculateCommissions(
      input([
        plan({
          rates: FLAT,
          bonuses: [
            { id: "club", kind: "bonus", amount: 5_000, when: { attainmentAtLeast: 1.2 } },
            { id: "security", kind: "spif", amount: 250, per: "deal", when: { products: ["Security"] } },
            { id: "three-deals", kind: "spif", amount: 1_000, when: { minDeals: 3 } },
            { id: "unreached", kind: "bonus", amount: 9_999, when: { attainmentAtLeast: 1.5 } },
          ],
        }),
      ], { opportunities: deals }),
    );
    expect(run.reps[0].totals.bonuses).toBe(5_000);
    expect(run.reps[0].totals.spifs).toBe(1_500);
    expect(run.reps[0].lines.filter((line) => line.rule === "bonuses[1]").map((line) => line.opportunityIds[0])).toEqual([deals[0].id, deals[2].id]);
  });
});

describe("clawbacks", () => {
  it("reverses a cancelled deal's commission at its original rate in the period of cancellation, within the window", () => {
    const d = deal({ amount: 120_000, closeDate: "2026-06-01" });
    const other = deal({ amount: 10_000, closeDate: "2026-09-01" });
    const clawPlan = plan({ clawback: { windowDays: 90 } });
    const quotas = [quota("R1", "FY2027-Q2", 100_000), quota("R1", "FY2027-Q3", 100_000)];
    const q2 = calculateCommissions(input([clawPlan], { opportunities: [d, other], quotas }));
    const paid = cents(q2.reps[0].lines.filter((line) => line.opportunityIds.includes(d.id)));
    expect(paid).toBe(1_300_000);
    const q3 = calculateCommissions(input([clawPlan], { opportunities: [d, other], quotas }, { period: "FY2027-Q3", cancellations: [{ opportunityId: d.id, cancelDate: "2026-08-20" }] }));
    const clawback = q3.reps[0].lines.filter((line) => line.kind === "clawback");
    expect(clawback.map((line) => [line.opportunityIds[0], line.amount])).toEqual([[d.id, -13_000]]);
    expect(q3.reps[0].payout).toBe(1_000 - 13_000);
    const late = calculateCommissions(input([clawPlan], { opportunities: [d, other], quotas }, { period: "FY2027-Q3", cancellations: [{ opportunityId: d.id, cancelDate: "2026-09-20" }] }));
    expect(late.reps[0].totals.clawbacks).toBe(0);
  });
});

describe("proration and assignments", () => {
  it("prorates quota and target incentive by days for a rep who starts mid-period", () => {
    // Q2 FY2027 has 92 days; starting 2026-06-16 leaves 46.
    const run = calculateCommissions(input([plan({ rates: FLAT, targetIncentive: 10_000 })], { reps: [rep("R1", { startDate: "2026-06-16" })], opportunities: [deal({ amount: 10_000, closeDate: "2026-07-01" }), deal({ amount: 99_000, closeDate: "2026-06-01" })] }));
    const segment = run.reps[0].segments[0];
    expect(segment.prorationFactor).toBe(0.5);
    expect(segment.quota).toBe(50_000);
    expect(segment.targetIncentive).toBe(5_000);
    // A deal closed before the rep started is not theirs on this plan.
    expect(run.reps[0].credit).toBe(10_000);
  });

  it("computes a plan move mid-period as two segments, each on its own plan and days", () => {
    const deals = [deal({ amount: 40_000, closeDate: "2026-05-10" }), deal({ amount: 40_000, closeDate: "2026-07-10" })];
    const run = calculateCommissions(
      input([plan({ id: "A", rates: FLAT }), plan({ id: "B", rates: { tiers: [{ threshold: 0, rate: 0.2 }] } })], { opportunities: deals }, {
        assignments: [assign("R1", "A", "2020-01-01", "2026-06-15"), assign("R1", "B", "2026-06-16")],
      }),
    );
    const result = run.reps[0];
    expect(result.segments.map((s) => [s.planId, s.from, s.to, s.prorationFactor, s.quota, s.credit])).toEqual([
      ["A", "2026-05-01", "2026-06-15", 0.5, 50_000, 40_000],
      ["B", "2026-06-16", "2026-07-31", 0.5, 50_000, 40_000],
    ]);
    expect(result.payout).toBe(4_000 + 8_000);
  });

  it("takes a mid-period quota change from two assignments of the same plan", () => {
    const run = calculateCommissions(
      input([plan({ rates: FLAT })], { opportunities: [deal({ amount: 60_000, closeDate: "2026-07-01" })] }, {
        assignments: [assign("R1", "P", "2020-01-01", "2026-06-15", { quota: 80_000 }), assign("R1", "P", "2026-06-16", null, { quota: 120_000 })],
      }),
    );
    expect(run.reps[0].segments.map((s) => s.quota)).toEqual([40_000, 60_000]);
    expect(run.reps[0].quota).toBe(100_000);
  });
});

describe("YTD true-up for retroactive plans", () => {
  it("pays YTD earned − paid to date when a later period lifts the rate for the whole year", () => {
    const retro = plan({ trueUp: "ytd", rates: { method: "retroactive", tiers: [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }] } });
    const quotas = ["FY2027-Q1", "FY2027-Q2"].map((period) => quota("R1", period, 100_000));
    const deals = [deal({ amount: 80_000, closeDate: "2026-03-01" }), deal({ amount: 140_000, closeDate: "2026-06-01" })];
    const q1 = calculateCommissions(input([retro], { opportunities: deals, quotas }, { period: "FY2027-Q1" }));
    expect(q1.reps[0].payout).toBe(8_000);
    const q2 = calculateCommissions(input([retro], { opportunities: deals, quotas }, { period: "FY2027-Q2", priorState: q1.state }));
    // YTD credit 220,000 on a 200,000 YTD quota reaches 15%: earned 33,000, paid 8,000.
    expect(q2.reps[0].payout).toBe(25_000);
    expect(q2.reps[0].totals.trueUp).toBe(4_000);
    expect(q2.state[0].ytdCommissionPaid).toBe(33_000);
    const unfed = calculateCommissions(input([retro], { opportunities: deals, quotas }, { period: "FY2027-Q2", priorState: undefined }));
    expect(unfed.issues.map((issue) => issue.code)).toEqual(["missing_prior_state"]);
  });
});

describe("adjustments and locked periods", () => {
  it("adds manual adjustments as lines and reports a difference to a locked payout", () => {
    const run = calculateCommissions(
      input([plan({ rates: FLAT })], { opportunities: [deal({ amount: 10_000 })] }, {
        adjustments: [{ repId: "R1", period: "FY2027-Q2", amount: 123.455, reason: "Q1 correction" }],
        lockedPayouts: [{ repId: "R1", period: "FY2027-Q2", payout: 1_000 }],
      }),
    );
    expect(run.reps[0].payout).toBe(1_123.46);
    expect(run.reps[0].locked).toEqual({ payout: 1_000, difference: 123.46 });
  });
});
