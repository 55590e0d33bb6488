import { allocateFunction, attainmentFunction, balanceFunction, commissionFunction, payoutFunction, rampFunction, tierRateFunction, pipelineFunction, soqlFunction, backtestFunction, coverageFunction, forecastFunction, fiscalPeriod, rollupFunction, weightedPipelineFunction, winRateFunction } from "./functions";

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
  PIPELINE: pipelineFunction,
  SOQL: soqlFunction,
};

/**
 * The functions declared `@streaming`: their last argument is Excel's invocation, and their results
 * arrive through `invocation.setResult` (again whenever the session's data changes) instead of a
 * return value. A unit test checks this list against the metadata.
 */
export const STREAMING_FUNCTIONS: ReadonlySet<string> = new Set(["PAYOUT", "PIPELINE", "SOQL"]);

export const FUNCTION_NAMESPACE = "SALESOPS";

/** Finds a function by `SALESOPS.NAME` or `NAME`, ignoring case. */
export function findCustomFunction(excelName: string): { id: string; streaming: boolean; implementation: (...args: unknown[]) => unknown } | undefined {
  const id = excelName.trim().toUpperCase().replace(new RegExp(`^${FUNCTION_NAMESPACE}\\.`), "");
  const implementation = CUSTOM_FUNCTIONS[id];
  return implementation ? { id, streaming: STREAMING_FUNCTIONS.has(id), implementation: implementation as (...args: unknown[]) => unknown } : undefined;
}

/**
 * Calls a function the way Excel does and gives its first result: the return value, or for a
 * streaming function the first value it streams (the stream is then cancelled, as when a formula
 * is deleted). An Excel error, returned or streamed, rejects.
 * @example await firstResult(findCustomFunction("PAYOUT")!, ["REP-012", "FY2027-Q2"]) // 12345.67
 */
export async function firstResult(found: { streaming: boolean; implementation: (...args: unknown[]) => unknown }, args: readonly unknown[]): Promise<unknown> {
  if (!found.streaming) return found.implementation(...args);
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const invocation = {
      onCanceled: undefined as (() => void) | undefined,
      setResult(value: unknown) {
        if (settled) return;
        settled = true;
        // Cancel after the function has installed its handler (setResult can come before it returns).
        queueMicrotask(() => invocation.onCanceled?.());
        if (value instanceof CustomFunctions.Error) reject(value);
        else resolve(value);
      },
    };
    // Excel passes omitted optional arguments as null, so the invocation always lands in its place.
    const declared = found.implementation.length - 1;
    const padded = [...args.slice(0, declared), ...Array.from({ length: Math.max(0, declared - args.length) }, () => null)];
    try {
      found.implementation(...padded, invocation);
    } catch (error) {
      reject(error);
    }
  });
}
