import { assignmentsFromTable, assignmentsToTable, parseAssignments } from "../../../../src/core/commission/assignments";
import { DEMO_AE_PLAN } from "../../../../src/core/commission/demoPlan";
import { parsePlan, parsePlans } from "../../../../src/core/commission/parsePlan";
import { checkTiers } from "../../../../src/core/commission/planChecks";
import { planFromTables, planToTables } from "../../../../src/core/commission/planTables";
import { tieredCommission } from "../../../../src/core/commission/tiers";
import { CommissionError } from "../../../../src/core/commission/errors";
import { plan } from "./fixtures";

const base = { id: "P", currency: "USD", period: "quarter", credit: {} };

describe("parsePlan", () => {
  it("accepts a minimal plan and fills the defaults (version 0 files are stamped)", () => {
    const result = parsePlan({ ...base, rates: { tiers: [{ threshold: 0, rate: 0.1 }] } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.version).toBe(1);
      expect(result.value.rates.method).toBe("marginal");
      expect(result.value.caps).toEqual({ perDeal: null, perPeriod: null, targetIncentiveMultiple: null });
    }
    expect(parsePlan(DEMO_AE_PLAN)).toEqual({ ok: true, value: DEMO_AE_PLAN });
  });

  it("rejects tiers out of order with the path and the reason", () => {
    const result = parsePlan({ ...base, rates: { tiers: [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }, { threshold: 0.8, rate: 0.2 }] } });
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "tier_order", path: ["rates", "tiers", 2, "threshold"], message: "tiers[2].threshold must be greater than tiers[1].threshold (0.8 is not above 1)." }],
    });
  });

  it("reports gaps and overlaps between tiers", () => {
    const codes = (tiers: { threshold: number; upTo?: number | null; rate: number }[]) => checkTiers(tiers).map((issue) => `${issue.code} ${issue.path.join(".")}`);
    expect(codes([{ threshold: 0.2, rate: 0.1 }])).toEqual(["tier_gap tiers.0.threshold"]);
    expect(codes([{ threshold: 0, upTo: 0.9, rate: 0.1 }, { threshold: 1, rate: 0.15 }])).toEqual(["tier_gap tiers.0.upTo"]);
    expect(codes([{ threshold: 0, upTo: 1.1, rate: 0.1 }, { threshold: 1, rate: 0.15 }])).toEqual(["tier_overlap tiers.0.upTo"]);
    expect(codes([{ threshold: 0, upTo: 1, rate: 0.1 }, { threshold: 1, upTo: 2, rate: 0.15 }])).toEqual(["tier_gap tiers.1.upTo"]);
    expect(codes([{ threshold: 0, upTo: 1, rate: 0.1 }, { threshold: 1, upTo: null, rate: 0.15 }])).toEqual([]);
  });

  it("names the field of a schema problem", () => {
    const result = parsePlan({ ...base, period: "week", rates: { tiers: [{ threshold: 0, rate: "10%" }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.path.join("."))).toEqual(["period", "rates.tiers.0.rate"]);
      expect(result.issues[1].message).toMatch(/^rates\.tiers\[0\]\.rate: /);
    }
  });

  it("reports two plans with one id", () => {
    const result = parsePlans([DEMO_AE_PLAN, DEMO_AE_PLAN]);
    expect(!result.ok && result.issues[0].code).toBe("duplicate_id");
  });

  it("makes the primitives throw a named error on tiers that break their rules", () => {
    expect(() => tieredCommission(1, 1, [{ threshold: 0.5, rate: 0.1 }])).toThrow(CommissionError);
    expect(() => tieredCommission(1, 0, [{ threshold: 0, rate: 0.1 }])).toThrow(/Quota must be a number greater than 0/);
  });
});

