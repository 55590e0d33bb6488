import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { commissionFunction, tierRateFunction } from "../../../src/functions/functions";

import { excelErrorText as excelError, latest, recordStream, runCli } from "../support/cliAndErrors";

installCustomFunctionsShim();


const TIERS = [
  [0, 0.1],
  [1, 0.15],
];

describe("commission custom functions", () => {
  it("COMMISSION pays 13,000 marginally and 18,000 retroactively on the worked example", async () => {
    for (const [method, expected] of [["marginal", "13000"], ["retroactive", "18000"]]) {
      const result = await runCli(["call", "SALESOPS.COMMISSION", JSON.stringify([120000, 100000, TIERS, method])]);
      expect(result.code).toBe(0);
      expect(result.out.trim()).toBe(expected);
    }
    expect(commissionFunction(120000, 100000, TIERS)).toBeCloseTo(13000, 8);
    expect(commissionFunction(120000, 100000, TIERS, "marginal", 12000)).toBe(12000);
    expect(commissionFunction(80000, 100000, TIERS, "retroactive")).toBeCloseTo(8000, 8);
  });

  it("TIERRATE finds the tier an attainment falls in", () => {
    expect(tierRateFunction(0.99, TIERS)).toBe(0.1);
    expect(tierRateFunction(1, TIERS)).toBe(0.15);
    expect(tierRateFunction(2.5, [[0, 0.1], [1, 0.15], [2, 0.2]])).toBe(0.2);
  });

  it("reports bad tiers, quotas and methods by argument", () => {
    expect(excelError(() => commissionFunction(1, 100, [[0, 0.1], [1, 0.15], [0.8, 0.2]]))).toBe("#VALUE! tiers: tiers[2].threshold must be greater than tiers[1].threshold (0.8 is not above 1).");
    expect(excelError(() => commissionFunction(1, 100, [[0.1, 0.1]]))).toMatch(/^#VALUE! tiers:/);
    expect(excelError(() => commissionFunction(1, 0, TIERS))).toBe("#DIV/0!");
    expect(excelError(() => commissionFunction(1, 100, TIERS, "flat"))).toMatch(/^#VALUE! method: "flat" is not one of/);
    expect(excelError(() => commissionFunction(1, 100, [[0, 0.1, 9]]))).toMatch(/^#VALUE! tiers: give two columns/);
  });
});

describe("SALESOPS.PAYOUT", () => {
  it("answers #N/A with a message until data and a plan are loaded, and updates its cell as they are", async () => {
    const { setWorkbookData } = await import("../../../src/app/sessionState");
    const { DEMO_AE_PLAN, demoPlanAssignments } = await import("../../../src/core/commission");
    const { payoutFunction } = await import("../../../src/functions/functions");
    const cell = recordStream<number>();
    payoutFunction("REP-012", "FY2027-Q2", cell.invocation as never);
    expect(latest(cell)).toMatch(/^#N\/A No data is loaded/);
    const { generateDemoOrg } = await import("../../../src/core/demo/generateDemoOrg");
    const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
    setWorkbookData(demo, null);
    expect(latest(cell)).toMatch(/^#N\/A This workbook has no commission plan/);
    setWorkbookData(demo, { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps) });
    expect(typeof latest(cell)).toBe("number");
    expect(cell.results).toHaveLength(3);
    // Once Excel cancels the stream (the formula was deleted), a refresh no longer reaches the cell.
    cell.cancel();
    setWorkbookData(demo, null);
    expect(cell.results).toHaveLength(3);
    const badPeriod = recordStream<number>();
    payoutFunction("REP-012", "Q2", badPeriod.invocation as never);
    expect(latest(badPeriod)).toMatch(/^#VALUE! period:/);
    badPeriod.cancel();
  });

  it("gives the same payout as salesops commission for the demo org", async () => {
    const commission = JSON.parse((await runCli(["commission", "--demo", "--seed", "7", "--as-of", "2026-11-27", "--period", "FY2027-Q2", "--format", "json"])).out) as { reps: { repId: string; payout: number }[] };
    const rep = commission.reps[3];
    const payout = await runCli(["call", "--demo", "--seed", "7", "--as-of", "2026-11-27", "SALESOPS.PAYOUT", JSON.stringify([rep.repId, "FY2027-Q2"])]);
    expect(payout.code).toBe(0);
    expect(Number(payout.out)).toBe(rep.payout);
    const manager = await runCli(["call", "--demo", "--seed", "7", "--as-of", "2026-11-27", "SALESOPS.PAYOUT", '["REP-001", "FY2027-Q2"]']);
    expect(manager.code).toBe(1);
    expect(manager.err).toMatch(/^#N\/A /);
  });
});
