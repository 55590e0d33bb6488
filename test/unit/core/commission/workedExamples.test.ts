import { applyDraw } from "../../../../src/core/commission/draws";
import { calculateCommissions, calculatePeriods } from "../../../../src/core/commission/engine";
import { tieredCommission, tierRate } from "../../../../src/core/commission/tiers";
import { assign, cents, data, deal, input, plan, quota, rep } from "./fixtures";

const TIERS = [
  { threshold: 0, rate: 0.1 },
  { threshold: 1, rate: 0.15 },
];

describe("worked example: quota 100,000, credit 120,000, 10% to quota, 15% above", () => {
  it("pays 13,000 marginally and 18,000 retroactively (the primitive)", () => {
    expect(tieredCommission(120_000, 100_000, TIERS, "marginal")).toBe(13_000);
    expect(tieredCommission(120_000, 100_000, TIERS, "retroactive")).toBe(18_000);
    expect(tierRate(1.2, TIERS)).toBe(0.15);
    expect(tierRate(0.999, TIERS)).toBe(0.1);
  });

  it("pays the same through the engine, with one deal straddling the tiers as two lines", () => {
    const deals = [deal({ amount: 80_000, closeDate: "2026-05-10" }), deal({ amount: 40_000, closeDate: "2026-06-10" })];
    const marginal = calculateCommissions(input([plan()], { opportunities: deals }));
    expect(marginal.issues).toEqual([]);
    const result = marginal.reps[0];
    expect(result.payout).toBe(13_000);
    expect(result.attainment).toBeCloseTo(1.2);
    const straddling = result.lines.filter((line) => line.opportunityIds[0] === deals[1].id);
    expect(straddling.map((line) => [line.tier, line.basis, line.rate, line.amount])).toEqual([
      [0, 20_000, 0.1, 2_000],
      [1, 20_000, 0.15, 3_000],
    ]);
    expect(result.commissionByTier.map((tier) => [tier.credit, tier.amount])).toEqual([
      [100_000, 10_000],
      [20_000, 3_000],
    ]);
    const retro = calculateCommissions(input([plan({ rates: { method: "retroactive", tiers: TIERS } })], { opportunities: deals }));
    expect(retro.reps[0].payout).toBe(18_000);
    expect(retro.reps[0].lines.map((line) => line.rate)).toEqual([0.15, 0.15]);
  });
});

describe("worked example: a guarantee draw of 1,000 per period", () => {
  it("draws 500, 300 and 600 on earnings 500, 700 and 400, the recoverable balance growing 500, 800, 1,400", () => {
    let balance = 0;
    const seen = [500, 700, 400].map((earnings) => {
      const outcome = applyDraw(earnings * 100, 100_000, balance, true);
      balance = outcome.balanceCents;
      return [outcome.drawCents / 100, outcome.balanceCents / 100];
    });
    expect(seen).toEqual([
      [500, 500],
      [300, 800],
      [600, 1_400],
    ]);
  });

  it("does the same across three periods of the engine, and recovers from earnings above the guarantee", () => {
    // 10% of credit: deals of 5,000, 7,000 and 4,000 earn 500, 700 and 400; then 30,000 earns 3,000.
    const deals = [
      deal({ amount: 5_000, closeDate: "2026-05-15" }),
      deal({ amount: 7_000, closeDate: "2026-08-15" }),
      deal({ amount: 4_000, closeDate: "2026-11-15" }),
      deal({ amount: 30_000, closeDate: "2027-03-15" }),
    ];
    const quotas = ["FY2027-Q2", "FY2027-Q3", "FY2027-Q4", "FY2028-Q1"].map((period) => quota("R1", period, 100_000));
    const drawPlan = plan({ draw: { amount: 1_000, recoverable: true } });
    const runs = calculatePeriods({ plans: [drawPlan], assignments: [assign("R1")], data: data({ opportunities: deals, quotas }), priorState: "fresh" }, ["FY2027-Q2", "FY2027-Q3", "FY2027-Q4"]);
    expect(runs.map((run) => [run.reps[0].totals.earnings, run.reps[0].totals.draws, run.reps[0].drawBalance, run.reps[0].payout])).toEqual([
      [500, 500, 500, 1_000],
      [700, 300, 800, 1_000],
      [400, 600, 1_400, 1_000],
    ]);
    const fourth = calculateCommissions({ plans: [drawPlan], assignments: [assign("R1")], data: data({ opportunities: deals, quotas }), period: "FY2028-Q1", priorState: runs[2].state });
    // Earnings 3,000: 2,000 above the guarantee recovers 1,400, the payout stays 1,600.
    expect(fourth.reps[0].totals.drawRecovery).toBe(-1_400);
    expect(fourth.reps[0].payout).toBe(1_600);
    expect(fourth.reps[0].drawBalance).toBe(0);
    expect(cents(fourth.reps[0].lines)).toBe(160_000);
  });

  it("pays a non-recoverable draw without keeping a balance", () => {
    const run = calculateCommissions(input([plan({ draw: { amount: 1_000, recoverable: false } })], { opportunities: [deal({ amount: 5_000 })] }));
    expect(run.reps[0].totals.draws).toBe(500);
    expect(run.reps[0].drawBalance).toBe(0);
  });

  it("asks for the previous state rather than assuming a zero balance", () => {
    const run = calculateCommissions({ ...input([plan({ draw: { amount: 1_000, recoverable: true } })], { reps: [rep("R1")] }), priorState: undefined });
    expect(run.reps).toEqual([]);
    expect(run.issues.map((issue) => issue.code)).toEqual(["missing_prior_state"]);
  });
});
