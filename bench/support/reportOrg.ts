/*
 * The report benchmark's large org: the benchmark org of syntheticOrg (2,000 sellers under 200
 * managers and 5 regional VPs, quarterly quotas, monthly FX rates for 4 currencies besides USD)
 * grown to 25 accounts per seller (50,000), with a territory tree (region → region-segment → one
 * leaf per seller), the opportunities of syntheticDeals (~3 years of close dates, realistic stage
 * mix) and weekly pipeline snapshots around the reviewed quarter. Seeded: the same arguments give
 * the same org, so every run times the same report.
 */
import type { CompensationSetup } from "../../src/app/runCommissions";
import { DEMO_AE_PLAN } from "../../src/core/commission";
import type { DataSet } from "../../src/core/model/dataSet";
import type { Account, Territory } from "../../src/core/model/entities";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { BenchRandom } from "./prng";
import { reportSnapshots } from "./reportSnapshots";
import { syntheticDeals } from "./syntheticDeals";
import { FISCAL_START_MONTH, REGIONS, SEGMENTS, SellerProfile, syntheticOrg } from "./syntheticOrg";

export const REPORT_AS_OF = "2026-11-27";
/** The quarter the QBR reviews: August to October 2026 with a February fiscal year start. */
export const REPORT_PERIOD = "FY2027-Q3";
const ACCOUNTS_PER_SELLER = 25;
const INDUSTRIES = ["Software", "Retail", "Manufacturing", "Financial Services", "Healthcare", "Energy", "Media", "Public Sector"];
const EMPLOYEES_BY_SEGMENT = { Enterprise: 20_000, "Mid-Market": 2_000, SMB: 150 } as const;

function territoryTree(sellers: readonly SellerProfile[]): { territories: Territory[]; leafOf: Map<string, string> } {
  const territories: Territory[] = [];
  const leafOf = new Map<string, string>();
  REGIONS.forEach((region, r) => {
    const regionId = `T-R${r + 1}`;
    territories.push({ id: regionId, name: region.name, region: region.name, segment: "All", ownerId: `V${r + 1}`, parentId: "", extra: {} });
    for (const segment of SEGMENTS) territories.push({ id: `${regionId}-${segment}`, name: `${region.name} ${segment}`, region: region.name, segment, ownerId: "", parentId: regionId, extra: {} });
  });
  for (const seller of sellers) {
    const id = `T-${seller.id}`;
    territories.push({ id, name: `Territory ${seller.id}`, region: REGIONS[seller.region].name, segment: seller.segment, ownerId: seller.id, parentId: `T-R${seller.region + 1}-${seller.segment}`, extra: {} });
    leafOf.set(seller.id, id);
  }
  return { territories, leafOf };
}

/** The org's accounts with industry, size and potential, and 15 more per seller than syntheticOrg gives. */
function grownAccounts(random: BenchRandom, accounts: readonly Account[], sellers: readonly SellerProfile[], leafOf: Map<string, string>): { accounts: Account[]; sellers: SellerProfile[] } {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const all: Account[] = [];
  let next = accounts.length;
  const grown = sellers.map((seller) => {
    const ids = [...seller.accountIds];
    while (ids.length < ACCOUNTS_PER_SELLER) {
      next += 1;
      ids.push(`A${String(next).padStart(5, "0")}`);
    }
    for (const id of ids) {
      const base = byId.get(id);
      const segment = base?.segment ?? (random.chance(0.1) ? SEGMENTS[random.below(SEGMENTS.length)] : seller.segment);
      const employees = Math.round(random.logNormal(EMPLOYEES_BY_SEGMENT[segment as keyof typeof EMPLOYEES_BY_SEGMENT], 0.7));
      all.push({
        id,
        name: base?.name ?? `Account ${id}`,
        industry: INDUSTRIES[random.below(INDUSTRIES.length)],
        country: REGIONS[seller.region].name,
        region: REGIONS[seller.region].name,
        segment,
        employees,
        annualRevenue: employees * 250_000,
        potential: Math.round(employees * (40 + random.next() * 80)),
        territoryId: leafOf.get(seller.id) ?? "",
        extra: {},
      });
    }
    return { ...seller, accountIds: ids };
  });
  return { accounts: all, sellers: grown };
}

/**
 * The data set and the plans in force (the demo AE plan for every seller).
 * @example reportOrg(10_000).dataSet.accounts.length // 50000
 */
export function reportOrg(opportunityCount: number, seed = 20261127): { dataSet: DataSet; compensation: CompensationSetup } {
  const org = syntheticOrg(seed);
  const random = new BenchRandom(seed + 3);
  const { territories, leafOf } = territoryTree(org.sellers);
  const { accounts, sellers } = grownAccounts(random, org.accounts, org.sellers, leafOf);
  const opportunities = syntheticDeals({ ...org, sellers }, { seed: seed + 1, count: opportunityCount, asOf: REPORT_AS_OF });
  const snapshots = reportSnapshots(opportunities, seed + 2);
  // The plan engine pays "Account Executive"s; syntheticOrg calls its sellers "Rep".
  const reps = org.reps.map((rep) => (rep.role === "Rep" ? { ...rep, role: "Account Executive" } : rep));
  const dataSet: DataSet = {
    settings: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: FISCAL_START_MONTH, corporateCurrency: "USD" },
    opportunities,
    accounts,
    reps,
    quotas: org.quotas,
    territories,
    fxRates: org.fxRates,
    snapshots,
  };
  const assignments = reps.filter((rep) => rep.role === "Account Executive").map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null }));
  return { dataSet, compensation: { plans: [DEMO_AE_PLAN], assignments } };
}
