import type { DataSet } from "../core/model/dataSet";

/**
 * The currencies deals and quotas are in that the rate table has no row for, sorted: amounts in them
 * cannot be converted to the corporate currency. A currency with a rate for any period counts as
 * covered (which periods a report needs is the report's to check).
 * @example currenciesWithoutRate({ opportunities: [{ currency: "EUR", … }], quotas: [], fxRates: [] }, "USD") // ["EUR"]
 */
export function currenciesWithoutRate(dataSet: Pick<DataSet, "opportunities" | "quotas" | "fxRates">, corporateCurrency: string): string[] {
  const rated = new Set(dataSet.fxRates.map((rate) => rate.currency));
  const missing = new Set<string>();
  // Two loops rather than one over a joined copy: a workbook can hold a million deals.
  const check = (currency: string) => currency !== corporateCurrency && !rated.has(currency) && missing.add(currency);
  for (const deal of dataSet.opportunities) check(deal.currency);
  for (const quota of dataSet.quotas) check(quota.currency);
  return [...missing].sort();
}
