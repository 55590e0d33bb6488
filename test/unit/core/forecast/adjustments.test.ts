import { applyAdjustments, effectiveAdjustments, ForecastAdjustment } from "../../../../src/core/forecast/adjustments";
import { adjustmentsFromRows, adjustmentsToRows } from "../../../../src/core/forecast/adjustmentTable";
import type { ForecastRow } from "../../../../src/core/forecast/forecastReport";
import { kpiSummary } from "../../../../src/core/forecast/kpiSummary";
import type { ForecastDeal } from "../../../../src/core/forecast/forecastDeal";

const row = (owner: string, commit: number): ForecastRow => ({ owner, ownerName: owner, quota: 100, closedWon: 10, commit, bestCase: commit + 5, pipeline: 50, weighted: 20, projection: 30, coverage: 0.5, attainment: 0.1 });
const entry = (partial: Partial<ForecastAdjustment>): ForecastAdjustment => ({ level: "rep", owner: "R1", period: "FY2027-Q4", figure: "commit", amount: 80, note: "Big deal verbal", author: "M1", at: "2026-11-20T09:00:00Z", ...partial });

describe("manager adjustments", () => {
  it("applies the latest override per owner, period and figure, and shows raw beside adjusted", () => {
    const log = [entry({}), entry({ amount: 90, at: "2026-11-21T09:00:00Z", note: "Upside firmed" }), entry({ figure: "bestCase", amount: 120 })];
    const { rows, issues } = applyAdjustments([row("R1", 60), row("R2", 40)], log, "rep", "FY2027-Q4");
    expect(rows[0]).toMatchObject({ commit: 60, adjusted: { commit: 90, bestCase: 120, pipeline: 50 } });
    expect(rows[0].overrides.commit?.note).toBe("Upside firmed");
    expect(rows[1].adjusted).toEqual({ commit: 40, bestCase: 45, pipeline: 50 });
    expect(issues).toEqual([]);
  });

  it("clears an override with a null entry while keeping the whole log", () => {
    const log = [entry({}), entry({ amount: null, at: "2026-11-22T09:00:00Z" })];
    expect(effectiveAdjustments(log).size).toBe(0);
    expect(applyAdjustments([row("R1", 60)], log, "rep", "FY2027-Q4").rows[0].adjusted.commit).toBe(60);
  });

  it("keeps and reports overrides whose owner left the data after a refresh", () => {
    const { issues } = applyAdjustments([row("R2", 40)], [entry({})], "rep", "FY2027-Q4");
    expect(issues[0].code).toBe("orphan_adjustment");
    expect(issues[0].message).toContain("R1");
    expect(applyAdjustments([row("R2", 40)], [entry({ period: "FY2027-Q3" })], "rep", "FY2027-Q4").issues).toEqual([]);
  });

  it("round-trips the log through its table layout and reports bad rows by number", () => {
    const log = [entry({}), entry({ amount: null, note: "" })];
    expect(adjustmentsFromRows(adjustmentsToRows(log))).toEqual({ log, issues: [] });
    const bad = adjustmentsFromRows([...adjustmentsToRows([entry({})]), ["rep", "R1", "2027Q4", "commit", 5, "", "M1", "2026-11-27T10:00:00Z"]]);
    expect(bad.log).toHaveLength(1);
    expect(bad.issues[0].message).toMatch(/^Adjustment row 3, period:/);
  });
});

describe("KPI summary", () => {
  const deal = (id: string, won: boolean, closed: boolean, amount: number, createdDate: string, closeDate: string): ForecastDeal => ({ id, ownerId: "R1", accountId: "A", category: won ? "Closed" : closed ? "Omitted" : "Pipeline", amount, probability: 0.1, stage: "", stageOrder: 1, closed, won, createdDate, closeDate, type: "", product: "" });

  it("computes win rates, deal size, cycle length and pipeline created for the period", () => {
    const deals = [
      deal("a", true, true, 100, "2026-10-01", "2026-11-10"),
      deal("b", true, true, 300, "2026-11-02", "2026-12-02"),
      deal("c", false, true, 600, "2026-11-05", "2026-12-20"),
      deal("d", false, false, 1000, "2026-11-15", "2027-03-01"),
      deal("e", true, true, 5000, "2026-01-01", "2026-06-01"),
    ];
    const kpis = kpiSummary(deals, { start: "2026-11-01", end: "2027-01-31" });
    expect(kpis).toEqual({ winRateByCount: 2 / 3, winRateByValue: 400 / 1000, averageDealSize: 200, salesCycleMedianDays: 35, salesCycleMeanDays: 35, pipelineCreated: 1900, closedDeals: 3, wonDeals: 2 });
  });
});
