/* The Commissions view's pure parts: the plan form, the period picker, issue groups and the words. */
import { DEMO_AE_PLAN } from "../../../src/core/commission";
import { cents, rate, signedCents } from "../../../src/taskpane/views/commissions/commissionFormat";
import { lockedText, noPlanMessage, statementsWrittenMessage } from "../../../src/taskpane/views/commissions/commissionMessages";
import { commissionPeriodChoices, planGrain } from "../../../src/taskpane/views/commissions/commissionPeriods";
import { groupIssues } from "../../../src/taskpane/views/commissions/issueGroups";
import { draftChanged, draftFromPlan, parsePercentInput, planFromDraft, tierKey, type PlanDraft } from "../../../src/taskpane/views/commissions/planDraft";

describe("the plan form", () => {
  const draft = draftFromPlan(DEMO_AE_PLAN);
  const withTier = (index: number, field: "threshold" | "rate" | "label", value: string): PlanDraft => ({ ...draft, tiers: draft.tiers.map((tier, i) => (i === index ? { ...tier, [field]: value } : tier)) });

  it("opens on the plan, rates and attainment as percentages, and gives it back unchanged", () => {
    expect(draft).toMatchObject({ targetIncentive: "", capPerDeal: "40000", capPerPeriod: "150000", capMultiple: "", gate: "" });
    expect(draft.tiers.map(({ threshold, rate: r, label }) => [threshold, r, label])).toEqual([
      ["0", "5", "Base (0–50%)"],
      ["50", "8", "Core (50–100%)"],
      ["100", "12", "Accelerator (100–150%)"],
      ["150", "15", "Super-accelerator (150%+)"],
    ]);
    expect(planFromDraft(DEMO_AE_PLAN, draft)).toEqual({ plan: DEMO_AE_PLAN, errors: {} });
    expect(draftChanged(DEMO_AE_PLAN, draft)).toBe(false);
  });

  it("reads what people type: 12.5%, 40k, blank for none, and keeps upTo in step with the thresholds", () => {
    const edited = { ...withTier(1, "threshold", "60%"), capPerDeal: "50k", capPerPeriod: "", targetIncentive: "$20,000", gate: "40" };
    const { plan, errors } = planFromDraft(DEMO_AE_PLAN, edited);
    expect(errors).toEqual({});
    expect(plan?.caps).toEqual({ perDeal: 50_000, perPeriod: null, targetIncentiveMultiple: null });
    expect(plan?.targetIncentive).toBe(20_000);
    expect(plan?.gate).toEqual({ minAttainment: 0.4 });
    expect(plan?.rates.tiers.slice(0, 2)).toEqual([
      { threshold: 0, upTo: 0.6, rate: 0.05, label: "Base (0–50%)" },
      { threshold: 0.6, upTo: 1, rate: 0.08, label: "Core (50–100%)" },
    ]);
    expect(draftChanged(DEMO_AE_PLAN, edited)).toBe(true);
    expect(parsePercentInput("12.5 %")).toBe(0.125);
    expect(parsePercentInput("")).toBeNull();
    expect(parsePercentInput("8 percent")).toBe("invalid");
  });

  it("puts the schema's and checkTiers' problems on the field their path names", () => {
    const outOfOrder = planFromDraft(DEMO_AE_PLAN, withTier(2, "threshold", "40"));
    expect(outOfOrder.plan).toBeNull();
    expect(outOfOrder.errors[tierKey(2, "threshold")]).toBe("tiers[2].threshold must be greater than tiers[1].threshold (0.4 is not above 0.5).");
    expect(planFromDraft(DEMO_AE_PLAN, withTier(0, "threshold", "10")).errors[tierKey(0, "threshold")]).toMatch(/^tiers\[0\]\.threshold must be 0/);
    expect(planFromDraft(DEMO_AE_PLAN, withTier(1, "rate", "-3")).errors[tierKey(1, "rate")]).toMatch(/^rates\.tiers\[1\]\.rate: /);
    expect(planFromDraft(DEMO_AE_PLAN, { ...draft, capPerDeal: "-5" }).errors["caps.perDeal"]).toMatch(/^caps\.perDeal: /);
    expect(planFromDraft(DEMO_AE_PLAN, { ...draft, capPerDeal: "lots" }).errors["caps.perDeal"]).toBe("Type an amount such as 40,000 or 40k, or leave it blank for none.");
    expect(planFromDraft(DEMO_AE_PLAN, withTier(3, "rate", "")).errors[tierKey(3, "rate")]).toBe("Required. Type a percentage such as 8 or 12.5%.");
  });
});

