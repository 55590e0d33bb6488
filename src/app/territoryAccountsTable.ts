/*
 * Changing accounts' territories in the workbook's Accounts table. The change is made on the table's
 * own rows, as read, not on the records the engine parsed from them: rows the reader rejected and
 * columns it does not know are written back untouched, so a reassignment never loses data.
 */
import { ACCOUNTS_FILE, CellValue } from "../core/model/canonicalFiles";
import { cellText } from "../core/import/cells";
import { normalizeHeader } from "../core/import/headers";
import type { Issue, Result } from "../core/model/result";
import { dataSetTables } from "./loadSampleData";
import type { TableData } from "./ports";

/** One account leaving `from` for `to`. */
export interface TerritoryChange {
  accountId: string;
  from: string;
  to: string;
}

const ID_COLUMN = "id";
const TERRITORY_COLUMN = "territory_id";

/**
 * The Accounts rows with each changed account's territory cell set to its new territory. Refused
 * (nothing changed) when the table has no id or territory_id column, when an account is no longer
 * in it, or when an account's territory is no longer `from` — the workbook changed since the data
 * was read, and applying would overwrite someone's edit.
 * @example reassignAccountRows([["id", "territory_id"], ["A1", "T1"]], [{ accountId: "A1", from: "T1", to: "T2" }]) // { ok: true, value: [["id", "territory_id"], ["A1", "T2"]] }
 */
export function reassignAccountRows(rows: readonly (readonly CellValue[])[], changes: readonly TerritoryChange[]): Result<CellValue[][]> {
  const table = ACCOUNTS_FILE.tableName;
  const keys = (rows[0] ?? []).map((cell) => normalizeHeader(cellText(cell)));
  const idAt = keys.indexOf(normalizeHeader(ID_COLUMN));
  const territoryAt = keys.indexOf(normalizeHeader(TERRITORY_COLUMN));
  if (idAt < 0 || territoryAt < 0) {
    const missing = [idAt < 0 ? ID_COLUMN : null, territoryAt < 0 ? TERRITORY_COLUMN : null].filter((column): column is string => column !== null);
    return { ok: false, issues: [{ code: "missing_column", path: [table, ...missing], message: `The ${table} table has no ${missing.join(" or ")} column, so no territory can be changed. Add it to the header row, then try again.` }] };
  }
  const rowsOf = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (index === 0) return;
    const id = cellText(row[idAt]);
    rowsOf.set(id, [...(rowsOf.get(id) ?? []), index]);
  });
  const next = rows.map((row) => [...row]);
  const issues: Issue[] = [];
  for (const change of changes) {
    const found = rowsOf.get(change.accountId) ?? [];
    if (found.length === 0) {
      issues.push({ code: "account_gone", path: [table, change.accountId], message: `${change.accountId} is no longer in the ${table} table. Choose Refresh, then plan again.` });
      continue;
    }
    for (const index of found) {
      const now = cellText(rows[index][territoryAt]);
      if (now !== change.from) {
        issues.push({
          code: "territory_changed",
          path: [table, index + 1, TERRITORY_COLUMN],
          message: `${change.accountId} is now in ${now || "no territory"} in the ${table} table (row ${index + 1}), not ${change.from || "no territory"}: the table changed since it was read. Choose Refresh, then plan again.`,
        });
        continue;
      }
      next[index][territoryAt] = change.to;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: next };
}

/**
 * The Accounts table to write: on its own sheet, the canonical columns in the formats "Load sample
 * data" gives them; columns of the user's keep Excel's General format.
 * @example accountsTableData([["id", "territory_id"], ["A1", "T2"]]).numberFormats // ["@", "@"]
 */
export function accountsTableData(rows: CellValue[][]): TableData {
  const canonical = dataSetTables({ accounts: [] })[0];
  const formatOf = new Map(canonical.rows[0].map((cell, index) => [normalizeHeader(cellText(cell)), canonical.numberFormats?.[index] ?? null]));
  return {
    sheetName: ACCOUNTS_FILE.tableName,
    tableName: ACCOUNTS_FILE.tableName,
    rows,
    numberFormats: (rows[0] ?? []).map((cell) => formatOf.get(normalizeHeader(cellText(cell))) ?? null),
  };
}
