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
  if (level === "rep") return (ownerId) => ownerId;
  // Every rep's key is worked out once here: the resolver runs once per deal, and asking "is anyone's
  // manager this rep?" by scanning the rep list per deal was quadratic.
  const byId = new Map(reps.map((rep) => [rep.id, rep]));
  const managerIds = new Set(reps.map((rep) => rep.managerId));
  const keys = new Map<string, string>();
  for (const [id, rep] of byId) {
    if (level === "region") keys.set(id, rep.region || "(unknown)");
    else keys.set(id, managerIds.has(rep.id) || !rep.managerId ? rep.id : rep.managerId);
  }
  return (ownerId) => keys.get(ownerId) ?? "(unknown)";
}

interface Group {
  key: string;
  period: string;
  byCategory: CategoryAmounts;
  weighted: number;
  dealCount: number;
}

/**
 * Category rollups per key and fiscal period of the close date. Omitted deals are counted in
 * `byCategory.omitted` and left out of every forecast figure.
 * @example rollupDeals(deals, (owner) => owner, 2, "quarter")[0].commit
 */
export function rollupDeals(deals: readonly ForecastDeal[], keyOf: (ownerId: string) => string, fiscalStartMonth: FiscalStartMonth, grain: FiscalGrain): RollupRow[] {
  // Groups by period, then by key: no composite key string is built per deal.
  const byPeriod = new Map<string, Map<string, Group>>();
  const periodOfDate = new Map<string, Map<string, Group>>();
  const groups: Group[] = [];
  for (const deal of deals) {
    let groupsOfPeriod = periodOfDate.get(deal.closeDate);
    if (groupsOfPeriod === undefined) {
      const period = fiscalLabel(deal.closeDate, fiscalStartMonth, grain);
      groupsOfPeriod = byPeriod.get(period) ?? new Map<string, Group>();
      byPeriod.set(period, groupsOfPeriod);
      periodOfDate.set(deal.closeDate, groupsOfPeriod);
    }
    const key = keyOf(deal.ownerId);
    let group = groupsOfPeriod.get(key);
    if (!group) {
      group = { key, period: fiscalLabel(deal.closeDate, fiscalStartMonth, grain), byCategory: { ...EMPTY_CATEGORY_AMOUNTS }, weighted: 0, dealCount: 0 };
      groupsOfPeriod.set(key, group);
      groups.push(group);
    }
    addToCategory(group.byCategory, deal.category, deal.amount);
    if (!deal.closed && deal.category !== "Omitted") group.weighted += deal.amount * deal.probability;
    group.dealCount += 1;
  }
  return groups
    .map((group) => ({ ...group, ...cumulativeForecast(group.byCategory) }))
    .sort((a, b) => (a.period === b.period ? a.key.localeCompare(b.key) : a.period.localeCompare(b.period)));
}