describe("the period picker", () => {
  it("opens on the last closed period at the plans' grain, newest first", () => {
    const quarters = commissionPeriodChoices("2026-11-27", 2, "quarter");
    expect(quarters).toMatchObject({ current: "FY2027-Q4", lastClosed: "FY2027-Q3" });
    expect(quarters.periods.slice(0, 4)).toEqual(["FY2027-Q4", "FY2027-Q3", "FY2027-Q2", "FY2027-Q1"]);
    expect(commissionPeriodChoices("2026-11-27", 2, "month").lastClosed).toBe("FY2027-M9");
    expect(commissionPeriodChoices("2026-11-27", 2, "year").lastClosed).toBe("FY2026");
    expect(planGrain([{ period: "month" }, { period: "quarter" }, { period: "month" }])).toBe("month");
    expect(planGrain(undefined)).toBe("quarter");
  });
});

describe("issues and messages", () => {
  it("groups issues by what to do, rows left out of the data together", () => {
    const groups = groupIssues([
      { code: "missing_fx_rate", path: ["opportunities", "O3", "currency"], message: "O3 is in CHF with no rate." },
      { code: "no_quota", path: ["reps", "R9"], message: "R9 has no quota." },
      { code: "invalid_date", path: ["Opportunities", 12, "close_date"], message: "Opportunities row 12 …" },
    ]);
    expect(groups.map((group) => [group.title, group.issues.length])).toEqual([["Rep without a quota", 1], ["Deal in a currency without a rate", 1], ["Rows left out of the data", 1]]);
    expect(groups[0].todo).toContain("Quotas table");
  });

  it("spells out a locked rep's difference as an adjustment, never a silent change", () => {
    expect(lockedText({ payout: 12_400, currency: "USD", locked: { payout: 12_345.67, difference: 54.33 } }, "FY2027-Q4")).toBe("Locked $12,345.67; recalculated $12,400.00; +$54.33 to pay as an adjustment in FY2027-Q4.");
    expect(lockedText({ payout: 100, currency: "USD", locked: { payout: 120, difference: -20 } }, "FY2028-Q1")).toBe("Locked $120.00; recalculated $100.00; -$20.00 to recover as an adjustment in FY2028-Q1.");
    expect(lockedText({ payout: 100, currency: "USD", locked: { payout: 100, difference: 0 } }, "FY2028-Q1")).toBe("Locked at $100.00; the recalculation matches.");
    expect(lockedText({ payout: 100, currency: "USD", locked: null }, "FY2028-Q1")).toBeNull();
  });

  it("says which cells keep a plan from being used, and which sheets were written", () => {
    const message = noPlanMessage([{ code: "tier_order", path: ["PlanTiers", 3, "threshold"], message: "PlanTiers row 3, column threshold (plan AE-FY27): …" }]);
    expect(message).toMatchObject({ intent: "error", title: "The plan tables have problems", details: ["PlanTiers row 3, column threshold (plan AE-FY27): …"] });
    expect(noPlanMessage([{ code: "missing_table", path: ["Plans"], message: "The workbook has no Plans table …" }]).title).toBe("No commission plan in this workbook");
    const written = statementsWrittenMessage([{ requested: "Stmt Ada Park", written: "Stmt Ada Park" }, { requested: "Stmt Ben Ortiz", written: "Stmt Ben Ortiz (2)" }], "FY2027-Q4");
    expect(written.title).toBe("2 statements written for FY2027-Q4");
    expect(written.details).toEqual(["Stmt Ada Park", "Stmt Ben Ortiz (2) (instead of Stmt Ben Ortiz)"]);
    expect([cents(1234.5, "USD"), signedCents(-3, "EUR"), rate(0.125), rate(null)]).toEqual(["$1,234.50", "-€3.00", "12.5%", "—"]);
  });
});
