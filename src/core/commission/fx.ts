/**
 * Converts deal and quota amounts into a plan's currency through the RateTable (which holds rates
 * to the corporate currency per fiscal month, quarter or year). A deal converts at the rate of the
 * fiscal period it closed in; a quota at the rate of its period's last day. Lookups are cached by
 * currency pair and date, because a period has a few hundred distinct dates but may have a million deals.
 */
import { RateTable } from "../model/currency";
import type { IsoDate } from "../model/isoDate";
import { Result, ok } from "../model/result";
import type { CommissionData } from "./types";

/** Shared: same-currency conversions (most deals) allocate nothing. */
const SAME: Result<number> = ok(1);

export class PlanCurrencyConverter {
  private readonly table: RateTable;
  /** from → to → date → factor: nested maps, because building a string key per deal costs more than the lookup. */
  private readonly cache = new Map<string, Map<string, Map<IsoDate, Result<number>>>>();

  constructor(data: CommissionData) {
    this.table = new RateTable(data.settings.corporateCurrency, data.settings.fiscalYearStartMonth, data.fxRates);
  }

  /**
   * Plan-currency units for one unit of `from` on `date`, or the RateTable's missing-rate issue.
   * @example new PlanCurrencyConverter(data).factor("EUR", "USD", "2026-06-15") // { ok: true, value: 1.08 }
   */
  factor(from: string, to: string, date: IsoDate): Result<number> {
    if (from === to) return SAME;
    let byTo = this.cache.get(from);
    if (!byTo) this.cache.set(from, (byTo = new Map()));
    let byDate = byTo.get(to);
    if (!byDate) byTo.set(to, (byDate = new Map()));
    let cached = byDate.get(date);
    if (cached === undefined) {
      const fromRate = this.table.rateOn(from, date);
      const toRate = this.table.rateOn(to, date);
      cached = !fromRate.ok ? fromRate : !toRate.ok ? toRate : ok(fromRate.value / toRate.value);
      byDate.set(date, cached);
    }
    return cached;
  }
}
