/*
 * The plan tables as the workbook holds them: written by "Load sample data" and the plan editor,
 * read back (through the real Office.js adapter on the in-memory Excel host, and a memory port)
 * into the same plans, and refused — with the row and column named, nothing computed — when a
 * cell is wrong.
 */
import { readCompensation, planTables, savePlans } from "../../../src/app/commissionWorkbook";
import { loadSampleData } from "../../../src/app/loadSampleData";
import { payoutFor } from "../../../src/app/payoutLookup";
import { getWorkbookData, setWorkbookData } from "../../../src/app/sessionState";
import { DEMO_AE_PLAN, PLAN_TABLES, type Plan } from "../../../src/core/commission";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { createExcelWorkbookPort } from "../../../src/excel";
import { commissionOperations } from "../../../src/taskpane/commissionOperations";
import { createExcelHost } from "../../host";
import { MemoryWorkbookPort } from "../../e2e/harness/memoryWorkbookPort";
import { MemoryWorkbookWriter } from "../../e2e/harness/memoryWorkbookWriter";
import { smallDataSet } from "../../e2e/harness/smallDataSet";

const MONTHLY: Plan = {
  ...DEMO_AE_PLAN,
  id: "SDR-M",
  name: "SDR monthly",
  currency: "EUR",
  period: "month",
  targetIncentive: 2_000,
  rates: { on: "amount", method: "retroactive", tiers: [{ threshold: 0, rate: 0.02 }, { threshold: 50_000, rate: 0.04, label: "Above 50k" }] },
  multipliers: [],
  bonuses: [],
  gate: { minAttainment: 0.5 },
  caps: { perDeal: null, perPeriod: null, targetIncentiveMultiple: 3 },
  draw: { amount: 1_000, recoverable: true },
  clawback: null,
  proration: { quota: true, targetIncentive: true, draw: true },
};

function everyoneOnDemoPlan(reps: { id: string; startDate: string; endDate: string | null }[]) {
  return reps.map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null }));
}

describe("plans from the workbook's tables", () => {
  it("round-trips plans and assignments through the Office.js adapter, dates as real dates", async () => {
    const host = createExcelHost();
    const port = createExcelWorkbookPort(host.run);
    const assignments = [
      { repId: "R1", planId: DEMO_AE_PLAN.id, from: "2026-02-01", to: "2026-10-31", quota: 250_000, targetIncentive: null },
      { repId: "R1", planId: MONTHLY.id, from: "2026-11-01", to: null, quota: null, targetIncentive: 1_500 },
    ];
    await port.writeTables(planTables({ plans: [DEMO_AE_PLAN, MONTHLY], assignments }));
    const read = await readCompensation(port);
    expect(read.issues).toEqual([]);
    expect(read.compensation?.plans).toEqual([DEMO_AE_PLAN, MONTHLY]);
    expect(read.compensation?.assignments).toEqual(assignments);
    // The from column holds Excel serials shown as dates, not text a locale could misread.
    const rows = await port.readTable(PLAN_TABLES.assignments);
    expect(typeof rows?.[1][2]).toBe("number");
    expect(host.tables().map((t) => t.name)).toEqual(expect.arrayContaining(["Plans", "PlanTiers", "PlanMultipliers", "PlanBonuses", "PlanAssignments"]));
  });

  it("gives each table a format per column: text as text, rates as percentages, amounts as money", () => {
    const tables = planTables({ plans: [DEMO_AE_PLAN], assignments: [] });
    const formats = (name: string) => {
      const table = tables.find((t) => t.tableName === name);
      return Object.fromEntries((table?.rows[0] ?? []).map((header, i) => [String(header), table?.numberFormats?.[i]]));
    };
    expect(formats("PlanTiers")).toMatchObject({ plan_id: "@", threshold: null, rate: "0.00%", label: "@" });
    expect(formats("Plans")).toMatchObject({ plan_id: "@", cap_per_deal: "#,##0.00", deal_types: "@", gate_min_attainment: "0%" });
    expect(formats("PlanAssignments")).toMatchObject({ rep_id: "@", from: "yyyy-mm-dd", quota: "#,##0.00" });
  });

  it("names the table, row and column of an invalid cell, and returns no plans at all", async () => {
    const port = new MemoryWorkbookPort();
    await port.writeTables(planTables({ plans: [DEMO_AE_PLAN], assignments: [] }));
    // PlanTiers row 3 is the plan's second tier: make it start where the first does.
    (await port.readTable(PLAN_TABLES.tiers))?.[2].splice(1, 1, 0);
    const read = await readCompensation(port);
    expect(read.compensation).toBeNull();
    expect(read.issues.map((issue) => issue.path)).toContainEqual(["PlanTiers", 3, "threshold"]);
    expect(read.issues.find((issue) => issue.code === "tier_order")?.message).toMatch(/^PlanTiers row 3, column threshold \(plan AE-FY27\): tiers\[1\]\.threshold must be greater than tiers\[0\]\.threshold/);
  });

  it("reports a cell that is not a number, and a missing table, saying what to do", async () => {
    const port = new MemoryWorkbookPort();
    expect((await readCompensation(port)).issues[0]).toMatchObject({ code: "missing_table", path: ["Plans"] });
    await port.writeTables(planTables({ plans: [DEMO_AE_PLAN] }));
    expect((await readCompensation(port)).issues.map((issue) => issue.path)).toEqual([["PlanAssignments"]]);
    await port.writeTables(planTables({ plans: [DEMO_AE_PLAN], assignments: [] }));
    (await port.readTable(PLAN_TABLES.tiers))?.[1].splice(3, 1, "eight percent");
    const read = await readCompensation(port);
    expect(read.compensation).toBeNull();
    expect(read.issues[0].message).toBe('PlanTiers row 2, column rate: "eight percent" is not a number.');
  });

  it("writes nothing while a saved plan is invalid, and the edited plan otherwise", async () => {
    const port = new MemoryWorkbookPort();
    const bad = { ...DEMO_AE_PLAN, rates: { ...DEMO_AE_PLAN.rates, tiers: [{ threshold: 0, rate: 0.05 }, { threshold: 0, rate: 0.08 }] } };
    const refused = await savePlans(port, [bad]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues[0].path).toEqual(["plans", 0, "rates", "tiers", 1, "threshold"]);
    expect(port.calls).toEqual([]);
    const edited = { ...DEMO_AE_PLAN, targetIncentive: 20_000 };
    expect((await savePlans(port, [edited])).ok).toBe(true);
    expect(port.calls).toEqual([["Plans", "PlanTiers", "PlanMultipliers", "PlanBonuses"]]);
    await port.writeTables(planTables({ plans: [], assignments: [] }).filter((t) => t.tableName === PLAN_TABLES.assignments));
    expect((await readCompensation(port)).compensation?.plans).toEqual([edited]);
  });
});

