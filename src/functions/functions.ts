/*
 * The SALESOPS custom functions. Each is a short declaration over the shared runner; the JSDoc is
 * read by custom-functions-metadata to build functions.json. A function id is stored in users'
 * workbooks: never rename one.
 */
import { FiscalGrain, fiscalLabel, parseFiscalLabel } from "../core/model/fiscalCalendar";
import { getSettings, getWorkbookData } from "../app/sessionState";
import { payoutFor } from "../app/payoutLookup";
import { dateArgument, optionalChoiceArgument, optionalIntegerArgument, ScalarArgument } from "./arguments";
import { attainmentOf, coverageOf, rollupCells, weightedPipelineCells, winRateCells } from "./forecastFunctions";
import { argumentFailure, FunctionFailure, runFunction } from "./runner";
import { backtestCells, forecastCells } from "./timeSeriesFunctions";
import { allocateCells, balanceCells, rampCells } from "./territoryFunctions";
import { commissionCells, tierRateCells } from "./commissionFunctions";
import { pipelineCells } from "./pipelineFunction";
import { streamFromSession } from "./streaming";
import { streamSoql } from "./soqlFunction";

// Range parameters are typed inline as (string | number | boolean)[][]: the metadata generator reads
// the annotation itself and accepts no type aliases; a union becomes type "any" with matrix dimensionality.

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

/**
 * Weighted pipeline: the sum of each amount times its win probability, given directly or through its stage.
 * @customfunction WEIGHTEDPIPELINE
 * @param amounts Deal amounts.
 * @param stages_or_probabilities For each amount, a stage name or a probability (0.3, 30 or 30%).
 * @param [stage_table] Two columns, stage and probability, to use instead of the workbook's stage map.
 * @returns The weighted pipeline.
 */
export function weightedPipelineFunction(amounts: unknown[][], stages_or_probabilities: unknown[][], stage_table?: unknown[][]): number {
  return runFunction("WEIGHTEDPIPELINE", () => weightedPipelineCells(amounts, stages_or_probabilities, stage_table, getSettings().stageMap));
}

/**
 * Cumulative forecast rollup: "Closed" (closed won), "Commit" (commit + closed), "Best Case" (best case + commit + closed) or "Pipeline" (open: pipeline + best case + commit). Omitted is left out.
 * @customfunction ROLLUP
 * @param categories The forecast category of each deal.
 * @param amounts The amount of each deal.
 * @param category "Closed", "Commit", "Best Case" or "Pipeline".
 * @returns The rolled-up amount.
 */
export function rollupFunction(categories: unknown[][], amounts: unknown[][], category: string): number {
  return runFunction("ROLLUP", () => rollupCells(categories, amounts, category));
}

/**
 * Quota attainment: closed won divided by quota. A quota of 0 gives #DIV/0!.
 * @customfunction ATTAINMENT
 * @param closed_won Closed won amount.
 * @param quota Quota for the same period.
 * @returns Attainment as a fraction (1.2 = 120%).
 */
export function attainmentFunction(closed_won: number, quota: number): number {
  return runFunction("ATTAINMENT", () => attainmentOf(closed_won, quota));
}

/**
 * Pipeline coverage: open pipeline divided by what is left to close (quota minus closed won). #N/A when the quota is already attained.
 * @customfunction COVERAGE
 * @param open_pipeline Open pipeline for the period.
 * @param quota Quota for the period.
 * @param [closed_won] Closed won so far (default 0).
 * @returns Coverage as a multiple (2 = 2×).
 */
export function coverageFunction(open_pipeline: number, quota: number, closed_won?: number): number {
  return runFunction("COVERAGE", () => coverageOf(open_pipeline, quota, closed_won));
}

/**
 * Win rate of closed deals: by count, or by value when amounts are given.
 * @customfunction WINRATE
 * @param outcomes "Won" or "Lost" (or TRUE/FALSE) for each closed deal; blanks are skipped.
 * @param [amounts] Deal amounts, to weigh the rate by value.
 * @returns The win rate as a fraction.
 */
export function winRateFunction(outcomes: unknown[][], amounts?: unknown[][]): number {
  return runFunction("WINRATE", () => winRateCells(outcomes, amounts));
}

/**
 * Forecasts the next values of an evenly spaced series (e.g. monthly bookings) and spills them as one column. Blanks inside the series are interpolated.
 * @customfunction FORECAST
 * @param values The history, oldest first: one row or one column.
 * @param horizon How many future periods to forecast.
 * @param [seasonality] As in FORECAST.ETS: 1 or omitted detects the season, 0 means none, n is a season of n periods.
 * @param [method] "ets" (additive exponential smoothing, the default) or "linear".
 * @returns The forecast, one value per future period.
 */
export function forecastFunction(values: unknown[][], horizon: number, seasonality?: number, method?: string): number[][] {
  return runFunction("FORECAST", () => forecastCells(values, horizon, seasonality, method));
}

/**
 * Backtests forecasting methods on a series by rolling origin and spills a table: method, MAPE, WAPE and MASE (scaled by the seasonal naive method).
 * @customfunction BACKTEST
 * @param values The history, oldest first: one row or one column.
 * @param horizon How many periods ahead each backtest forecast covers.
 * @param [seasonality] As in FORECAST.ETS: 1 or omitted detects the season, 0 means none, n is a season of n periods.
 * @returns A table with a header row and one row per method.
 */
export function backtestFunction(values: unknown[][], horizon: number, seasonality?: number): unknown[][] {
  return runFunction("BACKTEST", () => backtestCells(values, horizon, seasonality));
}

