import { quotaByOwner } from "../forecast/quotaForPeriod";
import { fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import { RateColumns, rateColumns, scopeOwnersRange } from "./ratesTable";
import type { PeriodWindow, ReportContext } from "./reportContext";

/**
 * Quota for a window as a formula over the Quotas table, with the engine's result: quotas set for
 * periods inside the window add up, each converted at the rate of its own period's last day.
 * Only the period labels the Quotas table uses appear in the formula, so it stays readable.
 * @example quotaFormula(context, context.current, { cell: "$A7", id: "REP-010" }).result
 */
export function quotaFormula(context: ReportContext, window: PeriodWindow, owner?: { cell: string; id: string }): { formula: string; result: number } {
  const terms = windowQuotaPeriods(context, window).map(({ label, rates }) => {
    const ownerPart = owner ? `Quotas[owner_id],${owner.cell},` : context.scope.owners ? `Quotas[owner_id],${scopeOwnersRange(context)},` : "";
    return `SUMPRODUCT(SUMIFS(Quotas[amount],${ownerPart}Quotas[period],"${label}",Quotas[currency],${rates.currency})*${rates.rate})`;
  });
  const byOwner = quotasFor(context, window);
  const result = owner ? (byOwner.get(owner.id) ?? 0) : [...byOwner.values()].reduce((a, b) => a + b, 0);
  return { formula: `=${terms.join("+") || "0"}`, result };
}

interface QuotaPeriod {
  label: string;
  /** The rate rows of the quota period's last month: one per currency. */
  rates: RateColumns;
}

/**
 * The Quotas table's period labels inside a window, sorted, with their rate rows: the same for
 * every owner, so worked out once per window (a report asks for thousands of owners' quotas).
 */
const periodsByContext = new WeakMap<ReportContext, Map<string, QuotaPeriod[]>>();

function windowQuotaPeriods(context: ReportContext, window: PeriodWindow): QuotaPeriod[] {
  let cache = periodsByContext.get(context);
  if (!cache) {
    cache = new Map();
    periodsByContext.set(context, cache);
  }
  const key = `${window.start}|${window.end}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const startMonth = context.dataSet.settings.fiscalYearStartMonth;
  const labels = new Map<string, string>();
  const seen = new Set<string>();
  for (const quota of context.dataSet.quotas) {
    if (seen.has(quota.period)) continue;
    seen.add(quota.period);
    const period = parseFiscalLabel(quota.period);
    if (!period) continue;
    const range = fiscalPeriodRange(period, startMonth);
    if (range.start >= window.start && range.end <= window.end) labels.set(quota.period, range.end);
  }
  const periods = [...labels].sort().map(([label, end]) => ({ label, rates: rateColumns(context, { start: end, end }) }));
  cache.set(key, periods);
  return periods;
}

/** The engine's quota per owner for a window (owners with none are absent), computed once per window. */
export function quotasFor(context: ReportContext, window: PeriodWindow): Map<string, number> {
  let quotas = context.quotaCache.get(window.label);
  if (!quotas) {
    const all = quotaByOwner(context.dataSet.quotas, window.period, context.dataSet.settings.fiscalYearStartMonth, context.rates).quotas;
    const owners = context.scope.owners;
    quotas = new Map([...all].filter(([owner, amount]) => amount > 0 && (!owners || owners.has(owner))));
    context.quotaCache.set(window.label, quotas);
  }
  return quotas;
}
