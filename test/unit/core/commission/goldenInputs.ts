/**
 * A seeded, deliberately busy commission input for the golden test: every feature of the engine
 * and most of its issues in one fiscal year (FY2027, February start). Managers with roll-up plans
 * (and a managerId cycle), explicit splits, overlays and bad splits, USD/EUR/GBP deals with GBP
 * rates missing for half the year, ACV and first-year bases, type and product filters, marginal
 * and retroactive tiers, gates, thresholds, multipliers, per-deal/period/target-incentive caps,
 * per-deal SPIFs and period bonuses, recoverable and non-recoverable draws, a YTD true-up, plan
 * changes mid-quarter, starters and leavers, missing and zero quotas, cancellations, adjustments
 * and locked payouts. Only the seed decides the data.
 */
import type { PlanAssignment } from "../../../../src/core/commission/assignments";
import type { Plan } from "../../../../src/core/commission/planSchema";
import type { Cancellation, CommissionInput, CreditSplit, LockedPayout, ManualAdjustment } from "../../../../src/core/commission/types";
import type { FxRate } from "../../../../src/core/model/currency";
import type { Opportunity, Quota, Rep } from "../../../../src/core/model/entities";
import { DEFAULT_SETTINGS } from "../../../../src/core/model/settings";
import { BenchRandom } from "../../../../bench/support/prng";
import { plan, rep } from "./fixtures";

export const GOLDEN_QUARTERS = ["FY2027-Q1", "FY2027-Q2", "FY2027-Q3", "FY2027-Q4"];

const QUARTER_MONTHS: Record<string, string[]> = {
  "FY2027-Q1": ["FY2027-M1", "FY2027-M2", "FY2027-M3"],
  "FY2027-Q2": ["FY2027-M4", "FY2027-M5", "FY2027-M6"],
  "FY2027-Q3": ["FY2027-M7", "FY2027-M8", "FY2027-M9"],
  "FY2027-Q4": ["FY2027-M10", "FY2027-M11", "FY2027-M12"],
};

function plans(): Plan[] {
  const ae = plan({
    id: "AE",
    rates: {
      tiers: [
        { threshold: 0, rate: 0.05, label: "Base" },
        { threshold: 0.5, rate: 0.08 },
        { threshold: 1, rate: 0.12, label: "Accelerator" },
        { threshold: 1.5, rate: 0.15 },
      ],
    },
    multipliers: [
      { id: "multi-year", factor: 1.1, when: { termMonthsOver: 12, types: ["New Business"] } },
      { id: "big", factor: 1.25, when: { creditAtLeast: 40_000 } },
    ],
    caps: { perDeal: 6_000, perPeriod: 60_000 },
    bonuses: [
      { id: "security-spif", kind: "spif", amount: 300, per: "deal", when: { products: ["Security Add-on"] } },
      { id: "club", kind: "bonus", amount: 2_500, per: "period", when: { attainmentAtLeast: 1.2 } },
      { id: "expansion-five", kind: "bonus", amount: 750, per: "period", when: { types: ["Expansion"], minDeals: 5 } },
    ],
    clawback: { windowDays: 90 },
  });
  const ytd = plan({
    id: "AEY",
    trueUp: "ytd",
    credit: { basis: "acv" },
    rates: { method: "retroactive", tiers: [{ threshold: 0, rate: 0.06 }, { threshold: 0.8, rate: 0.09 }, { threshold: 1.2, rate: 0.12 }] },
    gate: { minAttainment: 0.3 },
    draw: { amount: 2_500, recoverable: true },
    clawback: { windowDays: 120 },
  });
  const threshold = plan({
    id: "AET",
    targetIncentive: 20_000,
    credit: { basis: "firstYear", types: ["New Business", "Expansion"], products: ["Platform", "Analytics", "Security Add-on"] },
    threshold: { attainment: 0.6, rateFactor: 0.5 },
    caps: { targetIncentiveMultiple: 2, perDeal: 4_000 },
    draw: { amount: 1_500, recoverable: false },
    proration: { quota: false, draw: false },
    multipliers: [{ id: "analytics", factor: 1.5, when: { products: ["Analytics"] } }],
  });
  const manager = plan({
    id: "MGR",
    credit: { rollUpToManagers: true },
    targetIncentive: 15_000,
    rates: { on: "amount", tiers: [{ threshold: 0, rate: 0.01 }, { threshold: 500_000, rate: 0.015 }, { threshold: 1_000_000, rate: 0.02 }] },
    caps: { targetIncentiveMultiple: 3 },
    draw: { amount: 4_000, recoverable: true },
  });
  const euro = plan({ id: "EURP", currency: "EUR", rates: { tiers: [{ threshold: 0, rate: 0.07 }, { threshold: 1, rate: 0.11 }] }, caps: { perPeriod: 40_000 }, clawback: { windowDays: 60 } });
  const monthly = plan({ id: "MON", period: "month" });
  // Tiers that do not start at 0: the engine reports the plan and skips its reps.
  const broken: Plan = { ...plan({ id: "BAD" }), rates: { on: "attainment", method: "marginal", tiers: [{ threshold: 0.2, rate: 0.1 }] } };
  return [ae, ytd, threshold, manager, euro, monthly, broken];
}

