/**
 * Monthly exchange rates for the demo currencies: a slow random walk around realistic levels (it
 * reverts toward its trend, so six years of months never wander off to implausible rates), one
 * rate per fiscal month. Months after the as-of month keep the last actual rate, as a plan rate
 * would, so open deals closing next year still convert.
 */
import type { FxRate } from "../model/currency";
import { CURRENCY_PROFILES, DEMO_CURRENCIES, DemoCurrency } from "./catalogue";
import type { Day, DemoCalendar } from "./dayCalendar";
import { Random } from "./prng";
import { DemoDataError } from "./stageLadder";

export interface FxPath {
  /** USD for one unit of `currency` in the fiscal month containing `day`. */
  usdPerUnit(currency: DemoCurrency, day: Day): number;
  /** The rate table rows: every demo currency except the corporate one, per fiscal month. */
  rates(corporateCurrency: string): FxRate[];
}

/** Share of the gap to the trend closed each month. */
const MEAN_REVERSION = 0.12;

const significant = (value: number): number => Number(value.toPrecision(6));

/**
 * @example buildFxPath(Random.fork(1, "fx"), calendar, asOf).usdPerUnit("JPY", asOf) // about 0.0068
 */
export function buildFxPath(random: Random, calendar: DemoCalendar, asOf: Day): FxPath {
  const lastActual = calendar.months.findIndex((m) => asOf >= m.start && asOf <= m.end);
  const byCurrency = new Map<DemoCurrency, number[]>();
  for (const currency of DEMO_CURRENCIES) {
    const profile = CURRENCY_PROFILES[currency];
    const stream = random.child(currency);
    const path: number[] = [];
    let logRate = Math.log(profile.usdPerUnit);
    calendar.months.forEach((_, i) => {
      const trend = Math.log(profile.usdPerUnit) + profile.monthlyDrift * i;
      if (i > 0 && i <= lastActual) logRate += MEAN_REVERSION * (trend - logRate) + profile.monthlyDrift + profile.monthlyVolatility * stream.normal();
      path.push(significant(Math.exp(logRate)));
    });
    byCurrency.set(currency, path);
  }
  const monthIndex = (day: Day): number => calendar.months.indexOf(calendar.monthOf(day));
  const usd = (currency: DemoCurrency, index: number): number => byCurrency.get(currency)?.[index] ?? 1;

  return {
    usdPerUnit: (currency, day) => usd(currency, monthIndex(day)),
    rates: (corporateCurrency) => {
      const corporate = DEMO_CURRENCIES.find((c) => c === corporateCurrency);
      if (!corporate) {
        throw new DemoDataError(`The demo org prices deals in ${DEMO_CURRENCIES.join(", ")}; a corporate currency of ${corporateCurrency} has no demo rates.`);
      }
      const rows: FxRate[] = [];
      for (const currency of DEMO_CURRENCIES) {
        if (currency === corporate) continue;
        calendar.months.forEach((month, i) => {
          rows.push({ currency, period: month.label, rateToCorporate: significant(usd(currency, i) / usd(corporate, i)) });
        });
      }
      return rows;
    },
  };
}
