import { z } from "zod";
import { FiscalStartMonth, fiscalLabel } from "./fiscalCalendar";
import { IsoDate } from "./isoDate";
import { Result, fail, ok } from "./result";

export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD");

export const fxRateSchema = z.object({
  currency: currencyCodeSchema,
  /** A fiscal label (`FY2027`, `FY2027-Q4`, `FY2027-M10`): the rate holds for that period. */
  period: z.string().regex(/^FY\d{4}(-(Q[1-4]|M([1-9]|1[0-2])))?$/),
  /** Corporate-currency units for one unit of `currency`. */
  rateToCorporate: z.number().positive(),
});
export type FxRate = z.infer<typeof fxRateSchema>;

/** A dated rate table: looks up the most specific period (month, then quarter, then year) a date falls in. */
export class RateTable {
  private readonly rates = new Map<string, number>();
  /**
   * Rates already looked up, per currency and date (null: none). A million deals share a few thousand
   * close dates, and labelling each date three times over was most of a conversion's cost.
   */
  private readonly found = new Map<string, Map<string, number | null>>();

  constructor(
    readonly corporateCurrency: string,
    readonly fiscalStartMonth: FiscalStartMonth,
    rates: readonly FxRate[],
  ) {
    for (const rate of rates) this.rates.set(`${rate.currency}|${rate.period}`, rate.rateToCorporate);
  }

  /**
   * The rate for one unit of `currency` on `date` as a bare number, or undefined when the table has
   * none: the allocation-free form of {@link RateTable.rateOn} for loops over many deals.
   * @example new RateTable("USD", 2, [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.1 }]).rateValueOn("EUR", "2026-11-27") // 1.1
   */
  rateValueOn(currency: string, date: IsoDate): number | undefined {
    if (currency === this.corporateCurrency) return 1;
    let byDate = this.found.get(currency);
    if (!byDate) {
      byDate = new Map();
      this.found.set(currency, byDate);
    }
    let rate = byDate.get(date);
    if (rate === undefined) {
      rate = this.lookUp(currency, date);
      byDate.set(date, rate);
    }
    return rate ?? undefined;
  }

  private lookUp(currency: string, date: IsoDate): number | null {
    for (const grain of ["month", "quarter", "year"] as const) {
      const rate = this.rates.get(`${currency}|${fiscalLabel(date, this.fiscalStartMonth, grain)}`);
      if (rate !== undefined) return rate;
    }
    return null;
  }

  /** The rate for one unit of `currency` on `date`, or an issue naming the missing currency and period. */
  rateOn(currency: string, date: IsoDate): Result<number> {
    const rate = this.rateValueOn(currency, date);
    if (rate !== undefined) return ok(rate);
    return fail(
      "missing_fx_rate",
      ["currency"],
      `No ${currency} rate for ${fiscalLabel(date, this.fiscalStartMonth, "month")}: add a row for ${currency} with that month, its quarter or its year to the rate table (the FxRates table; fx_rates.csv in a data folder).`,
    );
  }

  /**
   * Converts an amount to the corporate currency. Not rounded: aggregates stay exact.
   * @example new RateTable("USD", 2, [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.1 }]).toCorporate(100, "EUR", "2026-11-27") // { ok: true, value: 110.00000000000001 }
   */
  toCorporate(amount: number, currency: string, date: IsoDate): Result<number> {
    const rate = this.rateOn(currency, date);
    return rate.ok ? ok(amount * rate.value) : rate;
  }
}
