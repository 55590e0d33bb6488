import { calculateCommissions } from "../../../../src/core/commission/engine";
import type { Plan } from "../../../../src/core/commission/planSchema";
import { assign, deal, input, plan, quota, rep } from "./fixtures";

describe("bad input is reported, never computed with an invented default", () => {
  it("makes a rep without a quota an error for that rep, while others are paid", () => {
    const run = calculateCommissions(
      input([plan()], { reps: [rep("R1"), rep("R2")], quotas: [quota("R1", "FY2027-Q2", 100_000)], opportunities: [deal({ ownerId: "R1" }), deal({ ownerId: "R2" })] }, { assignments: [assign("R1"), assign("R2")] }),
    );
    expect(run.reps.map((r) => r.repId)).toEqual(["R1"]);
    expect(run.issues).toEqual([expect.objectContaining({ code: "no_quota", path: ["reps", "R2", "quota"] })]);
  });

  it("reports a deal in a currency without a rate and leaves it out", () => {
    const bad = deal({ currency: "XYZ", amount: 99_999 });
    const run = calculateCommissions(input([plan()], { opportunities: [bad, deal({ amount: 10_000 })] }));
    expect(run.issues).toEqual([expect.objectContaining({ code: "missing_fx_rate", path: ["opportunities", bad.id, "currency"] })]);
    expect(run.reps[0].credit).toBe(10_000);
    expect(run.reps[0].issues).toHaveLength(1);
  });

  it("reports splits that do not add up to 100% and credits the deal to nobody", () => {
    const d = deal({ amount: 10_000 });
    const run = calculateCommissions(input([plan()], { opportunities: [d] }, { splits: [{ opportunityId: d.id, repId: "R1", share: 0.7 }] }));
    expect(run.issues.map((issue) => [issue.code, issue.message])).toEqual([["split_total", `The splits of ${d.id} add up to 70.00%, not 100%: the deal is credited to nobody until they do.`]]);
    expect(run.reps[0].credit).toBe(0);
  });

  it("reports a deal without a term on an ACV plan", () => {
    const d = deal({ termMonths: null });
    const run = calculateCommissions(input([plan({ credit: { basis: "acv" } })], { opportunities: [d] }));
    expect(run.issues.map((issue) => issue.code)).toEqual(["missing_term"]);
  });

  it("reports an invalid period label, an invalid plan, an unknown plan and a credited rep on no plan", () => {
    expect(calculateCommissions(input([plan()], {}, { period: "2027Q2" })).issues.map((issue) => issue.code)).toEqual(["invalid_period"]);
    const broken = { ...plan(), id: "BROKEN", rates: { on: "attainment", method: "marginal", tiers: [{ threshold: 0.5, rate: 0.1 }] } } as Plan;
    const run = calculateCommissions(
      input([broken], { reps: [rep("R1"), rep("R2"), rep("R3")], opportunities: [deal({ ownerId: "R3" })] }, { assignments: [assign("R1", "BROKEN"), assign("R2", "NOPE")] }),
    );
    expect(run.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["tier_gap", "plans.BROKEN.rates.tiers.0.threshold"],
      ["invalid_plan", "assignments.0.planId"],
      ["unknown_plan", "assignments.1.planId"],
      ["no_plan", "reps.R3"],
    ]);
  });

  it("reports a monthly plan asked for a quarter", () => {
    const run = calculateCommissions(input([plan({ period: "month" })], {}));
    expect(run.issues.map((issue) => issue.code)).toEqual(["period_grain"]);
  });
});