function reps(): Rep[] {
  const list: Rep[] = [rep("VP1", { role: "Sales VP" })];
  for (let m = 1; m <= 4; m += 1) list.push(rep(`M0${m}`, { role: "Sales Manager", managerId: m === 4 ? "A35" : "VP1" }));
  for (let a = 1; a <= 36; a += 1) {
    const id = `A${String(a).padStart(2, "0")}`;
    const overrides: Partial<Rep> = { managerId: `M0${(a % 4) + 1}` };
    if (a === 35) overrides.managerId = "M04"; // with M04 → A35 above: a managerId cycle
    if (a % 9 === 0) overrides.startDate = "2026-06-15";
    if (a % 11 === 0) overrides.endDate = "2026-09-10";
    list.push(rep(id, overrides));
  }
  list.push(rep("NOPLAN", { managerId: "M01" }));
  return list;
}

function assignments(): PlanAssignment[] {
  const rows: PlanAssignment[] = [];
  const row = (repId: string, planId: string, from = "2020-01-01", to: string | null = null, more: Partial<PlanAssignment> = {}): void => {
    rows.push({ repId, planId, from, to, quota: null, targetIncentive: null, ...more });
  };
  row("VP1", "MGR");
  for (let m = 1; m <= 4; m += 1) row(`M0${m}`, "MGR");
  for (let a = 1; a <= 36; a += 1) {
    const id = `A${String(a).padStart(2, "0")}`;
    if (a === 3) {
      // Moves plan mid-Q2: two segments, each prorated.
      row(id, "AE", "2020-01-01", "2026-06-15");
      row(id, "AET", "2026-06-16");
    } else if (a === 4) {
      // Moves to a EUR plan mid-Q3: one payout cannot add two currencies.
      row(id, "AE", "2020-01-01", "2026-08-31");
      row(id, "EURP", "2026-09-01");
    } else if (a === 5) row(id, "MON");
    else if (a === 6) row(id, "BAD");
    else if (a === 7) row(id, "NOPE");
    else if (a % 5 === 0) row(id, "AEY", "2020-01-01", null, a === 10 ? { quota: 250_000 } : {});
    else if (a % 7 === 0) row(id, "AET", "2020-01-01", null, a === 14 ? { targetIncentive: 12_000 } : {});
    else if (a % 8 === 0) row(id, "EURP");
    else row(id, "AE");
  }
  row("GHOST", "AE");
  return rows;
}

function quotas(repList: readonly Rep[], random: BenchRandom): Quota[] {
  const rows: Quota[] = [];
  for (const r of repList) {
    if (r.id === "NOPLAN") continue;
    GOLDEN_QUARTERS.forEach((period, q) => {
      if (r.id === "A13" && q === 2) return; // no quota in Q3
      const amount = r.id === "A17" && q === 1 ? 0 : 150_000 + random.below(30) * 10_000;
      if (r.id === "A12") {
        // Monthly quota rows that add up to the quarter.
        for (const month of QUARTER_MONTHS[period]) rows.push({ ownerId: r.id, period: month, amount: amount / 3, currency: "USD", extra: {} });
        return;
      }
      rows.push({ ownerId: r.id, period, amount, currency: r.id === "A16" || r.id === "A24" ? "EUR" : "USD", extra: {} });
    });
  }
  return rows;
}

function fxRates(): FxRate[] {
  const rows: FxRate[] = [];
  for (let m = 1; m <= 12; m += 1) {
    rows.push({ currency: "EUR", period: `FY2027-M${m}`, rateToCorporate: 1.05 + m * 0.007 });
    if (m <= 6) rows.push({ currency: "GBP", period: `FY2027-M${m}`, rateToCorporate: 1.25 + m * 0.004 });
  }
  return rows;
}

const isoDay = (day: number): string => new Date(Date.UTC(2026, 1, 1 + day)).toISOString().slice(0, 10);

