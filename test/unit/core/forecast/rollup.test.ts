import { RateTable } from "../../../../src/core/model/currency";
import type { Opportunity, Rep } from "../../../../src/core/model/entities";
import { DEFAULT_STAGE_MAP } from "../../../../src/core/model/stageMap";
import { cumulativeForecast } from "../../../../src/core/forecast/categoryTotals";
import { toForecastDeals } from "../../../../src/core/forecast/forecastDeal";
import { attainment, median, pipelineCoverage, winRate } from "../../../../src/core/forecast/kpis";
import { rollupDeals, rollupKeyResolver } from "../../../../src/core/forecast/rollup";
import { weightedPipeline } from "../../../../src/core/forecast/weightedPipeline";

function opportunity(partial: Partial<Opportunity> & Pick<Opportunity, "id" | "ownerId" | "stage" | "forecastCategory" | "amount">): Opportunity {
  return { name: partial.id, accountId: "A1", currency: "USD", probability: null, createdDate: "2026-08-01", closeDate: "2026-12-15", type: "New Business", product: "Core", termMonths: 12, extra: {}, ...partial };
}

const reps: Rep[] = [
  { id: "M1", name: "Manager", email: "", role: "Manager", managerId: "", region: "EMEA", segment: "Enterprise", startDate: "2020-01-01", endDate: null, extra: {} },
  { id: "R1", name: "Rep One", email: "", role: "Rep", managerId: "M1", region: "EMEA", segment: "Enterprise", startDate: "2020-01-01", endDate: null, extra: {} },
  { id: "R2", name: "Rep Two", email: "", role: "Rep", managerId: "M1", region: "EMEA", segment: "Enterprise", startDate: "2020-01-01", endDate: null, extra: {} },
];

const opportunities = [
  opportunity({ id: "O1", ownerId: "R1", stage: "Closed Won", forecastCategory: "Closed", amount: 20 }),
  opportunity({ id: "O2", ownerId: "R1", stage: "Negotiation/Review", forecastCategory: "Commit", amount: 10 }),
  opportunity({ id: "O3", ownerId: "R1", stage: "Value Proposition", forecastCategory: "Best Case", amount: 30, probability: 0.4 }),
  opportunity({ id: "O4", ownerId: "R2", stage: "Prospecting", forecastCategory: "Pipeline", amount: 100, currency: "EUR" }),
  opportunity({ id: "O5", ownerId: "R2", stage: "Closed Lost", forecastCategory: "Omitted", amount: 50 }),
  opportunity({ id: "O6", ownerId: "R2", stage: "Prospecting", forecastCategory: "Pipeline", amount: 5, currency: "BRL" }),
];

describe("forecast rollups", () => {
  const rates = new RateTable("USD", 2, [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.1 }]);
  const { deals, issues } = toForecastDeals(opportunities, DEFAULT_STAGE_MAP, rates);

  it("converts to the corporate currency and reports deals without a rate", () => {
    expect(deals.map((d) => d.id)).toEqual(["O1", "O2", "O3", "O4", "O5"]);
    expect(deals[3].amount).toBeCloseTo(110, 10);
    expect(issues).toHaveLength(1);
    expect(issues[0].path[0]).toBe("O6");
  });

  it("applies the cumulative definitions and leaves Omitted out", () => {
    expect(cumulativeForecast({ pipeline: 40, bestCase: 30, commit: 10, closed: 20, omitted: 50 })).toEqual({ closed: 20, commit: 30, bestCase: 60, pipeline: 80 });
    const [r1, r2] = rollupDeals(deals, rollupKeyResolver("rep", reps), 2, "quarter");
    expect(r1).toMatchObject({ key: "R1", period: "FY2027-Q4", closed: 20, commit: 30, bestCase: 60, pipeline: 40, dealCount: 3 });
    expect(r1.weighted).toBeCloseTo(10 * 0.9 + 30 * 0.4, 10);
    expect(r2).toMatchObject({ key: "R2", closed: 0, commit: 0, bestCase: 0 });
    expect(r2.pipeline).toBeCloseTo(110, 10);
    expect(r2.byCategory.omitted).toBe(50);
  });

  it("rolls reps up to their manager and region", () => {
    const managerRows = rollupDeals(deals, rollupKeyResolver("manager", reps), 2, "year");
    expect(managerRows).toHaveLength(1);
    expect(managerRows[0]).toMatchObject({ key: "M1", period: "FY2027", closed: 20, commit: 30 });
    expect(rollupDeals(deals, rollupKeyResolver("region", reps), 2, "month")[0].key).toBe("EMEA");
    expect(rollupKeyResolver("region", reps)("ghost")).toBe("(unknown)");
  });
});

describe("weighted pipeline and KPIs", () => {
  it("weights by stage default or by the given probability", () => {
    expect(weightedPipeline([100, 200, 50], ["Negotiation/Review", 0.5, 30], DEFAULT_STAGE_MAP)).toEqual({ total: 90 + 100 + 15, issues: [] });
    const unknown = weightedPipeline([100], ["Dreaming"], DEFAULT_STAGE_MAP);
    expect(unknown.total).toBe(0);
    expect(unknown.issues[0].message).toContain('"Dreaming"');
  });

  it("computes attainment, coverage, win rate and medians", () => {
    expect(attainment(120000, 100000)).toBe(1.2);
    expect(attainment(1, 0)).toBeNull();
    expect(pipelineCoverage(300000, 200000, 50000)).toBe(2);
    expect(pipelineCoverage(300000, 200000, 250000)).toBeNull();
    expect(winRate([true, false, true, true])).toBe(0.75);
    expect(winRate([true, false], [300, 100])).toBe(0.75);
    expect(winRate([])).toBeNull();
    expect(median([5, 1, 3, 9])).toBe(4);
    expect(median([7])).toBe(7);
  });
});