/**
 * How evenly a metric spreads over territories: the coefficient of variation (population SD ÷ mean), the Gini coefficient, or the max/min ratio. Equal values give 0, 0 and 1.
 * @customfunction BALANCE
 * @param values One value per territory (e.g. potential); blanks are skipped.
 * @param [index] "cv" (default), "gini" or "maxmin".
 * @returns The balance index.
 */
export function balanceFunction(values: unknown[][], index?: string): number {
  return runFunction("BALANCE", () => balanceCells(values, index));
}

/**
 * Splits a total in proportion to weights and spills one share per weight. With round_to, each share is a multiple of it and the shares still add up exactly to the total (largest remainder).
 * @customfunction ALLOCATE
 * @param total The amount to allocate, e.g. the quota.
 * @param weights One weight per territory (blank counts as 0).
 * @param [round_to] Round each share to a multiple of this, e.g. 1, 100 or 1000.
 * @returns The shares, in the shape of the weights.
 */
export function allocateFunction(total: number, weights: unknown[][], round_to?: number): number[][] {
  return runFunction("ALLOCATE", () => allocateCells(total, weights, round_to));
}

/**
 * A new hire's productivity on a date: 0 before the start date, rising linearly to 1 over the ramp months.
 * @customfunction RAMP
 * @param start_date The rep's start date (an Excel date or text such as 2026-01-15).
 * @param as_of_date The date to measure on.
 * @param ramp_months Months to full productivity.
 * @returns A factor between 0 and 1.
 */
export function rampFunction(start_date: number | string, as_of_date: number | string, ramp_months: number): number {
  return runFunction("RAMP", () => rampCells(start_date, as_of_date, ramp_months));
}

/**
 * Commission on credit against quota from a tier table: "marginal" pays each band at its own rate, "retroactive" pays all credit at the rate of the highest tier reached.
 * @customfunction COMMISSION
 * @param credit Credited bookings for the period.
 * @param quota Quota for the period.
 * @param tiers Two columns: attainment threshold (first 0; 1 = 100%) and the rate from that threshold on.
 * @param [method] "marginal" (default) or "retroactive".
 * @param [cap] The most the commission may reach.
 * @returns The commission.
 */
export function commissionFunction(credit: number, quota: number, tiers: unknown[][], method?: string, cap?: number): number {
  return runFunction("COMMISSION", () => commissionCells(credit, quota, tiers, method, cap));
}

/**
 * The rate of the tier an attainment falls in.
 * @customfunction TIERRATE
 * @param attainment Attainment as a fraction (1.2 = 120%).
 * @param tiers Two columns: attainment threshold (first 0) and rate.
 * @returns The rate of that tier.
 */
export function tierRateFunction(attainment: number, tiers: unknown[][]): number {
  return runFunction("TIERRATE", () => tierRateCells(attainment, tiers));
}

/**
 * A rep's commission payout for a period, from the plans and data loaded in this workbook. #N/A with a message when no plan covers the rep. Updates by itself when the data or plans are loaded or refreshed.
 * @customfunction PAYOUT
 * @streaming
 * @param rep The rep's id, as in the Reps table.
 * @param period The period, e.g. FY2027-Q3.
 * @param invocation Excel's handle on this cell's stream.
 */
export function payoutFunction(rep: string, period: string, invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamFromSession("PAYOUT", invocation, () => {
    const repId = String(rep ?? "").trim();
    if (!repId) throw argumentFailure("rep", "give the rep's id, as in the Reps table.");
    const label = String(period ?? "").trim().toUpperCase();
    if (!parseFiscalLabel(label)) throw argumentFailure("period", `"${String(period)}" is not a fiscal period: use a label such as FY2027-Q3.`);
    const answer = payoutFor(repId, label);
    if (!answer.ok) throw new FunctionFailure("notAvailable", answer.reason);
    return answer.payout;
  });
}

// Omitted optional arguments arrive as null: they are typed string for the metadata generator (which
// reads optionality from the JSDoc brackets and refuses `string | undefined`) and read as blank. The
// stream's cell type is `any`: the generator maps no union inside StreamingInvocation<…>, and a
// mixed text-and-number matrix is what this spills.
/**
 * The loaded pipeline's opportunities that match, spilled as a header row and one row per deal: Id, Name, Account, Owner, Stage, Forecast category, Amount, Currency, Close date (ISO text), Probability. Updates by itself when the data is loaded, imported, pulled or refreshed.
 * @customfunction PIPELINE
 * @streaming
 * @param [owner] A rep's id or name; blank for every owner.
 * @param [period] A fiscal period the close date falls in, e.g. FY2027-Q3; blank for all.
 * @param [category] A forecast category: Pipeline, Best Case, Commit, Closed or Omitted; blank for all.
 * @param invocation Excel's handle on this cell's stream.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pipelineFunction(owner: string, period: string, category: string, invocation: CustomFunctions.StreamingInvocation<any[][]>): void {
  streamFromSession("PIPELINE", invocation, () => pipelineCells(getWorkbookData().dataSet, owner, period, category));
}

/**
 * A live SOQL query of the Salesforce org signed in from SalesOps → Data, spilled as a header row of the SELECT's fields (Owner.Name for a relationship) and one row per record; numbers stay numbers, dates ISO text, booleans TRUE/FALSE. #N/A when not signed in. Runs again on sign-in, sign-out and "Refresh SOQL formulas".
 * @customfunction SOQL
 * @streaming
 * @param query A SOQL query, e.g. "SELECT Id, Name, Owner.Name FROM Account LIMIT 100".
 * @param invocation Excel's handle on this cell's stream.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function soqlFunction(query: string, invocation: CustomFunctions.StreamingInvocation<any[][]>): void {
  streamSoql(query, invocation);
}
