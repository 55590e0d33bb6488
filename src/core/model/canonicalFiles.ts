import type { Account, Opportunity, Quota, Rep, SnapshotOpportunity, Territory } from "./entities";
import type { FxRate } from "./currency";

/** How a canonical column is written and read. */
export type ColumnKind = "text" | "number" | "optionalNumber" | "date" | "optionalDate" | "probability" | "currency" | "category" | "fiscalLabel";

export interface CanonicalColumn<T> {
  /** The column header in the canonical CSV file and Excel table. */
  column: string;
  field: keyof T & string;
  kind: ColumnKind;
  /** Whether a row without a value for it is rejected. */
  required: boolean;
}

export interface CanonicalFile<T> {
  /** File name in a data folder, e.g. `opportunities.csv`. */
  fileName: string;
  /** Excel table name the add-in writes, e.g. `Opportunities`. */
  tableName: string;
  columns: readonly CanonicalColumn<T>[];
}

const col = <T>(column: string, field: keyof T & string, kind: ColumnKind, required = false): CanonicalColumn<T> => ({
  column,
  field,
  kind,
  required,
});

const opportunityColumns: CanonicalColumn<Opportunity>[] = [
  col("id", "id", "text", true),
  col("name", "name", "text"),
  col("account_id", "accountId", "text"),
  col("owner_id", "ownerId", "text", true),
  col("stage", "stage", "text", true),
  col("forecast_category", "forecastCategory", "category"),
  col("amount", "amount", "number", true),
  col("currency", "currency", "currency"),
  col("probability", "probability", "probability"),
  col("created_date", "createdDate", "date"),
  col("close_date", "closeDate", "date", true),
  col("type", "type", "text"),
  col("product", "product", "text"),
  col("term_months", "termMonths", "optionalNumber"),
];

export const OPPORTUNITIES_FILE: CanonicalFile<Opportunity> = {
  fileName: "opportunities.csv",
  tableName: "Opportunities",
  columns: opportunityColumns,
};

export const ACCOUNTS_FILE: CanonicalFile<Account> = {
  fileName: "accounts.csv",
  tableName: "Accounts",
  columns: [
    col("id", "id", "text", true),
    col("name", "name", "text"),
    col("industry", "industry", "text"),
    col("country", "country", "text"),
    col("region", "region", "text"),
    col("segment", "segment", "text"),
    col("employees", "employees", "optionalNumber"),
    col("annual_revenue", "annualRevenue", "optionalNumber"),
    col("potential", "potential", "optionalNumber"),
    col("territory_id", "territoryId", "text"),
  ],
};

export const REPS_FILE: CanonicalFile<Rep> = {
  fileName: "reps.csv",
  tableName: "Reps",
  columns: [
    col("id", "id", "text", true),
    col("name", "name", "text"),
    col("email", "email", "text"),
    col("role", "role", "text"),
    col("manager_id", "managerId", "text"),
    col("region", "region", "text"),
    col("segment", "segment", "text"),
    col("start_date", "startDate", "date", true),
    col("end_date", "endDate", "optionalDate"),
  ],
};

export const QUOTAS_FILE: CanonicalFile<Quota> = {
  fileName: "quotas.csv",
  tableName: "Quotas",
  columns: [
    col("owner_id", "ownerId", "text", true),
    col("period", "period", "fiscalLabel", true),
    col("amount", "amount", "number", true),
    col("currency", "currency", "currency", true),
  ],
};

export const TERRITORIES_FILE: CanonicalFile<Territory> = {
  fileName: "territories.csv",
  tableName: "Territories",
  columns: [
    col("id", "id", "text", true),
    col("name", "name", "text"),
    col("region", "region", "text"),
    col("segment", "segment", "text"),
    col("owner_id", "ownerId", "text"),
    col("parent_id", "parentId", "text"),
  ],
};

export const FX_RATES_FILE: CanonicalFile<FxRate & { extra: Record<string, string> }> = {
  fileName: "fx_rates.csv",
  tableName: "FxRates",
  columns: [
    col("currency", "currency", "currency", true),
    col("period", "period", "fiscalLabel", true),
    col("rate_to_corporate", "rateToCorporate", "number", true),
  ],
};

export const SNAPSHOTS_FILE: CanonicalFile<SnapshotOpportunity> = {
  fileName: "snapshots.csv",
  tableName: "Snapshots",
  columns: [col<SnapshotOpportunity>("snapshot_date", "snapshotDate", "date", true), ...(opportunityColumns as CanonicalColumn<SnapshotOpportunity>[])],
};

export const SETTINGS_FILE_NAME = "settings.json";

import type { CellValue } from "../../workbook/tableData";

export type { CellValue };

/**
 * Lays records out as a header row and data rows, canonical columns first, then every extra column
 * any record carries (in first-seen order). Blank optional values become empty strings.
 * @example recordsToRows(QUOTAS_FILE, [{ ownerId: "R1", period: "FY2027-Q1", amount: 100, currency: "USD", extra: {} }])
 * // [["owner_id", "period", "amount", "currency"], ["R1", "FY2027-Q1", 100, "USD"]]
 */
export function recordsToRows<T extends { extra: Record<string, string> }>(file: CanonicalFile<T>, records: readonly T[]): CellValue[][] {
  const extraColumns: string[] = [];
  const seen = new Set(file.columns.map((c) => c.column));
  for (const record of records) {
    for (const key of Object.keys(record.extra)) {
      if (!seen.has(key)) {
        seen.add(key);
        extraColumns.push(key);
      }
    }
  }
  const header: CellValue[] = [...file.columns.map((c) => c.column), ...extraColumns];
  const rows: CellValue[][] = [header];
  for (const record of records) {
    const row: CellValue[] = file.columns.map((c) => {
      const value = record[c.field] as unknown;
      return value === null || value === undefined ? "" : (value as CellValue);
    });
    for (const key of extraColumns) row.push(record.extra[key] ?? "");
    rows.push(row);
  }
  return rows;
}
