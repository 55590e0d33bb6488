import type { ForecastCategory } from "../model/stageMap";

/** Sums per forecast category, as deals report them (not cumulative). */
export interface CategoryAmounts {
  pipeline: number;
  bestCase: number;
  commit: number;
  closed: number;
  omitted: number;
}

/** The cumulative forecast figures Salesforce Collaborative Forecasts shows. */
export interface CumulativeForecast {
  /** Closed won. */
  closed: number;
  /** Commit + Closed. */
  commit: number;
  /** Best Case + Commit + Closed. */
  bestCase: number;
  /** Open pipeline: Pipeline + Best Case + Commit. */
  pipeline: number;
}

export const EMPTY_CATEGORY_AMOUNTS: Readonly<CategoryAmounts> = { pipeline: 0, bestCase: 0, commit: 0, closed: 0, omitted: 0 };

const KEY_OF: Record<ForecastCategory, keyof CategoryAmounts> = {
  Pipeline: "pipeline",
  "Best Case": "bestCase",
  Commit: "commit",
  Closed: "closed",
  Omitted: "omitted",
};

/** Adds an amount to its category, in place (the caller owns the accumulator). */
export function addToCategory(totals: CategoryAmounts, category: ForecastCategory, amount: number): void {
  totals[KEY_OF[category]] += amount;
}

/**
 * The cumulative definitions: Commit forecast includes Closed, Best Case includes Commit and Closed,
 * open pipeline is everything not closed or omitted.
 * @example cumulativeForecast({ pipeline: 40, bestCase: 30, commit: 10, closed: 20, omitted: 50 })
 * // { closed: 20, commit: 30, bestCase: 60, pipeline: 80 }
 */
export function cumulativeForecast(amounts: CategoryAmounts): CumulativeForecast {
  return {
    closed: amounts.closed,
    commit: amounts.commit + amounts.closed,
    bestCase: amounts.bestCase + amounts.commit + amounts.closed,
    pipeline: amounts.pipeline + amounts.bestCase + amounts.commit,
  };
}
