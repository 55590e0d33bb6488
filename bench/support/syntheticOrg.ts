/*
 * The benchmark org around the deals: 2,000 reps under 200 managers and 5 regional VPs, 20,000
 * accounts with segments, monthly FX rates for 5 currencies and a quota per rep per quarter. Plain
 * arithmetic on a seeded generator, no demo-org code, so the data stays fixed as the demo evolves.
 */
import type { FxRate } from "../../src/core/model/currency";
import type { Account, Quota, Rep } from "../../src/core/model/entities";
import { BenchRandom } from "./prng";

export const FISCAL_START_MONTH = 2;
export const SEGMENTS = ["Enterprise", "Mid-Market", "SMB"] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Each region sells in one currency; `usdPerUnit` is where its monthly random walk starts. */
export const REGIONS = [
  { name: "North America", currency: "USD", usdPerUnit: 1 },
  { name: "EMEA", currency: "EUR", usdPerUnit: 1.08 },
  { name: "UK & Ireland", currency: "GBP", usdPerUnit: 1.27 },
  { name: "APAC", currency: "JPY", usdPerUnit: 0.0067 },
  { name: "LATAM", currency: "BRL", usdPerUnit: 0.19 },
] as const;

export const MANAGERS_PER_REGION = 40;
export const REPS_PER_MANAGER = 10;
export const ACCOUNTS_PER_REP = 10;
/** The months the data covers (close dates, quotas and rates): FY2025-M1 (Feb 2024) to FY2028-M12 (Jan 2028). */
export const FIRST_MONTH = { year: 2024, month: 2 };
export const MONTHS = 48;

/** A seller as the deal generator needs it: where they sell, in what currency and to whom. */
export interface SellerProfile {
  id: string;
  region: number;
  segment: Segment;
  currency: string;
  accountIds: string[];
}

export interface SyntheticOrg {
  reps: Rep[];
  accounts: Account[];
  fxRates: FxRate[];
  quotas: Quota[];
  sellers: SellerProfile[];
  /** Corporate (USD) units per unit of a currency in the n-th month after FIRST_MONTH. */
  rateOf(currency: string, monthIndex: number): number;
}

/** The fiscal label of the n-th month after FIRST_MONTH (the year is named by the calendar year it ends in). */
export function fiscalMonthLabel(monthIndex: number): string {
  const calendarMonth = ((FIRST_MONTH.month - 1 + monthIndex) % 12) + 1;
  const calendarYear = FIRST_MONTH.year + Math.floor((FIRST_MONTH.month - 1 + monthIndex) / 12);
  const fiscalYear = calendarMonth >= FISCAL_START_MONTH ? calendarYear + 1 : calendarYear;
  return `FY${fiscalYear}-M${((calendarMonth - FISCAL_START_MONTH + 12) % 12) + 1}`;
}

const QUOTA_BY_SEGMENT: Record<Segment, number> = { Enterprise: 900_000, "Mid-Market": 450_000, SMB: 180_000 };

function rep(id: string, name: string, role: string, managerId: string, region: string, segment: string): Rep {
  return { id, name, email: `${id.toLowerCase()}@example.com`, role, managerId, region, segment, startDate: "2020-01-01", endDate: null, extra: {} };
}

/** Builds the org for a seed; the same seed always gives the same org. */
export function syntheticOrg(seed: number): SyntheticOrg {
  const random = new BenchRandom(seed);
  const reps: Rep[] = [];
  const sellers: SellerProfile[] = [];
  const accounts: Account[] = [];
  REGIONS.forEach((region, r) => {
    const vp = `V${r + 1}`;
    reps.push(rep(vp, `VP ${region.name}`, "VP", "", region.name, "All"));
    for (let m = 0; m < MANAGERS_PER_REGION; m += 1) {
      const managerId = `M${String(r * MANAGERS_PER_REGION + m + 1).padStart(3, "0")}`;
      // Teams are organised by segment, as most sales orgs are: few enterprise teams, more SMB ones.
      const segment = SEGMENTS[[0, 1, 1, 2, 2][m % 5]];
      reps.push(rep(managerId, `Manager ${managerId}`, "Manager", vp, region.name, segment));
      for (let s = 0; s < REPS_PER_MANAGER; s += 1) {
        const id = `R${String(sellers.length + 1).padStart(4, "0")}`;
        reps.push(rep(id, `Rep ${id}`, "Rep", managerId, region.name, segment));
        const accountIds: string[] = [];
        for (let a = 0; a < ACCOUNTS_PER_REP; a += 1) {
          const accountId = `A${String(accounts.length + 1).padStart(5, "0")}`;
          // A few accounts sit in another segment than their rep's team (grown or shrunk since assignment).
          const accountSegment = random.chance(0.1) ? SEGMENTS[random.below(SEGMENTS.length)] : segment;
          accounts.push({ id: accountId, name: `Account ${accountId}`, industry: "Software", country: region.name, region: region.name, segment: accountSegment, employees: null, annualRevenue: null, potential: null, territoryId: "", extra: {} });
          accountIds.push(accountId);
        }
        sellers.push({ id, region: r, segment, currency: region.currency, accountIds });
      }
    }
  });

  // A random walk per currency: ±2 % a month around its starting rate.
  const rates = new Map<string, number[]>();
  const fxRates: FxRate[] = [];
  for (const region of REGIONS) {
    if (region.currency === "USD") continue;
    const walk: number[] = [];
    let rate = region.usdPerUnit;
    for (let month = 0; month < MONTHS; month += 1) {
      rate *= 1 + (random.next() - 0.5) * 0.04;
      walk.push(rate);
      fxRates.push({ currency: region.currency, period: fiscalMonthLabel(month), rateToCorporate: rate });
    }
    rates.set(region.currency, walk);
  }

  const quotas: Quota[] = [];
  for (const seller of sellers) {
    const usd = QUOTA_BY_SEGMENT[seller.segment] * (0.8 + random.next() * 0.4);
    const local = Math.round(usd / REGIONS[seller.region].usdPerUnit);
    for (let month = 0; month < MONTHS; month += 3) {
      const [fy, m] = fiscalMonthLabel(month).split("-M");
      quotas.push({ ownerId: seller.id, period: `${fy}-Q${Math.ceil(Number(m) / 3)}`, amount: local, currency: seller.currency, extra: {} });
    }
  }
  const rateOf = (currency: string, monthIndex: number): number => (currency === "USD" ? 1 : (rates.get(currency) as number[])[monthIndex]);
  return { reps, accounts, fxRates, quotas, sellers, rateOf };
}
