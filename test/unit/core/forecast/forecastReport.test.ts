import { buildForecast, ForecastOptionsError } from "../../../../src/core/forecast/forecastReport";
import type { DataSet } from "../../../../src/core/model/dataSet";
import type { Opportunity, Rep } from "../../../../src/core/model/entities";
import { DEFAULT_SETTINGS } from "../../../../src/core/model/settings";

function opp(id: string, ownerId: string, stage: string, forecastCategory: Opportunity["forecastCategory"], amount: number, closeDate: string, currency = "USD"): Opportunity {
  return { id, name: id, accountId: "A1", ownerId, stage, forecastCategory, amount, currency, probability: null, createdDate: "2026-01-05", closeDate, type: "New Business", product: "Core", termMonths: 12, extra: {} };
}

function rep(id: string, managerId: string, region: string): Rep {
  return { id, name: `Name ${id}`, email: "", role: managerId ? "Rep" : "Manager", managerId, region, segment: "Enterprise", startDate: "2020-01-01", endDate: null, extra: {} };
}

const dataSet: DataSet = {
  settings: DEFAULT_SETTINGS,
  reps: [rep("M1", "", "NA"), rep("R1", "M1", "NA"), rep("R2", "M1", "NA")],
  accounts: [{ id: "A1", name: "Acme", industry: "Tech", country: "US", region: "NA", segment: "Enterprise", employees: 100, annualRevenue: null, potential: null, territoryId: "", extra: {} }],
  quotas: [
    { ownerId: "R1", period: "FY2027-Q4", amount: 100_000, currency: "USD", extra: {} },
    { ownerId: "R2", period: "FY2027-Q4", amount: 50_000, currency: "EUR", extra: {} },
  ],
  territories: [],
  fxRates: [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.2 }],
  snapshots: [],
  opportunities: [
    opp("O1", "R1", "Closed Won", "Closed", 40_000, "2026-11-10"),
    opp("O2", "R1", "Negotiation/Review", "Commit", 30_000, "2026-12-20"),
    opp("O3", "R1", "Value Proposition", "Best Case", 20_000, "2027-01-15"),
    opp("O4", "R1", "Prospecting", "Pipeline", 90_000, "2027-02-15"),
    opp("O5", "R2", "Prospecting", "Pipeline", 10_000, "2026-12-01", "EUR"),
    // History for the win rates: earlier quarters, all from stage 1 on.
    opp("H1", "R1", "Closed Won", "Closed", 10_000, "2026-05-01"),
    opp("H2", "R2", "Closed Lost", "Omitted", 10_000, "2026-05-01"),
  ],
};

describe("buildForecast", () => {
  it("rolls up a quarter per rep with quota, weighted pipeline, projection, coverage and attainment", () => {
    const { rows } = buildForecast(dataSet, { period: "FY2027-Q4", level: "rep", asOf: "2026-11-27", minDeals: 1 });
    expect(rows.map((r) => r.owner)).toEqual(["R1", "R2"]);
    const [r1, r2] = rows;
    expect(r1).toMatchObject({ ownerName: "Name R1", quota: 100_000, closedWon: 40_000, commit: 70_000, bestCase: 90_000, pipeline: 50_000 });
    expect(r1.weighted).toBeCloseTo(30_000 * 0.9 + 20_000 * 0.5, 6);
    expect(r1.attainment).toBeCloseTo(0.4, 12);
    expect(r1.coverage).toBeCloseTo(50_000 / 60_000, 12);
    // Won deals count at every stage, lost H2 has no history: stage rates are 2/2 won → projection = closed + all open.
    expect(r1.projection).toBeCloseTo(40_000 + 50_000, 6);
    expect(r2.quota).toBeCloseTo(60_000, 6);
    expect(r2.pipeline).toBeCloseTo(12_000, 6);
  });

  it("rolls reps up to their manager and regions", () => {
    const { rows } = buildForecast(dataSet, { period: "FY2027-Q4", level: "manager", asOf: "2026-11-27" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ owner: "M1", closedWon: 40_000 });
    expect(rows[0].quota).toBeCloseTo(160_000, 6);
    expect(buildForecast(dataSet, { period: "FY2027", level: "region", asOf: "2026-11-27" }).rows[0].owner).toBe("NA");
  });

  it("refuses a period that is not a fiscal label", () => {
    expect(() => buildForecast(dataSet, { period: "2027Q4", level: "rep", asOf: "2026-11-27" })).toThrow(ForecastOptionsError);
  });
});
