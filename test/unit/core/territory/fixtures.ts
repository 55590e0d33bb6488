import type { Account, Rep, Territory } from "../../../../src/core/model/entities";
import type { TerritoryData, TerritoryDeal } from "../../../../src/core/territory/metricTypes";

export const territory = (id: string, parentId = "", ownerId = ""): Territory => ({ id, name: id, region: "", segment: "", ownerId, parentId, extra: {} });

export const account = (id: string, territoryId: string, partial: Partial<Account> = {}): Account => ({
  id,
  name: id,
  industry: "Retail",
  country: "France",
  region: "EMEA",
  segment: "SMB",
  employees: 100,
  annualRevenue: null,
  potential: 0,
  territoryId,
  extra: {},
  ...partial,
});

export const rep = (id: string, startDate = "2020-01-01", endDate: string | null = null): Rep => ({ id, name: id, email: "", role: "Account Executive", managerId: "", region: "", segment: "", startDate, endDate, extra: {} });

export const won = (accountId: string, amount: number, closeDate: string): TerritoryDeal => ({ accountId, amount, closed: true, won: true, closeDate });
export const lost = (accountId: string, amount: number, closeDate: string): TerritoryDeal => ({ accountId, amount, closed: true, won: false, closeDate });
export const open = (accountId: string, amount: number, closeDate = "2027-03-31"): TerritoryDeal => ({ accountId, amount, closed: false, won: false, closeDate });

/**
 * A small org with the fiscal year starting in February, as of 2026-11-27 (FY2027; the prior year
 * FY2026 runs 2025-02-01 → 2026-01-31; TTM is 2025-11-28 → 2026-11-27):
 *   WEST (R0) ─ W1 (R1): A1 (potential 100, Enterprise), A2 (50)
 *             └ W2 (R2): A3 (30, score 4)
 *   EAST (R0) ─ E1 (R3, left in 2026-06): A4 (20)
 *   A5 without a territory (10)
 */
export function smallOrg(): TerritoryData {
  return {
    territories: [territory("WEST", "", "R0"), territory("W1", "WEST", "R1"), territory("W2", "WEST", "R2"), territory("EAST", "", "R0"), territory("E1", "EAST", "R3")],
    accounts: [
      account("A1", "W1", { potential: 100, segment: "Enterprise", extra: { score: "5" } }),
      account("A2", "W1", { potential: 50 }),
      account("A3", "W2", { potential: 30, extra: { score: "4" } }),
      account("A4", "E1", { potential: 20 }),
      account("A5", "", { potential: 10 }),
    ],
    deals: [
      won("A1", 1000, "2026-06-01"), // TTM and FY2027: not prior year
      won("A1", 500, "2025-03-01"), // prior year only
      won("A2", 200, "2025-12-15"), // TTM and prior year
      lost("A3", 999, "2026-05-01"),
      open("A3", 300),
      open("A1", 700),
      won("A4", 50, "2027-01-15"), // after the as-of date: not counted, A4 stays a prospect
      open("A5", 40),
      open("ZZ", 5), // unknown account
    ],
    reps: [rep("R0"), rep("R1"), rep("R2", "2026-12-01"), rep("R3", "2020-01-01", "2026-06-30")],
    quotaByTerritory: new Map([
      ["W1", 600],
      ["W2", 300],
      ["E1", 100],
    ]),
  };
}
