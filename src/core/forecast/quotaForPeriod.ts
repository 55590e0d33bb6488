import type { RateTable } from "../model/currency";
import type { Quota } from "../model/entities";
import { FiscalPeriod, FiscalStartMonth, fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import type { Issue } from "../model/result";

/**
 * Quota per owner for a fiscal period, in the corporate currency: quotas set for periods that lie
 * inside the asked period are added up (four quarters make a year); a quota set for a longer period
 * than the one asked is not split, because how it phases is the plan's business — such owners have no
 * quota for the period. Converted at the rate of the period's last day.
 * @example quotaByOwner(quotas, { grain: "quarter", fiscalYear: 2027, index: 4 }, 2, rates).quotas.get("R1")
 */
export function quotaByOwner(quotas: readonly Quota[], period: FiscalPeriod, fiscalStartMonth: FiscalStartMonth, rates: RateTable): { quotas: Map<string, number>; issues: Issue[] } {
  const asked = fiscalPeriodRange(period, fiscalStartMonth);
  const byOwner = new Map<string, number>();
  const issues: Issue[] = [];
  // Thousands of quotas share a few dozen period labels: each label is parsed and ranged once.
  const rangeOf = new Map<string, { start: string; end: string } | null>();
  for (const quota of quotas) {
    let range = rangeOf.get(quota.period);
    if (range === undefined) {
      const quotaPeriod = parseFiscalLabel(quota.period);
      range = quotaPeriod ? fiscalPeriodRange(quotaPeriod, fiscalStartMonth) : null;
      rangeOf.set(quota.period, range);
    }
    if (range === null) continue;
    if (range.start < asked.start || range.end > asked.end) continue;
    const converted = rates.toCorporate(quota.amount, quota.currency, range.end);
    if (!converted.ok) {
      issues.push(...converted.issues.map((issue) => ({ ...issue, path: ["quotas", quota.ownerId, quota.period, ...issue.path] })));
      continue;
    }
    byOwner.set(quota.ownerId, (byOwner.get(quota.ownerId) ?? 0) + converted.value);
  }
  return { quotas: byOwner, issues };
}
