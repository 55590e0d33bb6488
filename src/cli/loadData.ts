import { generateDemoOrg } from "../core/demo/generateDemoOrg";
import type { DataSet } from "../core/model/dataSet";
import { isIsoDate } from "../core/model/isoDate";
import { DEFAULT_SETTINGS } from "../core/model/settings";
import type { Issue } from "../core/model/result";
import { CliError } from "./io";
import { readDataFolder } from "./readDataFolder";

export interface DataSourceOptions {
  data?: string;
  demo?: boolean;
  seed?: string;
  asOf?: string;
}

/** Today's date on this machine: the CLI may read the clock, the engine may not. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

export function asOfOption(value: string | undefined): string {
  if (value === undefined) return todayIso();
  if (!isIsoDate(value)) throw new CliError(`--as-of "${value}" is not a date: use YYYY-MM-DD, e.g. --as-of 2026-11-27.`, 2);
  return value;
}

/** The data set a command works on: a canonical data folder (--data DIR) or the demo org (--demo). */
export function loadDataSet(options: DataSourceOptions): { dataSet: DataSet; issues: Issue[]; asOf: string } {
  const asOf = asOfOption(options.asOf);
  if (options.demo && options.data) throw new CliError("Give either --data DIR or --demo, not both.", 2);
  if (options.demo) {
    const seed = options.seed === undefined ? 1 : Number(options.seed);
    if (!Number.isInteger(seed)) throw new CliError(`--seed "${options.seed}" is not a whole number.`, 2);
    return { dataSet: generateDemoOrg({ seed, asOf }), issues: [], asOf };
  }
  if (!options.data) throw new CliError("Say where the data is: --data DIR (a folder of canonical CSV files) or --demo.", 2);
  const { dataSet, issues } = readDataFolder(options.data);
  const complete: DataSet = {
    settings: dataSet.settings ?? DEFAULT_SETTINGS,
    opportunities: dataSet.opportunities ?? [],
    accounts: dataSet.accounts ?? [],
    reps: dataSet.reps ?? [],
    quotas: dataSet.quotas ?? [],
    territories: dataSet.territories ?? [],
    fxRates: dataSet.fxRates ?? [],
    snapshots: dataSet.snapshots ?? [],
  };
  return { dataSet: complete, issues, asOf };
}
