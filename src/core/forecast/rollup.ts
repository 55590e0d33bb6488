import type { FiscalGrain, FiscalStartMonth } from "../model/fiscalCalendar";
import { fiscalLabel } from "../model/fiscalCalendar";
import type { Rep } from "../model/entities";
import { CategoryAmounts, CumulativeForecast, EMPTY_CATEGORY_AMOUNTS, addToCategory, cumulativeForecast } from "./categoryTotals";
import type { ForecastDeal } from "./forecastDeal";

export type RollupLevel = "rep" | "manager" | "region";

export interface RollupRow extends CumulativeForecast {
  /** The rep id, manager id or region name the row is for. */
  key: string;
  period: string;
  /** Each category on its own, before the cumulative definitions. */
  byCategory: CategoryAmounts;
  /** Σ amount × probability over open deals. */
  weighted: number;
  dealCount: number;
}

/**
 * The key a deal rolls up to at a level: its owner, the owner's manager (a manager's own deals roll
 * up to the manager), or the owner's region. Owners missing from the rep list roll up to "(unknown)".
 */
export function rollupKeyResolver(level: RollupLevel, reps: readonly Rep[]): (ownerId: string) => string {
  const byId = new Map(reps.map((rep) => [rep.id, rep]));
  if (level === "rep") return (ownerId) => ownerId;
  if (level === "region") return (ownerId) => byId.get(ownerId)?.region || "(unknown)";
  return (ownerId) => {
    const rep = byId.get(ownerId);
    if (!rep) return "(unknown)";
    const isManager = reps.some((other) => other.managerId === rep.id);
    return isManager || !rep.managerId ? rep.id : rep.managerId;
  };
}

/**
 * Category rollups per key and fiscal period of the close date. Omitted deals are counted in
 * `byCategory.omitted` and left out of every forecast figure.
 * @example rollupDeals(deals, (owner) => owner, 2, "quarter")[0].commit
 */
export function rollupDeals(deals: readonly ForecastDeal[], keyOf: (ownerId: string) => string, fiscalStartMonth: FiscalStartMonth, grain: FiscalGrain): RollupRow[] {
  const groups = new Map<string, { key: string; period: string; byCategory: CategoryAmounts; weighted: number; dealCount: number }>();
  const periodCache = new Map<string, string>();
  for (const deal of deals) {
    let period = periodCache.get(deal.closeDate);
    if (period === undefined) {
      period = fiscalLabel(deal.closeDate, fiscalStartMonth, grain);
      periodCache.set(deal.closeDate, period);
    }
    const key = keyOf(deal.ownerId);
    const groupKey = `${key}\u0000${period}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { key, period, byCategory: { ...EMPTY_CATEGORY_AMOUNTS }, weighted: 0, dealCount: 0 };
      groups.set(groupKey, group);
    }
    addToCategory(group.byCategory, deal.category, deal.amount);
    if (!deal.closed && deal.category !== "Omitted") group.weighted += deal.amount * deal.probability;
    group.dealCount += 1;
  }
  return [...groups.values()]
    .map((group) => ({ ...group, ...cumulativeForecast(group.byCategory) }))
    .sort((a, b) => (a.period === b.period ? a.key.localeCompare(b.key) : a.period.localeCompare(b.period)));
}
