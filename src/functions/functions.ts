/*
 * The SALESOPS custom functions. Each is a short declaration over the shared runner; the JSDoc is
 * read by custom-functions-metadata to build functions.json. A function id is stored in users'
 * workbooks: never rename one.
 */
import { FiscalGrain, fiscalLabel } from "../core/model/fiscalCalendar";
import { getSettings } from "../app/sessionState";
import { dateArgument, optionalChoiceArgument, optionalIntegerArgument, ScalarArgument } from "./arguments";
import { runFunction } from "./runner";

const GRAINS: readonly FiscalGrain[] = ["year", "quarter", "month"];

/**
 * The fiscal period a date falls in, as a label such as FY2027-Q4. Fiscal years are named by the calendar year in which they end.
 * @customfunction FISCALPERIOD
 * @param date An Excel date, or text such as 2026-11-27.
 * @param [fiscal_year_start_month] The month the fiscal year starts, 1 (January) to 12. Defaults to the workbook's setting.
 * @param [grain] "year", "quarter" (default) or "month".
 * @returns The fiscal label: FY2027, FY2027-Q4 or FY2027-M10.
 */
export function fiscalPeriod(date: number | string, fiscal_year_start_month?: number, grain?: string): string {
  return runFunction("FISCALPERIOD", () => {
    const isoDate = dateArgument(date as ScalarArgument, "date");
    const startMonth = optionalIntegerArgument(fiscal_year_start_month, "fiscal_year_start_month", { min: 1, max: 12 }, getSettings().fiscalYearStartMonth);
    const chosenGrain = optionalChoiceArgument(grain, "grain", GRAINS, "quarter");
    return fiscalLabel(isoDate, startMonth, chosenGrain);
  });
}
