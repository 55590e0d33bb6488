import { coerceDate } from "../../core/import/coerceDate";
import { type Quota } from "../../core/model/entities";
import { type FiscalGrain, fiscalLabel, fiscalPeriodRange, parseFiscalLabel } from "../../core/model/fiscalCalendar";
import type { RecordProblem } from "./recordProblems";
import { shown, textOf } from "./recordValues";
import type { SalesforceRecord } from "./salesforceClient";

export interface QuotaMappingContext {
  fiscalYearStartMonth: number;
  /** Salesforce forecast periods are months or quarters (Setup → Forecasts Settings). */
  grain: Extract<FiscalGrain, "quarter" | "month">;
  multiCurrency: boolean;
  orgCurrency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

/**
 * Maps ForecastingQuota rows into quotas labelled with our fiscal periods (StartDate 2026-08-01 with a
 * February fiscal year → FY2027-Q3). A StartDate that is not the first day of one of our periods means
 * the fiscal years of Salesforce and of the settings disagree, so the quota is rejected rather than
 * filed under a wrong period. Two quotas for one owner and period (several forecast types) are both
 * rejected, since picking one would be a guess.
 * @example mapQuotas([{ Id: "0J9A", QuotaOwnerId: "005A", QuotaAmount: 250000, StartDate: "2026-08-01" }], { fiscalYearStartMonth: 2, grain: "quarter", multiCurrency: false, orgCurrency: "USD" }).quotas[0].period // "FY2027-Q3"
 */
export function mapQuotas(rows: readonly SalesforceRecord[], context: QuotaMappingContext): { quotas: Quota[]; rejected: RecordProblem[] } {
  const rejected: RecordProblem[] = [];
  const byKey = new Map<string, { quota: Quota; ids: string[] }>();
  for (const row of rows) {
    const id = textOf(row.Id);
    let bad = false;
    const problem = (field: string, value: unknown, code: string, reason: string): void => {
      bad = true;
      rejected.push({ object: "ForecastingQuota", recordId: id, field, value: shown(value), code, reason });
    };
    const ownerId = textOf(row.QuotaOwnerId);
    if (!ownerId) problem("QuotaOwnerId", row.QuotaOwnerId, "missing_owner", "the quota has no owner (a territory quota?): SalesOps keeps quotas per user");
    const amount = row.QuotaAmount;
    if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) problem("QuotaAmount", amount, "invalid_amount", "the quota amount must be a number of 0 or more: fix it in Salesforce");
    const currency = context.multiCurrency ? textOf(row.CurrencyIsoCode) : context.orgCurrency;
    if (!CURRENCY.test(currency)) problem("CurrencyIsoCode", row.CurrencyIsoCode, "invalid_currency", "the quota has no ISO currency code: set its currency in Salesforce");
    const start = typeof row.StartDate === "string" ? coerceDate(row.StartDate) : null;
    let period = "";
    if (!start?.ok) problem("StartDate", row.StartDate, "invalid_date", "the quota has no start date: check it in Salesforce");
    else {
      period = fiscalLabel(start.value, context.fiscalYearStartMonth, context.grain);
      const parsed = parseFiscalLabel(period);
      if (parsed && fiscalPeriodRange(parsed, context.fiscalYearStartMonth).start !== start.value) {
        problem(
          "StartDate",
          row.StartDate,
          "quota_period_mismatch",
          `the quota starts on ${start.value}, which is not the first day of a fiscal ${context.grain} with the fiscal year starting in month ${context.fiscalYearStartMonth}: make the fiscal year start month and the forecast period (quarter or month) in Settings match Salesforce's (Setup → Fiscal Year, Forecasts Settings)`,
        );
      }
    }
    if (bad) continue;
    const key = `${ownerId}|${period}`;
    const seen = byKey.get(key);
    if (seen) seen.ids.push(id);
    else byKey.set(key, { quota: { ownerId, period, amount: amount as number, currency, extra: {} }, ids: [id] });
  }
  const quotas: Quota[] = [];
  for (const { quota, ids } of byKey.values()) {
    if (ids.length === 1) {
      quotas.push(quota);
      continue;
    }
    for (const id of ids) {
      rejected.push({
        object: "ForecastingQuota",
        recordId: id,
        field: "ForecastingTypeId",
        value: "",
        code: "duplicate_quota",
        reason: `${quota.ownerId} has ${ids.length} quotas for ${quota.period} (one per forecast type): choose the forecast type to read in the Salesforce connection settings`,
      });
    }
  }
  return { quotas, rejected };
}
