/**
 * Quarterly quotas for every account executive. A rep's quota follows what a territory of
 * its segment and size actually books (plus 10% stretch, the usual setting that leaves most reps
 * near but under 100%), Q4-heavy like the bookings, prorated for partial tenure and reduced while
 * a new hire ramps. Rep skill is not in it, so attainment spreads the way it does in a real team.
 * Quotas are in the region's currency: USD, EUR for EMEA and JPY for Japan. Managers and the CRO
 * have no rows of their own: their number is the sum of their reps', so summing quotas over any
 * level of the hierarchy never counts a target twice.
 */
import type { Quota } from "../model/entities";
import { QUOTA_CURRENCY, Region, roundAmount } from "./catalogue";
import type { Day, DemoCalendar, FiscalSpan } from "./dayCalendar";
import type { FxPath } from "./fxRates";
import type { DemoDeal } from "./opportunities";
import { DemoOrg, rampFactor } from "./org";
import { Random } from "./prng";

export interface QuotaContext {
  calendar: DemoCalendar;
  fx: FxPath;
  org: DemoOrg;
  deals: readonly DemoDeal[];
  /** Each rep territory's deal volume relative to its segment's average. */
  territoryScale: ReadonlyMap<string, number>;
  windowStart: Day;
  asOf: Day;
}

const STRETCH = 1.1;
const ANNUAL_GROWTH = 1.18;

/** Booked USD per territory per segment and quarter; quarters not yet over are planned from a year before plus growth. */
function bookingsPerTerritory(ctx: QuotaContext, quarters: readonly FiscalSpan[]): Map<string, number> {
  const booked = new Map<string, number>();
  for (const { plan, territory } of ctx.deals) {
    if (!plan.won || plan.resolved > ctx.asOf) continue;
    const key = `${territory.segment}|${ctx.calendar.quarterOf(plan.resolved).label}`;
    const usd = plan.amounts[plan.amounts.length - 1].value * ctx.fx.usdPerUnit(plan.currency, plan.resolved);
    booked.set(key, (booked.get(key) ?? 0) + usd);
  }
  const seats = new Map<string, number>();
  for (const leaf of ctx.org.leaves) seats.set(leaf.segment, (seats.get(leaf.segment) ?? 0) + 1);
  const perTerritory = new Map<string, number>();
  for (const segment of seats.keys()) {
    quarters.forEach((quarter, i) => {
      const key = `${segment}|${quarter.label}`;
      const value = quarter.end <= ctx.asOf ? (booked.get(key) ?? 0) / (seats.get(segment) ?? 1) : (perTerritory.get(`${segment}|${quarters[i - 4]?.label}`) ?? 0) * ANNUAL_GROWTH;
      perTerritory.set(key, value);
    });
  }
  return perTerritory;
}

/**
 * Quotas for each quarter from the first demo fiscal year to the end of the current one.
 * @example buildQuotas(Random.fork(1, "quotas"), ctx).filter((q) => q.period === "FY2027-Q4").length // 40, one per current rep
 */
export function buildQuotas(random: Random, ctx: QuotaContext): Quota[] {
  const currentYear = ctx.calendar.quarterOf(ctx.asOf).fiscalYear;
  const quarters = ctx.calendar.quarters.filter((q) => q.end >= ctx.windowStart && q.fiscalYear <= currentYear);
  const perTerritory = bookingsPerTerritory(ctx, quarters);
  const quotas: Quota[] = [];
  const emit = (ownerId: string, region: string, quarter: FiscalSpan, usd: number): void => {
    const currency = QUOTA_CURRENCY[region as Region] ?? "USD";
    const amount = roundAmount(usd / ctx.fx.usdPerUnit(currency, quarter.start));
    quotas.push({ ownerId, period: quarter.label, amount, currency, extra: {} });
  };

  const reps = ctx.org.people.filter((p) => p.record.role === "Account Executive");
  for (const rep of reps) {
    const stretch = STRETCH * random.uniform(0.95, 1.05);
    for (const quarter of quarters) {
      let usd = 0;
      for (const leaf of ctx.org.leaves) {
        for (const spell of leaf.owners) {
          if (spell.ownerId !== rep.record.id) continue;
          const from = Math.max(spell.from, quarter.start);
          const to = Math.min(spell.to, quarter.end);
          if (to < from) continue;
          const share = (to - from + 1) / (quarter.end - quarter.start + 1);
          const ramp = rampFactor(rep.record.startDate, Math.round((from + to) / 2));
          usd += (perTerritory.get(`${leaf.segment}|${quarter.label}`) ?? 0) * (ctx.territoryScale.get(leaf.record.id) ?? 1) * share * ramp * stretch;
        }
      }
      if (usd > 0) emit(rep.record.id, rep.record.region, quarter, usd);
    }
  }

  return quotas;
}
