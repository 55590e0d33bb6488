/*
 * The benchmark's data set, assembled from the org, the deals and the snapshots. The default is the
 * issue's size: 1,000,000 opportunities across 2,000 reps; `FORECAST_BENCH_ROWS` shrinks it for a quick run.
 */
import type { DataSet } from "../../src/core/model/dataSet";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { syntheticDeals } from "./syntheticDeals";
import { syntheticOrg, SyntheticOrg } from "./syntheticOrg";
import { syntheticSnapshots } from "./syntheticSnapshots";

export const BENCH_AS_OF = "2026-11-27";
/** The current quarter on the as-of date with a February fiscal year start. */
export const BENCH_PERIOD = "FY2027-Q4";

/** A deterministic data set of `rows` opportunities, with about 50k snapshot rows per million. */
export function syntheticDataSet(rows: number, seed = 20261127): { dataSet: DataSet; org: SyntheticOrg } {
  const org = syntheticOrg(seed);
  const opportunities = syntheticDeals(org, { seed: seed + 1, count: rows, asOf: BENCH_AS_OF });
  const snapshots = syntheticSnapshots(opportunities, seed + 2, 0.8);
  const dataSet: DataSet = {
    settings: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 2, corporateCurrency: "USD" },
    opportunities,
    accounts: org.accounts,
    reps: org.reps,
    quotas: org.quotas,
    territories: [],
    fxRates: org.fxRates,
    snapshots,
  };
  return { dataSet, org };
}