function opportunities(repList: readonly Rep[], random: BenchRandom, count: number): Opportunity[] {
  const owners = repList.map((r) => r.id);
  const stages = ["Closed Won", "Closed Won", "Closed Won", "closed won ", "Closed Lost", "Negotiation/Review"];
  const types = ["New Business", "Expansion", "Renewal"];
  const products = ["Platform", "Analytics", "Security Add-on", "Services"];
  const terms = [12, 12, 24, 36, 6, null];
  const deals: Opportunity[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = random.next();
    const currency = roll < 0.72 ? "USD" : roll < 0.92 ? "EUR" : "GBP";
    // Some amounts end in half a cent, to exercise the rounding rule.
    const amount = random.chance(0.1) ? Math.round(random.logNormal(20_000, 0.9) * 1000) / 1000 : Math.round(random.logNormal(20_000, 0.9));
    deals.push({
      id: `G${String(i + 1).padStart(5, "0")}`,
      name: "",
      accountId: `ACC-${random.below(200)}`,
      ownerId: owners[random.below(owners.length)],
      stage: stages[random.below(stages.length)],
      forecastCategory: "Closed",
      amount,
      currency,
      probability: null,
      createdDate: "2025-12-01",
      closeDate: isoDay(random.below(365 + 30) - 15),
      type: types[random.below(types.length)],
      product: products[random.below(products.length)],
      termMonths: terms[random.below(terms.length)],
      extra: {},
    });
  }
  // Two deals with one id: distinct-deal counts and splits go by id.
  deals.push({ ...deals[10], amount: 7_777 });
  return deals;
}

function splits(deals: readonly Opportunity[], repIds: readonly string[], random: BenchRandom): CreditSplit[] {
  const rows: CreditSplit[] = [];
  const pick = (): string => repIds[random.below(repIds.length)];
  deals.forEach((deal, i) => {
    if (i === 10) return; // the duplicated id stays unsplit
    const roll = random.next();
    if (roll < 0.06) {
      rows.push({ opportunityId: deal.id, repId: deal.ownerId, share: 0.5 }, { opportunityId: deal.id, repId: pick(), share: 0.5 });
    } else if (roll < 0.09) {
      for (let k = 0; k < 3; k += 1) rows.push({ opportunityId: deal.id, repId: k === 0 ? deal.ownerId : pick(), share: 1 / 3 });
    } else if (roll < 0.11) {
      rows.push({ opportunityId: deal.id, repId: pick(), share: 0.6 }, { opportunityId: deal.id, repId: pick(), share: 0.4 });
    }
    if (random.chance(0.05)) rows.push({ opportunityId: deal.id, repId: pick(), share: 0.5, kind: "overlay" });
  });
  // Bad splits: short of 100%, a duplicate rep, a share above 1, a zero share.
  rows.push({ opportunityId: deals[20].id, repId: "A01", share: 0.5 }, { opportunityId: deals[20].id, repId: "A02", share: 0.4 });
  rows.push({ opportunityId: deals[21].id, repId: "A01", share: 0.5 }, { opportunityId: deals[21].id, repId: "A01", share: 0.5 });
  rows.push({ opportunityId: deals[22].id, repId: "A03", share: 1.5, kind: "overlay" }, { opportunityId: deals[23].id, repId: "A04", share: 0 });
  return rows;
}

function cancellations(deals: readonly Opportunity[], random: BenchRandom): Cancellation[] {
  const rows: Cancellation[] = [];
  for (const deal of deals) {
    if (!random.chance(0.05)) continue;
    const days = random.below(150);
    rows.push({ opportunityId: deal.id, cancelDate: new Date(Date.parse(`${deal.closeDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) });
  }
  rows.push({ opportunityId: "G-UNKNOWN", cancelDate: "2026-08-01" });
  rows.push({ opportunityId: deals[30].id, cancelDate: "2025-01-01" });
  return rows;
}

/** The busy input; `period` is a placeholder for calculatePeriods. */
export function goldenInput(dealCount = 3_000): CommissionInput {
  const random = new BenchRandom(2027);
  const repList = reps();
  const deals = opportunities(repList, random, dealCount);
  const adjustments: ManualAdjustment[] = [
    { repId: "A01", period: "FY2027-Q2", amount: 123.455, reason: "Q1 correction" },
    { repId: "A02", period: "FY2027-Q3", amount: -250, reason: "Overpaid SPIF" },
    { repId: "M01", period: "FY2027-Q4", amount: 1_000, reason: "Team award" },
  ];
  const lockedPayouts: LockedPayout[] = [
    { repId: "A01", period: "FY2027-Q1", payout: 12_345.67 },
    { repId: "A08", period: "FY2027-Q2", payout: 0 },
  ];
  return {
    plans: plans(),
    assignments: assignments(),
    data: { settings: DEFAULT_SETTINGS, opportunities: deals, reps: repList, quotas: quotas(repList, random), fxRates: fxRates() },
    period: GOLDEN_QUARTERS[0],
    splits: splits(deals, repList.map((r) => r.id), random),
    cancellations: cancellations(deals, random),
    priorState: "fresh",
    adjustments,
    lockedPayouts,
  };
}
