import type { FxRate } from "./currency";
import type { Account, Opportunity, Quota, Rep, SnapshotOpportunity, Territory } from "./entities";
import type { Settings } from "./settings";

/** Everything the engine works on: what a data folder, a workbook's tables or the demo org hold. */
export interface DataSet {
  settings: Settings;
  opportunities: Opportunity[];
  accounts: Account[];
  reps: Rep[];
  quotas: Quota[];
  territories: Territory[];
  fxRates: FxRate[];
  snapshots: SnapshotOpportunity[];
}

import {
  ACCOUNTS_FILE,
  CanonicalFile,
  CellValue,
  FX_RATES_FILE,
  OPPORTUNITIES_FILE,
  QUOTAS_FILE,
  REPS_FILE,
  SNAPSHOTS_FILE,
  TERRITORIES_FILE,
  recordsToRows,
} from "./canonicalFiles";

export type RecordSetName = Exclude<keyof DataSet, "settings">;

/** Each record set of a data set with its canonical file: the order files are written and tables laid out. */
export const CANONICAL_RECORD_SETS: readonly { name: RecordSetName; file: CanonicalFile<never> }[] = [
  { name: "opportunities", file: OPPORTUNITIES_FILE as unknown as CanonicalFile<never> },
  { name: "accounts", file: ACCOUNTS_FILE as unknown as CanonicalFile<never> },
  { name: "reps", file: REPS_FILE as unknown as CanonicalFile<never> },
  { name: "quotas", file: QUOTAS_FILE as unknown as CanonicalFile<never> },
  { name: "territories", file: TERRITORIES_FILE as unknown as CanonicalFile<never> },
  { name: "fxRates", file: FX_RATES_FILE as unknown as CanonicalFile<never> },
  { name: "snapshots", file: SNAPSHOTS_FILE as unknown as CanonicalFile<never> },
];

/**
 * The header-and-rows layout of every record set present in a (partial) data set.
 * FX rates carry no extra columns, so they get an empty `extra` for the layout.
 * @example dataSetRows({ quotas: [] }) // [{ name: "quotas", file: QUOTAS_FILE, rows: [["owner_id", "period", "amount", "currency"]] }]
 */
export function dataSetRows(dataSet: Partial<DataSet>): { name: RecordSetName; file: CanonicalFile<never>; rows: CellValue[][] }[] {
  const laidOut: { name: RecordSetName; file: CanonicalFile<never>; rows: CellValue[][] }[] = [];
  for (const { name, file } of CANONICAL_RECORD_SETS) {
    const records = dataSet[name] as readonly object[] | undefined;
    if (!records) continue;
    const withExtra = records.map((record) => ("extra" in record ? record : { ...record, extra: {} })) as { extra: Record<string, string> }[];
    laidOut.push({ name, file, rows: recordsToRows(file as unknown as CanonicalFile<{ extra: Record<string, string> }>, withExtra) });
  }
  return laidOut;
}
