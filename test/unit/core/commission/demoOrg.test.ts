import { DEMO_AE_PLAN, demoPlanAssignments } from "../../../../src/core/commission/demoPlan";
import { calculateCommissions } from "../../../../src/core/commission/engine";
import { planFromTables, planToTables } from "../../../../src/core/commission/planTables";
import { demoOrg } from "../demo/demoOrgFixture";
import { cents } from "./fixtures";

describe("the demo AE plan on the demo org (FY2027-Q2, a closed quarter as of 2026-11-27)", () => {
  const demo = demoOrg();
  const run = calculateCommissions({ plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps), data: demo, period: "FY2027-Q2", priorState: "fresh" });

  it("pays every account executive active in the quarter, with statement lines that sum to each payout", () => {
    expect(run.reps.length).toBeGreaterThan(35);
    for (const result of run.reps) {
      expect(cents(result.lines)).toBe(Math.round(result.payout * 100));
      expect(result.totals.earnings + result.totals.draws + result.totals.drawRecovery).toBeCloseTo(result.payout, 9);
      for (const line of result.lines) expect(Number.isInteger(Math.round(line.amount * 100)) && Math.abs(line.amount * 100 - Math.round(line.amount * 100)) < 1e-6).toBe(true);
    }
  });

  it("looks like a real quarter: attainment spreads around quota, accelerators, caps and SPIFs all occur", () => {
    const attainments = run.reps.map((r) => r.attainment ?? 0);
    expect(attainments.filter((a) => a >= 1).length).toBeGreaterThan(5);
    expect(attainments.filter((a) => a < 1).length).toBeGreaterThan(5);
    const kinds = new Set(run.reps.flatMap((r) => r.lines.map((line) => line.rule.replace(/\[\d+\]/, "[]"))));
    expect([...kinds]).toEqual(expect.arrayContaining(["rates.tiers[]", "multipliers[]", "caps.perDeal", "caps.perPeriod", "bonuses[]"]));
    // Per-period caps hold: commission after caps never exceeds 150,000.
    for (const r of run.reps) expect(r.totals.commission + r.totals.multipliers + r.totals.caps).toBeLessThanOrEqual(150_000);
    // Every commission line is traceable to one deal of the rep's own data.
    const deals = new Map(demo.opportunities.map((o) => [o.id, o]));
    for (const line of run.reps.flatMap((r) => r.lines.filter((l) => l.kind === "commission"))) {
      const source = deals.get(line.opportunityIds[0]);
      expect(source?.ownerId).toBe(line.repId);
      expect(source && source.closeDate >= "2026-05-01" && source.closeDate <= "2026-07-31").toBe(true);
    }
  });

  it("reports, rather than pays, deals owned by managers who have no plan", () => {
    expect(run.issues.every((issue) => issue.code === "no_plan")).toBe(true);
  });

  it("survives the round trip through workbook tables", () => {
    expect(planFromTables(planToTables([DEMO_AE_PLAN]))).toEqual({ ok: true, value: [DEMO_AE_PLAN] });
  });
});
