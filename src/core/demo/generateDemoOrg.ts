/**
 * The demo org: a realistic enterprise sales org in five regions, generated from a seed and an
 * as-of date. The same seed and date always give the same data set (so byte-identical files);
 * nothing here reads the clock or Math.random.
 */
import type { Opportunity } from "../model/entities";
import type { DataSet } from "../model/dataSet";
import { fiscalPeriodOf, fiscalPeriodRange } from "../model/fiscalCalendar";
import { IsoDate, isIsoDate } from "../model/isoDate";
import { DEFAULT_SETTINGS, Settings } from "../model/settings";
import { buildAccounts } from "./accounts";
import { DEMO_CURRENCIES } from "./catalogue";
import { buildDemoCalendar, dayOf, isoOf } from "./dayCalendar";
import { dealStateOn, toOpportunity } from "./dealState";
import { buildFxPath } from "./fxRates";
import { planDeals, territoryScales } from "./opportunities";
import { buildOrg, ownerOn } from "./org";
import { Random } from "./prng";
import { buildQuotas } from "./quotas";
import { buildSnapshots, snapshotDays } from "./snapshots";
import { DemoDataError, stageLadder } from "./stageLadder";

export { DemoDataError } from "./stageLadder";

export interface DemoOrgOptions {
  /** Any safe integer; each seed gives a different org. */
  seed: number;
  /** "Today" in the demo: deals before it are closed or open, snapshots end on it. */
  asOf: IsoDate;
  /** Fiscal year start, corporate currency (one of the demo currencies) and stage map; the defaults when omitted. */
  settings?: Settings;
}

/** Deals closed up to this long before the first fiscal year may have been created before it. */
const HISTORY_DAYS = 700;
/** Open deals may close up to this long after the as-of date. */
const FUTURE_DAYS = 800;

/**
 * Generates the demo org: about 50 people, 600 accounts, 12,000 opportunities over the last two
 * fiscal years and the current one, quarterly quotas, monthly FX rates and 13 weekly snapshots.
 * Throws a {@link DemoDataError} for a seed or date it cannot use.
 * @example
 * const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
 * demo.reps.filter((r) => r.role === "Account Executive" && r.endDate === null).length // 40
 */
export function generateDemoOrg(options: DemoOrgOptions): DataSet {
  const { seed, asOf: asOfIso } = options;
  if (!Number.isSafeInteger(seed)) throw new DemoDataError(`The demo seed must be a whole number, got ${seed}.`);
  if (!isIsoDate(asOfIso) || asOfIso < "1990-01-01" || asOfIso > "2200-12-31") {
    throw new DemoDataError(`The demo as-of date must be a date in the form YYYY-MM-DD between 1990 and 2200, got "${asOfIso}".`);
  }
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (!DEMO_CURRENCIES.some((currency) => currency === settings.corporateCurrency)) {
    throw new DemoDataError(`The demo org prices deals in ${DEMO_CURRENCIES.join(", ")}; choose one of them as the corporate currency, not ${settings.corporateCurrency}.`);
  }
  const startMonth = settings.fiscalYearStartMonth;
  const ladder = stageLadder(settings.stageMap);
  const asOf = dayOf(asOfIso);
  const currentYear = fiscalPeriodOf(asOfIso, startMonth, "year").fiscalYear;
  const windowStart = dayOf(fiscalPeriodRange({ grain: "year", fiscalYear: currentYear - 2, index: 0 }, startMonth).start);
  const calendar = buildDemoCalendar(isoOf(windowStart - HISTORY_DAYS), isoOf(asOf + FUTURE_DAYS), startMonth);

  const fx = buildFxPath(Random.fork(seed, "fx"), calendar, asOf);
  const org = buildOrg(Random.fork(seed, "org"), windowStart, asOf);
  const accounts = buildAccounts(Random.fork(seed, "accounts"), org.leaves);
  const deals = planDeals(Random.fork(seed, "deals"), { calendar, fx, org, accounts, ladder, windowStart, asOf });

  const opportunities: Opportunity[] = deals.map((deal) =>
    toOpportunity(deal.plan, { id: deal.id, name: deal.name, ownerId: ownerOn(deal.territory, Math.min(deal.plan.resolved, asOf)) }, dealStateOn(deal.plan, ladder, asOf)),
  );
  const snapshots = buildSnapshots(deals, ladder, snapshotDays(asOf));
  const quotas = buildQuotas(Random.fork(seed, "quotas"), { calendar, fx, org, deals, territoryScale: territoryScales(org.leaves, accounts), windowStart, asOf });

  // Rates for every fiscal year a deal is created or closes in, so every amount converts.
  let first = asOfIso;
  let last = asOfIso;
  for (const row of [...opportunities, ...snapshots]) {
    if (row.createdDate < first) first = row.createdDate;
    if (row.closeDate > last) last = row.closeDate;
  }
  const firstYear = fiscalPeriodOf(first, startMonth, "year").fiscalYear;
  const lastYear = fiscalPeriodOf(last, startMonth, "year").fiscalYear;
  const fxRates = fx.rates(settings.corporateCurrency).filter((rate) => {
    const year = Number(rate.period.slice(2, 6));
    return year >= firstYear && year <= lastYear;
  });

  const territories = [...org.parents, ...org.leaves.map((leaf) => leaf.record)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    settings,
    opportunities,
    accounts: accounts.map((a) => a.record),
    reps: org.people.map((p) => p.record),
    quotas,
    territories,
    fxRates,
    snapshots,
  };
}
