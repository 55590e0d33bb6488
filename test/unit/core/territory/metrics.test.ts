import { generateDemoOrg } from "../../../../src/core/demo/generateDemoOrg";
import { metricBalance, repBalance } from "../../../../src/core/territory/metricBalance";
import { METRIC_NAMES } from "../../../../src/core/territory/metricTypes";
import { territoryDataFromDataSet } from "../../../../src/core/territory/territoryData";
import { territoryMetrics } from "../../../../src/core/territory/territoryMetrics";
import { smallOrg, territory } from "./fixtures";

const options = { asOf: "2026-11-27", fiscalStartMonth: 2 };

describe("territory metrics", () => {
  it("counts accounts, customers, potential, pipeline, bookings, headcount and quota per leaf and rolls them up", () => {
    const metrics = territoryMetrics(smallOrg(), options);
    const byId = Object.fromEntries(metrics.rows.map((row) => [row.territoryId, row]));
    expect(metrics.rows.map((row) => `${row.territoryId}:${row.depth}:${row.isLeaf}`)).toEqual(["WEST:0:false", "W1:1:true", "W2:1:true", "EAST:0:false", "E1:1:true"]);
    expect(byId.W1).toMatchObject({ accounts: 2, customers: 2, prospects: 0, potential: 150, openPipeline: 700, bookingsTtm: 1200, bookingsPriorYear: 700, workload: 2, headcount: 1, quota: 600 });
    // R2 starts after the as-of date: no headcount yet. A lost deal does not make a customer.
    expect(byId.W2).toMatchObject({ accounts: 1, customers: 0, prospects: 1, potential: 30, openPipeline: 300, bookingsTtm: 0, headcount: 0, quota: 300 });
    expect(byId.WEST).toMatchObject({ accounts: 3, customers: 2, potential: 180, openPipeline: 1000, bookingsTtm: 1200, bookingsPriorYear: 700, headcount: 1, quota: 900 });
    // R3 left in June; a deal closing after the as-of date is not a booking yet.
    expect(byId.E1).toMatchObject({ accounts: 1, customers: 0, bookingsTtm: 0, headcount: 0, quota: 100 });
    expect(metrics.unassigned).toMatchObject({ accounts: 1, potential: 10, openPipeline: 45 });
    expect(metrics.total).toMatchObject({ accounts: 5, potential: 210, openPipeline: 1045, bookingsTtm: 1200, quota: 1000, headcount: 1 });
    expect(metrics.issues.map((issue) => issue.code).sort()).toEqual(["unassigned_account", "unknown_account"]);
    expect(metrics.issues.find((issue) => issue.code === "unassigned_account")?.message).toContain("A5");
    expect(metrics.reps.map((row) => [row.ownerId, row.territoryIds, row.potential, row.headcount])).toEqual([
      ["R1", ["W1"], 150, 1],
      ["R2", ["W2"], 30, 0],
      ["R3", ["E1"], 20, 0],
    ]);
  });

  it("weighs workload by segment or by a score column", () => {
    const bySegment = territoryMetrics(smallOrg(), { ...options, workload: { by: "segment", weights: { enterprise: 3, SMB: 1 } } });
    expect(bySegment.rows.find((row) => row.territoryId === "W1")?.workload).toBe(4);
    const byScore = territoryMetrics(smallOrg(), { ...options, workload: { by: "column", column: "score", otherwise: 1 } });
    expect(byScore.rows.map((row) => row.workload)).toEqual([10, 6, 4, 1, 1]);
    expect(byScore.issues.find((issue) => issue.code === "missing_workload")?.message).toMatch(/^3 accounts/);
    expect(territoryMetrics(smallOrg(), { ...options, workload: { by: "column", column: "potential" } }).total.workload).toBe(210);
  });

  it("reports loops and unknown parents, treating them as top-level", () => {
    const data = { ...smallOrg(), territories: [territory("A", "B"), territory("B", "A"), territory("C", "NOPE")], accounts: [], deals: [] };
    const metrics = territoryMetrics(data, options);
    expect(metrics.issues.map((issue) => issue.code).sort()).toEqual(["territory_cycle", "unknown_parent", "unknown_quota_territory"]);
    expect(metrics.rows).toHaveLength(3);
  });

  it("keeps every total equal to the sum of its leaves", () => {
    const metrics = territoryMetrics(smallOrg(), options);
    for (const name of METRIC_NAMES.filter((n) => n !== "headcount")) {
      const leaves = metrics.rows.filter((row) => row.isLeaf).reduce((sum, row) => sum + row[name], 0);
      expect(leaves + metrics.unassigned[name]).toBeCloseTo(metrics.total[name], 9);
    }
  });
});

describe("territory metrics on the demo org", () => {
  const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
  const { data, issues } = territoryDataFromDataSet(demo, "FY2027-Q4");
  const metrics = territoryMetrics(data, { asOf: "2026-11-27", fiscalStartMonth: demo.settings.fiscalYearStartMonth });

  it("measures all 59 territories with nothing unassigned", () => {
    expect(issues).toEqual([]);
    expect(metrics.issues).toEqual([]);
    expect(metrics.rows).toHaveLength(59);
    const leaves = metrics.rows.filter((row) => row.isLeaf);
    expect(leaves).toHaveLength(40);
    expect(metrics.rows.filter((row) => row.depth === 0).map((row) => row.territoryId).sort()).toEqual(["TER-APAC", "TER-EMEA", "TER-JAPAN", "TER-LATAM", "TER-NA"]);
    expect(metrics.unassigned.accounts).toBe(0);
    expect(metrics.total.accounts).toBe(demo.accounts.length);
    expect(metrics.total.potential).toBeCloseTo(demo.accounts.reduce((sum, a) => sum + (a.potential ?? 0), 0), 3);
    expect(metrics.total.headcount).toBe(40);
    expect(leaves.every((row) => row.accounts > 0 && row.potential > 0 && row.quota > 0 && row.headcount === 1)).toBe(true);
    expect(leaves.every((row) => row.customers + row.prospects === row.accounts)).toBe(true);
    expect(metrics.total.customers).toBeGreaterThan(100);
    expect(metrics.total.bookingsTtm).toBeGreaterThan(0);
    expect(metrics.total.bookingsPriorYear).toBeGreaterThan(0);
    expect(metrics.total.openPipeline).toBeGreaterThan(0);
    const na = metrics.rows.find((row) => row.territoryId === "TER-NA");
    const naChildren = metrics.rows.filter((row) => row.parentId === "TER-NA");
    expect(na?.potential).toBeCloseTo(naChildren.reduce((sum, row) => sum + row.potential, 0), 3);
    expect(metrics.reps).toHaveLength(40);
  });

  it("measures the balance of potential over the 40 rep territories", () => {
    const { report, issues: balanceIssues } = metricBalance(metrics.rows, "potential");
    expect(balanceIssues).toEqual([]);
    expect(report.items).toHaveLength(40);
    const stats = report.stats;
    expect(stats?.count).toBe(40);
    expect(stats?.cv).toBeGreaterThan(0);
    expect(stats?.gini).toBeGreaterThan(0);
    expect(stats?.gini).toBeLessThan(1);
    expect(stats?.maxMin).toBeGreaterThan(1);
    expect(report.outside.length).toBeGreaterThan(0);
    expect(report.items.reduce((sum, item) => sum + (item.ofMean ?? 0), 0)).toBeCloseTo(40, 9);
    expect(repBalance(metrics.reps, "potential").report.stats?.gini).toBeCloseTo(stats?.gini ?? NaN, 12);
  });
});
