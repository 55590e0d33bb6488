/**
 * The demo's ~12,000 opportunities. Each rep territory resolves deals at a daily rate that follows
 * the close-date seasonality, the org's growth and the territory's potential; each deal then gets
 * an account, a type, a product, a size and a cycle length typical of its segment, an outcome from
 * the segment's win rate and the rep's skill, and a planned life (see dealPlan.ts). Drawing the
 * resolution day first is what gives closed deals their end-of-quarter and Q4 pattern, and reading
 * plans on the as-of date gives an open pipeline with the deals a real one has (long-cycle deals
 * over-represented), closing in the future.
 */
import { DEAL_TYPES, DEAL_TYPE_PROFILES, DealType, PRODUCTS, SEGMENT_PROFILES, roundAmount } from "./catalogue";
import { Day, DemoCalendar, weekday } from "./dayCalendar";
import { DealPlan, planDeal } from "./dealPlan";
import type { DemoAccount } from "./accounts";
import type { FxPath } from "./fxRates";
import { DemoOrg, DemoTerritory, ownerOn, rampFactor } from "./org";
import { Random } from "./prng";
import { closeDayWeight, growthFactor, meanCloseDayWeight } from "./seasonality";
import type { CategoryJudgement, StageLadder } from "./stageLadder";

export interface DemoDeal {
  id: string;
  name: string;
  plan: DealPlan;
  territory: DemoTerritory;
}

export interface DealContext {
  calendar: DemoCalendar;
  fx: FxPath;
  org: DemoOrg;
  accounts: readonly DemoAccount[];
  ladder: StageLadder;
  /** First day of the earliest fiscal year in the demo: closed deals resolve from here on. */
  windowStart: Day;
  asOf: Day;
}

/** How far past the as-of date deals still open today may resolve. */
const FUTURE_DAYS = 420;
const TERMS = [12, 24, 36] as const;
const TYPE_WEIGHTS = DEAL_TYPES.map((t) => DEAL_TYPE_PROFILES[t].customerShare);
const PRODUCT_WEIGHTS = Object.fromEntries(DEAL_TYPES.map((t) => [t, PRODUCTS.map((p) => p.weights[t])])) as Record<DealType, number[]>;

function judgementFor(random: Random, style: string): CategoryJudgement {
  if (random.chance(0.04)) return "omit";
  if (style === "optimistic" && random.chance(0.6)) return "upgrade";
  if (style === "cautious" && random.chance(0.5)) return "downgrade";
  return null;
}

/** Draws one deal resolving on `resolved` in `territory`, or null when it does not exist (yet) on the as-of date. */
function drawDeal(random: Random, ctx: DealContext, territory: DemoTerritory, accounts: readonly DemoAccount[], weights: readonly number[], resolved: Day): DealPlan | null {
  const segment = SEGMENT_PROFILES[territory.segment];
  const account = random.weighted(accounts, weights);
  const type: DealType = account.customer ? random.weighted(DEAL_TYPES, TYPE_WEIGHTS) : "New Business";
  const typeProfile = DEAL_TYPE_PROFILES[type];
  const product = random.weighted(PRODUCTS, PRODUCT_WEIGHTS[type]);
  const termMonths = product.subscription ? random.weighted(TERMS, segment.termWeights) : null;
  const median = segment.medianAnnualUsd * typeProfile.sizeFactor * product.sizeFactor;
  const annualUsd = random.logNormal(median, segment.sizeSigma);

  // The rep who works the deal to its end: the territory owner on the close day (or today, if open).
  const closer = ctx.org.personById.get(ownerOn(territory, Math.min(resolved, ctx.asOf)));
  const base = type === "Renewal" ? segment.renewalWinRate : segment.newBusinessWinRate + typeProfile.winRateLift;
  // Bigger deals than usual are harder to win, so win rates differ by deal-size band.
  const sizeEffect = Math.min(1.3, Math.max(0.7, (median / annualUsd) ** 0.15));
  const won = random.chance(Math.min(0.97, Math.max(0.03, base * (closer?.skill ?? 1) * sizeEffect)));

  // Lost deals die young or linger: their cycle varies more than won deals'.
  const cycle = random.logNormal(segment.medianCycleDays * typeProfile.cycleFactor, segment.cycleSigma) * (won ? 1 : random.uniform(0.6, 1.4));
  let created = resolved - Math.min(600, Math.max(2, Math.round(cycle)));
  const dow = weekday(created);
  if (dow === 6) created -= 1;
  else if (dow === 0) created += 1;
  if (created > ctx.asOf || created < ctx.calendar.firstDay) return null;

  // New hires (and managers covering an empty seat) open fewer deals while they ramp.
  const creator = ctx.org.personById.get(ownerOn(territory, created));
  const productivity = creator?.record.role === "Account Executive" ? rampFactor(creator.record.startDate, created) : 0.6;
  if (!random.chance(productivity)) return null;

  const years = termMonths === null ? 1 : termMonths / 12;
  const amount = roundAmount((annualUsd * years) / ctx.fx.usdPerUnit(account.currency, created));
  const judgement = judgementFor(random, closer?.style ?? "balanced");
  return planDeal(random, ctx.calendar, { account, type, product, termMonths, created, resolved, won, amount, judgement, openStages: ctx.ladder.open.length, horizon: ctx.asOf });
}

