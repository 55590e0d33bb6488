/**
 * The commission benchmark's input: 1,000 reps and, by default, 800,000 closed-won deals in one
 * quarter, a quarter of them split between two reps (≈ 1,000,000 credit lines), a fifth in EUR, a
 * four-tier marginal plan with a per-deal and a per-period cap. Shared by the benchmark and the
 * engine's golden test (at a smaller size), so the test pins the very shape the benchmark times.
 */
import { parsePlan } from "../../src/core/commission/parsePlan";
import type { CommissionInput, CreditSplit } from "../../src/core/commission/types";
import type { FxRate } from "../../src/core/model/currency";
import type { Opportunity, Quota, Rep } from "../../src/core/model/entities";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { BenchRandom } from "./prng";

export const COMMISSION_BENCH_PERIOD = "FY2027-Q2";
const SPLIT_EVERY = 4;

export interface CommissionBenchInput extends CommissionInput {
  splits: readonly CreditSplit[];
}

/**
 * The seeded input: the same `deals` and `reps` always give the same data.
 * @example commissionBenchInput(800_000).data.opportunities.length // 800000
 */
export function commissionBenchInput(deals: number, repCount = 1_000): CommissionBenchInput {
  const random = new BenchRandom(11);
  const reps: Rep[] = [];
  const quotas: Quota[] = [];
  for (let i = 0; i < repCount; i += 1) {
    const id = `REP-${String(i + 1).padStart(4, "0")}`;
    reps.push({ id, name: id, email: "", role: "Account Executive", managerId: "", region: "NA", segment: "SMB", startDate: "2020-01-01", endDate: null, extra: {} });
    quotas.push({ ownerId: id, period: COMMISSION_BENCH_PERIOD, amount: 1_000_000 + Math.round(random.next() * 100) * 10_000, currency: "USD", extra: {} });
  }
  // Shared date strings, as a parser's interning would give: keeps the generator out of the memory figures.
  const dates = Array.from({ length: 92 }, (_, d) => new Date(Date.UTC(2026, 4, 1 + d)).toISOString().slice(0, 10));
  const products = ["Platform", "Analytics", "Integration", "Support Plus"];
  const types = ["New Business", "Expansion", "Renewal"];
  const opportunities: Opportunity[] = [];
  const splits: CreditSplit[] = [];
  for (let i = 0; i < deals; i += 1) {
    const id = `OPP-${String(i + 1).padStart(7, "0")}`;
    const owner = reps[Math.floor(random.next() * repCount)].id;
    const currency = random.next() < 0.2 ? "EUR" : "USD";
    opportunities.push({
      id,
      name: id,
      accountId: "ACC-1",
      ownerId: owner,
      stage: "Closed Won",
      forecastCategory: "Closed",
      amount: Math.round(2_000 + random.next() * 3_000),
      currency,
      probability: null,
      createdDate: "2026-01-01",
      closeDate: dates[Math.floor(random.next() * dates.length)],
      type: types[i % 3],
      product: products[i % 4],
      termMonths: 12,
      extra: {},
    });
    if (i % SPLIT_EVERY === 0) {
      const other = reps[Math.floor(random.next() * repCount)].id;
      if (other !== owner) {
        splits.push({ opportunityId: id, repId: owner, share: 0.5 }, { opportunityId: id, repId: other, share: 0.5 });
      }
    }
  }
  const fxRates: FxRate[] = ["FY2027-M4", "FY2027-M5", "FY2027-M6"].map((period, m) => ({ currency: "EUR", period, rateToCorporate: 1.08 + m * 0.01 }));
  const plan = parsePlan({
    id: "BENCH",
    currency: "USD",
    period: "quarter",
    credit: {},
    rates: {
      method: "marginal",
      tiers: [
        { threshold: 0, rate: 0.04 },
        { threshold: 0.5, rate: 0.08 },
        { threshold: 1, rate: 0.12 },
        { threshold: 1.5, rate: 0.16 },
      ],
    },
    caps: { perDeal: 600, perPeriod: 250_000 },
  });
  if (!plan.ok) throw new Error(plan.issues.map((issue) => issue.message).join("; "));
  return {
    plans: [plan.value],
    assignments: reps.map((rep) => ({ repId: rep.id, planId: "BENCH", from: "2020-01-01", to: null, quota: null, targetIncentive: null })),
    data: { settings: DEFAULT_SETTINGS, opportunities, reps, quotas, fxRates },
    period: COMMISSION_BENCH_PERIOD,
    splits,
    priorState: "fresh",
  };
}