describe("Load sample data with the plan", () => {
  it("writes the data tables, then the plan tables, counting them all", async () => {
    const port = new MemoryWorkbookPort({ rowsPerRequest: 50 });
    const dataSet = smallDataSet(20);
    const result = await loadSampleData(port, dataSet, undefined, { plans: [DEMO_AE_PLAN], assignments: everyoneOnDemoPlan(dataSet.reps) });
    expect(result.tables.map((t) => [t.tableName, t.rows])).toEqual([
      ["Opportunities", 20], ["Accounts", 3], ["Reps", 2], ["Quotas", 2], ["Territories", 1], ["FxRates", 1], ["Snapshots", 5],
      ["Plans", 1], ["PlanTiers", 4], ["PlanMultipliers", 1], ["PlanBonuses", 2], ["PlanAssignments", 2],
    ]);
    expect(result.rows).toBe(34 + 10);
  });
});

describe("the Commissions view's operations and SALESOPS.PAYOUT", () => {
  afterEach(() => setWorkbookData(smallDataSet(1), null));

  it("shares the workbook's plans with the custom functions, and none when the tables are invalid", async () => {
    const port = new MemoryWorkbookPort();
    const dataSet = smallDataSet(40);
    await loadSampleData(port, dataSet, undefined, { plans: [DEMO_AE_PLAN], assignments: everyoneOnDemoPlan(dataSet.reps) });
    const operations = commissionOperations(port, new MemoryWorkbookWriter(), () => DEFAULT_SETTINGS, () => new Date("2026-11-27T12:00:00Z"));
    const seen: string[] = [];
    const inputs = await operations.loadInputs({ onProgress: (p) => seen.push(`${p.tableName} ${p.table}/${p.tables}`) });
    expect(inputs.issues).toEqual([]);
    expect(seen).toEqual(["Opportunities 1/13", "Accounts 2/13", "Reps 3/13", "Quotas 4/13", "Territories 5/13", "FxRates 6/13", "Snapshots 7/13", "Plans 8/13", "PlanTiers 9/13", "PlanMultipliers 10/13", "PlanBonuses 11/13", "PlanAssignments 12/13", "CommissionLocks 13/13"]);
    expect(getWorkbookData().compensation?.plans).toEqual([DEMO_AE_PLAN]);
    const answer = payoutFor("R1", "FY2027-Q4");
    expect(answer.ok).toBe(true);

    (await port.readTable(PLAN_TABLES.tiers))?.[2].splice(1, 1, 0);
    const invalid = await operations.loadInputs();
    expect(invalid.compensation).toBeNull();
    expect(invalid.issues.some((issue) => issue.message.startsWith("PlanTiers row 3, column threshold"))).toBe(true);
    expect(payoutFor("R1", "FY2027-Q4")).toEqual({ ok: false, reason: expect.stringContaining("no commission plan") });
  });

  it("puts saved plans in force for SALESOPS.PAYOUT", async () => {
    const port = new MemoryWorkbookPort();
    const dataSet = smallDataSet(40);
    await loadSampleData(port, dataSet, undefined, { plans: [DEMO_AE_PLAN], assignments: everyoneOnDemoPlan(dataSet.reps) });
    const operations = commissionOperations(port, new MemoryWorkbookWriter(), () => DEFAULT_SETTINGS);
    await operations.loadInputs();
    const before = payoutFor("R1", "FY2027-Q4");
    const richer = { ...DEMO_AE_PLAN, rates: { ...DEMO_AE_PLAN.rates, tiers: DEMO_AE_PLAN.rates.tiers.map((tier) => ({ ...tier, rate: tier.rate * 2 })) } };
    expect((await operations.savePlans([richer])).ok).toBe(true);
    const after = payoutFor("R1", "FY2027-Q4");
    expect(before.ok && after.ok && after.payout).toBeGreaterThan(before.ok ? before.payout : Infinity);
  });
});