function accountsByTerritory(accounts: readonly DemoAccount[]): Map<DemoTerritory, DemoAccount[]> {
  const byTerritory = new Map<DemoTerritory, DemoAccount[]>();
  for (const account of accounts) {
    const list = byTerritory.get(account.territory);
    if (list) list.push(account);
    else byTerritory.set(account.territory, [account]);
  }
  return byTerritory;
}

/**
 * Each rep territory's deal volume relative to the average of its segment, from its accounts'
 * potential: territories with more potential produce more deals, the link territory planning relies on.
 * @example territoryScales(org.leaves, accounts).get("TER-NA-ENT-01") // e.g. 1.08
 */
export function territoryScales(leaves: readonly DemoTerritory[], accounts: readonly DemoAccount[]): Map<string, number> {
  const accountsOf = accountsByTerritory(accounts);
  const weight = (t: DemoTerritory): number => (accountsOf.get(t) ?? []).reduce((sum, a) => sum + a.weight, 0);
  const scales = new Map<string, number>();
  for (const territory of leaves) {
    const peers = leaves.filter((o) => o.segment === territory.segment);
    const mean = peers.reduce((sum, o) => sum + weight(o), 0) / peers.length;
    scales.set(territory.record.id, mean > 0 ? weight(territory) / mean : 1);
  }
  return scales;
}

/**
 * Plans every deal of the demo org and gives them ids `OPP-000001`, … in order of creation.
 * @example planDeals(Random.fork(1, "deals"), ctx).length // about 12,000
 */
export function planDeals(random: Random, ctx: DealContext): DemoDeal[] {
  const meanWeight = meanCloseDayWeight(ctx.calendar, ctx.windowStart, 3);
  const accountsOf = accountsByTerritory(ctx.accounts);
  const scales = territoryScales(ctx.org.leaves, ctx.accounts);

  const planned: { plan: DealPlan; territory: DemoTerritory; order: number }[] = [];
  for (const territory of ctx.org.leaves) {
    const stream = random.child(territory.record.id);
    const accounts = accountsOf.get(territory) ?? [];
    if (accounts.length === 0) continue;
    const weights = accounts.map((a) => a.weight);
    const perDay = (SEGMENT_PROFILES[territory.segment].dealsPerYear / 365) * (scales.get(territory.record.id) ?? 1);
    for (let day = ctx.windowStart; day <= ctx.asOf + FUTURE_DAYS; day += 1) {
      const count = stream.poisson((perDay * growthFactor(day, ctx.asOf) * closeDayWeight(ctx.calendar, day)) / meanWeight);
      for (let n = 0; n < count; n += 1) {
        const plan = drawDeal(stream, ctx, territory, accounts, weights, day);
        if (plan) planned.push({ plan, territory, order: planned.length });
      }
    }
  }

  planned.sort((a, b) => a.plan.created - b.plan.created || a.order - b.order);
  return planned.map(({ plan, territory }, i) => ({
    id: `OPP-${String(i + 1).padStart(6, "0")}`,
    name: `${plan.account.record.name} - ${plan.product.name} - ${plan.type}`,
    plan,
    territory,
  }));
}
