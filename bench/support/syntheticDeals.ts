/*
 * A million opportunities for the benchmark: close dates over 36 months (FY2025-Q3 to FY2028-Q2, end
 * of quarter heavier), deals before the as-of date closed won or lost with a `last_stage`, later ones
 * open at a stage that advances as the close date nears, categories from the stage map, amounts in
 * the seller's currency. Strings for dates and extras are shared, as a parser's interning would not
 * be: it keeps the generator's memory out of the figures as far as it can.
 */
import type { Opportunity } from "../../src/core/model/entities";
import { DEFAULT_STAGE_MAP } from "../../src/core/model/stageMap";
import { BenchRandom } from "./prng";
import { MONTHS, SEGMENTS, Segment, SyntheticOrg } from "./syntheticOrg";

/** Days since 1970-01-01 (UTC) and back: dates are drawn as whole days. */
export const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const OPEN_STAGES = DEFAULT_STAGE_MAP.filter((stage) => !stage.closed);
const WON = DEFAULT_STAGE_MAP.find((stage) => stage.won) as (typeof DEFAULT_STAGE_MAP)[number];
const LOST = DEFAULT_STAGE_MAP.find((stage) => stage.closed && !stage.won) as (typeof DEFAULT_STAGE_MAP)[number];
const PROFILE: Record<Segment, { medianUsd: number; cycleDays: number; winRate: number }> = {
  Enterprise: { medianUsd: 120_000, cycleDays: 120, winRate: 0.22 },
  "Mid-Market": { medianUsd: 40_000, cycleDays: 60, winRate: 0.28 },
  SMB: { medianUsd: 12_000, cycleDays: 30, winRate: 0.35 },
};
const PRODUCTS = ["Platform", "Analytics", "Integration", "Support Plus", "Data Cloud"];
const TYPES = ["New Business", "Expansion", "Renewal"];
/** Lost deals mostly die early: weights of the last open stage they reached, stage 1 to 8. */
const LOST_AT = [20, 18, 16, 14, 10, 8, 8, 6];
/** The first close month (6 = August 2024) and how many: three years of close dates. */
const FIRST_CLOSE_MONTH = 6;
const CLOSE_MONTHS = 36;

export interface DealOptions {
  seed: number;
  count: number;
  asOf: string;
}

/** Day number of the first day of the n-th month after February 2024. */
const monthStart = (monthIndex: number): number => Date.UTC(2024, 1 + monthIndex, 1) / 86_400_000;

/** The opportunities, deterministic for a seed. */
export function syntheticDeals(org: SyntheticOrg, options: DealOptions): Opportunity[] {
  const random = new BenchRandom(options.seed);
  const asOf = dayOf(options.asOf);
  const firstDay = monthStart(-24);
  const isoByDay: string[] = [];
  for (let day = firstDay; day < monthStart(MONTHS); day += 1) isoByDay.push(isoOf(day));
  const iso = (day: number): string => isoByDay[day - firstDay];
  const empty: Record<string, string> = {};
  const lastStageExtra = OPEN_STAGES.map((stage) => ({ last_stage: stage.stage }));
  // The third month of each quarter carries more closes (the end-of-quarter push).
  const monthWeights = Array.from({ length: CLOSE_MONTHS }, (_, i) => ((FIRST_CLOSE_MONTH + i) % 3 === 2 ? 1.6 : 1));

  const opportunities: Opportunity[] = new Array(options.count);
  for (let i = 0; i < options.count; i += 1) {
    const seller = org.sellers[random.below(org.sellers.length)];
    const accountId = seller.accountIds[random.below(seller.accountIds.length)];
    const segment: Segment = random.chance(0.1) ? SEGMENTS[random.below(SEGMENTS.length)] : seller.segment;
    const profile = PROFILE[segment];
    const closeMonth = FIRST_CLOSE_MONTH + random.weightedIndex(monthWeights);
    const start = monthStart(closeMonth);
    const closeDay = start + random.below(monthStart(closeMonth + 1) - start);
    // Cycles have a long tail, cut at two years as stale deals are in any CRM.
    const createdDay = closeDay - Math.min(730, Math.max(1, Math.round(random.logNormal(profile.cycleDays, 0.6))));
    // Most deals dated before today are closed; a few stay open past their close date, as in any CRM.
    const closed = closeDay < asOf && random.chance(0.97);
    let stage: (typeof DEFAULT_STAGE_MAP)[number];
    let extra = empty;
    if (closed) {
      const won = random.chance(profile.winRate);
      stage = won ? WON : LOST;
      extra = lastStageExtra[won ? OPEN_STAGES.length - 1 : random.weightedIndex(LOST_AT)];
    } else {
      // Deals closing soon are further along: shift the stage up as the close date nears.
      const daysOut = closeDay - asOf;
      const lead = daysOut < 30 ? 3 : daysOut < 90 ? 1 : 0;
      stage = OPEN_STAGES[Math.min(OPEN_STAGES.length - 1, random.below(OPEN_STAGES.length - lead) + lead)];
    }
    const rate = org.rateOf(seller.currency, closeMonth);
    const amount = Math.round((random.logNormal(profile.medianUsd, 0.8) / rate) * 100) / 100;
    opportunities[i] = {
      id: `O${String(i + 1).padStart(7, "0")}`,
      name: "",
      accountId,
      ownerId: seller.id,
      stage: stage.stage,
      forecastCategory: stage.category,
      amount,
      currency: seller.currency,
      // One deal in eight carries its own probability, as reps override the stage default.
      probability: !closed && random.chance(0.125) ? Math.round(random.next() * 100) / 100 : null,
      createdDate: iso(createdDay),
      closeDate: iso(closeDay),
      type: TYPES[i % TYPES.length],
      product: PRODUCTS[i % PRODUCTS.length],
      termMonths: 12,
      extra,
    };
  }
  return opportunities;
}
