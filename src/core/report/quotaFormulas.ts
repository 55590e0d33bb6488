import { quotaByOwner } from "../forecast/quotaForPeriod";
import { fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import { rateColumns } from "./ratesTable";
import type { PeriodWindow, ReportContext } from "./reportContext";

/**
 * Quota for a window as a formula over the Quotas table, with the engine's result: quotas set for
 * periods inside the window add up, each converted at the rate of its own period's last day.
 * Only the period labels the Quotas table uses appear in the formula, so it stays readable.
 * @example quotaFormula(context, context.current, { cell: "$A7", id: "REP-010" }).result
 */
export function quotaFormula(context: ReportContext, window: PeriodWindow, owner?: { cell: string; id: string }): { formula: string; result: number } {
  const { dataSet } = context;
  const startMonth = dataSet.settings.fiscalYearStartMonth;
  const labels = new Map<string, string>();
  for (const quota of dataSet.quotas) {
    if (labels.has(quota.period)) continue;
    const period = parseFiscalLabel(quota.period);
    if (!period) continue;
    const range = fiscalPeriodRange(period, startMonth);
    if (range.start >= window.start && range.end <= window.end) labels.set(quota.period, range.end);
  }
  const terms = [...labels].sort().map(([label, end]) => {
    const ownerPart = owner ? `Quotas[owner_id],${owner.cell},` : "";
    // The rate rows of the quota period's last month: one per currency.
    const rates = rateColumns(context, { start: end, end });
    return `SUMPRODUCT(SUMIFS(Quotas[amount],${ownerPart}Quotas[period],"${label}",Quotas[currency],${rates.currency})*${rates.rate})`;
  });
  const byOwner = quotasFor(context, window);
  const result = owner ? (byOwner.get(owner.id) ?? 0) : [...byOwner.values()].reduce((a, b) => a + b, 0);
  return { formula: `=${terms.join("+") || "0"}`, result };
}

/** The engine's quota per owner for a window (owners with none are absent), computed once per window. */
export function quotasFor(context: ReportContext, window: PeriodWindow): Map<string, number> {
  let quotas = context.quotaCache.get(window.label);
  if (!quotas) {
    const all = quotaByOwner(context.dataSet.quotas, window.period, context.dataSet.settings.fiscalYearStartMonth, context.rates).quotas;
    quotas = new Map([...all].filter(([, amount]) => amount > 0));
    context.quotaCache.set(window.label, quotas);
  }
  return quotas;
}
