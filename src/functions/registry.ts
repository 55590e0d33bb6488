import { allocateFunction, attainmentFunction, balanceFunction, commissionFunction, payoutFunction, rampFunction, tierRateFunction, backtestFunction, coverageFunction, forecastFunction, fiscalPeriod, rollupFunction, weightedPipelineFunction, winRateFunction } from "./functions";

/**
 * Every custom function by its Excel name (without the SALESOPS namespace), pointing at the very code
 * Excel runs. A unit test checks this list against the JSDoc metadata, so nothing is missed.
 */
export const CUSTOM_FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  FISCALPERIOD: fiscalPeriod,
  WEIGHTEDPIPELINE: weightedPipelineFunction,
  ROLLUP: rollupFunction,
  ATTAINMENT: attainmentFunction,
  COVERAGE: coverageFunction,
  WINRATE: winRateFunction,
  FORECAST: forecastFunction,
  BACKTEST: backtestFunction,
  BALANCE: balanceFunction,
  ALLOCATE: allocateFunction,
  RAMP: rampFunction,
  COMMISSION: commissionFunction,
  TIERRATE: tierRateFunction,
  PAYOUT: payoutFunction,
};

export const FUNCTION_NAMESPACE = "SALESOPS";

/** Finds a function by `SALESOPS.NAME` or `NAME`, ignoring case. */
export function findCustomFunction(excelName: string): { id: string; implementation: (...args: unknown[]) => unknown } | undefined {
  const id = excelName.trim().toUpperCase().replace(new RegExp(`^${FUNCTION_NAMESPACE}\\.`), "");
  const implementation = CUSTOM_FUNCTIONS[id];
  return implementation ? { id, implementation: implementation as (...args: unknown[]) => unknown } : undefined;
}
