/**
 * The demo's ~600 accounts, spread over the rep territories. Size follows the segment (employees,
 * revenue), the country follows the region and sets the deal currency, and `potential` (the
 * estimated annual spend the company could have with us, in USD) drives how many deals an account
 * produces, so territory potential and territory bookings are related the way territory planning assumes.
 */
import type { Account } from "../model/entities";
import { COUNTRIES, DemoCurrency, INDUSTRIES, SEGMENT_PROFILES, roundAmount } from "./catalogue";
import { companyName, uniqueName } from "./names";
import type { DemoTerritory } from "./org";
import { Random } from "./prng";

export interface DemoAccount {
  record: Account;
  territory: DemoTerritory;
  /** The currency its deals are priced in (from its country). */
  currency: DemoCurrency;
  /** Already a customer when the demo period starts: it can have expansions and renewals. */
  customer: boolean;
  /** Relative deal frequency within its territory. */
  weight: number;
}

/** Spend on our kind of software as a share of revenue, before per-account variation. */
const POTENTIAL_SHARE_OF_REVENUE = 0.0012;

/**
 * Generates the accounts of every rep territory, in territory order, with ids `ACC-0001`, ….
 * @example buildAccounts(Random.fork(1, "accounts"), org.leaves).length // about 600
 */
export function buildAccounts(random: Random, territories: readonly DemoTerritory[]): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  const names = new Set<string>();
  for (const territory of territories) {
    const profile = SEGMENT_PROFILES[territory.segment];
    const count = random.int(profile.accountsPerTerritory[0], profile.accountsPerTerritory[1]);
    for (let i = 0; i < count; i += 1) {
      const countries = COUNTRIES[territory.region];
      const country = random.weighted(countries, countries.map((c) => c.weight));
      const industry = random.weighted(INDUSTRIES, INDUSTRIES.map((ind) => ind.weight));
      // Employees are log-uniform across the segment's range: many smaller companies, a few giants.
      const [low, high] = profile.employees;
      const employees = roundAmount(Math.exp(random.uniform(Math.log(low), Math.log(high))));
      const revenue = roundAmount(employees * industry.revenuePerEmployeeUsd * random.logNormal(1, 0.35));
      const potential = roundAmount(revenue * POTENTIAL_SHARE_OF_REVENUE * random.logNormal(1, 0.5));
      // Re-draw a taken name a few times before falling back to a numbered one.
      let name = companyName(random, territory.region, industry.name, random.pick(country.suffixes));
      for (let attempt = 0; attempt < 8 && names.has(name); attempt += 1) {
        name = companyName(random, territory.region, industry.name, random.pick(country.suffixes));
      }
      const record: Account = {
        id: `ACC-${String(accounts.length + 1).padStart(4, "0")}`,
        name: uniqueName(name, names),
        industry: industry.name,
        country: country.name,
        region: territory.region,
        segment: territory.segment,
        // Real CRM data has gaps: a few accounts lack firmographics (potential is always estimated).
        employees: random.chance(0.02) ? null : employees,
        annualRevenue: random.chance(0.03) ? null : revenue,
        potential,
        territoryId: territory.record.id,
        extra: {},
      };
      accounts.push({ record, territory, currency: country.currency, customer: random.chance(profile.customerShare), weight: Math.sqrt(potential) });
    }
  }
  return accounts;
}
