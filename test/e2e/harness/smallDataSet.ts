import type { DataSet } from "../../../src/core/model/dataSet";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import type { Opportunity } from "../../../src/core/model/entities";

/**
 * A small but complete data set (every record set, a few rows each) for the pane harness and the
 * use-case tests. `opportunityCount` makes the Opportunities table as big as a test needs.
 */
export function smallDataSet(opportunityCount = 30): DataSet {
  const opportunities: Opportunity[] = Array.from({ length: opportunityCount }, (_, i) => ({
    id: `O${i + 1}`,
    name: i === 0 ? "=HYPERLINK(\"http://x\",\"y\")" : `Deal ${i + 1}`,
    accountId: `A${(i % 3) + 1}`,
    ownerId: `R${(i % 2) + 1}`,
    stage: i % 4 === 0 ? "Closed Won" : "Proposal",
    forecastCategory: i % 4 === 0 ? "Closed" : "Best Case",
    amount: 10_000 + i * 1_250.5,
    currency: i % 5 === 0 ? "EUR" : "USD",
    probability: i % 4 === 0 ? 1 : 0.4,
    createdDate: "2026-02-01",
    closeDate: "2026-11-27",
    type: "New Business",
    product: "Platform",
    termMonths: i % 3 === 0 ? null : 12,
    extra: {},
  }));
  return {
    settings: DEFAULT_SETTINGS,
    opportunities,
    accounts: [1, 2, 3].map((n) => ({
      id: `A${n}`,
      name: `Account ${n}`,
      industry: "Software",
      country: "US",
      region: "NA",
      segment: "Enterprise",
      employees: 1000 * n,
      annualRevenue: 5_000_000 * n,
      potential: null,
      territoryId: "T1",
      extra: {},
    })),
    reps: [
      { id: "R1", name: "Ada Park", email: "ada@example.com", role: "Rep", managerId: "M1", region: "NA", segment: "Enterprise", startDate: "2024-02-01", endDate: null, extra: {} },
      { id: "R2", name: "Ben Ortiz", email: "ben@example.com", role: "Rep", managerId: "M1", region: "NA", segment: "Enterprise", startDate: "2025-05-01", endDate: "2026-10-31", extra: {} },
    ],
    quotas: [
      { ownerId: "R1", period: "FY2027-Q4", amount: 250_000, currency: "USD", extra: {} },
      { ownerId: "R2", period: "FY2027-Q4", amount: 200_000, currency: "USD", extra: {} },
    ],
    territories: [{ id: "T1", name: "NA Enterprise", region: "NA", segment: "Enterprise", ownerId: "R1", parentId: "", extra: {} }],
    fxRates: [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.0825 }],
    snapshots: opportunities.slice(0, 5).map((o) => ({ ...o, snapshotDate: "2026-11-20" })),
  };
}