describe("plans as workbook tables", () => {
  it("round-trips every plan part through the tables", () => {
    const full = plan({
      id: "FULL",
      targetIncentive: 20_000,
      credit: { basis: "acv", types: ["New Business", "Expansion"], products: ["Platform"], rollUpToManagers: true },
      rates: { on: "attainment", method: "retroactive", tiers: [{ threshold: 0, upTo: 1, rate: 0.1, label: "Base" }, { threshold: 1, rate: 0.15 }] },
      multipliers: [{ id: "multi-year", factor: 1.5, when: { termMonthsOver: 12 } }],
      gate: { minAttainment: 0.3 },
      threshold: { attainment: 0.6, rateFactor: 0.5 },
      caps: { perDeal: 10_000, perPeriod: 50_000, targetIncentiveMultiple: 3 },
      bonuses: [{ id: "club", kind: "bonus", amount: 5_000, when: { attainmentAtLeast: 1.2, minDeals: 2 } }],
      draw: { amount: 1_000, recoverable: true },
      clawback: { windowDays: 90 },
      proration: { quota: false, targetIncentive: true, draw: false },
      trueUp: "ytd",
    });
    const tables = planToTables([full, DEMO_AE_PLAN]);
    expect(tables.tiers[0]).toEqual(["plan_id", "threshold", "up_to", "rate", "label"]);
    expect(planFromTables(tables)).toEqual({ ok: true, value: [full, DEMO_AE_PLAN] });
  });

  it("reads the cells people type: percentages as text, yes/no, lists with semicolons", () => {
    const tables = {
      plans: [
        ["Plan ID", "Currency", "Period", "Deal Types", "Roll up to managers"],
        ["T", "USD", "quarter", "New Business; Renewal", "yes"],
      ],
      tiers: [
        ["plan_id", "threshold", "rate"],
        ["T", 0, "10%"],
        ["T", "100%", "15%"],
      ],
    };
    const result = planFromTables(tables);
    expect(result.ok && result.value[0].rates.tiers.map((tier) => [tier.threshold, tier.rate])).toEqual([
      [0, 0.1],
      [1, 0.15],
    ]);
    expect(result.ok && result.value[0].credit).toMatchObject({ types: ["New Business", "Renewal"], rollUpToManagers: true });
  });

  it("points problems at the table, row and column", () => {
    const result = planFromTables({
      plans: [
        ["plan_id", "currency", "period"],
        ["T", "USD", "quarter"],
      ],
      tiers: [
        ["plan_id", "threshold", "rate"],
        ["T", 0, 0.1],
        ["T", 1, 0.15],
        ["T", 0.5, "lots"],
        ["T", 0.7, 0.2],
        ["X", 0, 0.1],
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.path)).toEqual([
        ["PlanTiers", 4, "rate"],
        ["PlanTiers", 6, "plan_id"],
      ]);
    }
    const order = planFromTables({ plans: [["plan_id", "currency", "period"], ["T", "USD", "quarter"]], tiers: [["plan_id", "threshold", "rate"], ["T", 0, 0.1], ["T", 1, 0.15], ["T", 0.7, 0.2]] });
    expect(!order.ok && order.issues[0]).toEqual({
      code: "tier_order",
      path: ["PlanTiers", 4, "threshold"],
      message: "PlanTiers row 4, column threshold (plan T): tiers[2].threshold must be greater than tiers[1].threshold (0.7 is not above 1).",
    });
  });

  it("reads assignments with Excel serial dates and reports overlapping ones", () => {
    const result = assignmentsFromTable([
      ["rep_id", "plan_id", "from", "to", "quota"],
      ["R1", "AE", 46054, "2026-06-30", null],
      ["R1", "AE2", "2026-07-01", null, 120000],
    ]);
    expect(result.ok && result.value.map((row) => [row.from, row.to, row.quota])).toEqual([
      ["2026-02-01", "2026-06-30", null],
      ["2026-07-01", null, 120_000],
    ]);
    if (result.ok) expect(assignmentsFromTable(assignmentsToTable(result.value))).toEqual(result);
    const overlap = parseAssignments([
      { repId: "R1", planId: "A", from: "2026-01-01", to: null },
      { repId: "R1", planId: "B", from: "2026-06-01", to: null },
    ]);
    expect(!overlap.ok && overlap.issues[0].code).toBe("assignment_overlap");
  });
});
