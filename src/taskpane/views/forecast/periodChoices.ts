import { FiscalPeriod, fiscalPeriodOf, formatFiscalPeriod } from "../../../core/model/fiscalCalendar";
import type { IsoDate } from "../../../core/model/isoDate";

export interface PeriodChoices {
  /** The quarter `today` falls in: what the view opens on. */
  current: string;
  quarters: string[];
  months: string[];
  years: string[];
}

/** The period `steps` periods of the same grain away (negative goes back), across fiscal years. */
export function stepPeriod(period: FiscalPeriod, steps: number): FiscalPeriod {
  if (period.grain === "year") return { ...period, fiscalYear: period.fiscalYear + steps };
  const perYear = period.grain === "quarter" ? 4 : 12;
  const linear = period.fiscalYear * perYear + (period.index - 1) + steps;
  return { grain: period.grain, fiscalYear: Math.floor(linear / perYear), index: (linear % perYear) + 1 };
}

const around = (period: FiscalPeriod, before: number, after: number): string[] =>
  Array.from({ length: before + after + 1 }, (_, i) => formatFiscalPeriod(stepPeriod(period, i - before)));

/**
 * The periods the Forecast view offers, in the workbook's fiscal calendar: the past year of quarters
 * and the next three (a forecast call looks at this quarter, reviews the last ones, plans the next),
 * the months around today, and the previous, current and next fiscal year.
 * @example periodChoices("2026-11-27", 2).current // "FY2027-Q4"
 */
export function periodChoices(today: IsoDate, fiscalYearStartMonth: number): PeriodChoices {
  const quarter = fiscalPeriodOf(today, fiscalYearStartMonth, "quarter");
  return {
    current: formatFiscalPeriod(quarter),
    quarters: around(quarter, 4, 3),
    months: around(fiscalPeriodOf(today, fiscalYearStartMonth, "month"), 3, 2),
    years: around(fiscalPeriodOf(today, fiscalYearStartMonth, "year"), 1, 1),
  };
}
