/**
 * Runs a compiled query over an object's records: filter, sort (stable, nulls first unless NULLS
 * LAST, text without regard to case), then OFFSET and LIMIT. The result is the list of records a
 * query locator keeps; records become JSON only page by page.
 */
import type { StoredRecord, StoredValue } from "../store";
import type { CompiledQuery, SortKey } from "./compile";

export function runQuery(query: CompiledQuery, records: readonly StoredRecord[], includeDeleted: boolean): StoredRecord[] {
  const matched: StoredRecord[] = [];
  const where = query.where;
  for (const record of records) {
    if (record.IsDeleted && !includeDeleted) continue;
    if (where && !where(record)) continue;
    matched.push(record);
  }
  const sorted = query.order.length > 0 ? sortRecords(matched, query.order) : matched;
  const start = query.offset ?? 0;
  const end = query.limit === undefined ? undefined : start + query.limit;
  return start === 0 && end === undefined ? sorted : sorted.slice(start, end);
}

function sortRecords(records: StoredRecord[], order: SortKey[]): StoredRecord[] {
  // Keys are read once per record (a relationship path costs a lookup per hop), then indexes are sorted.
  const keys = order.map((key) => records.map((r) => normalize(key.get(r), key.text)));
  const indexes = records.map((_, i) => i);
  indexes.sort((a, b) => {
    for (let k = 0; k < order.length; k++) {
      const cmp = compare(keys[k][a], keys[k][b], order[k]);
      if (cmp !== 0) return cmp;
    }
    return a - b;
  });
  return indexes.map((i) => records[i]);
}

const normalize = (value: StoredValue, text: boolean): StoredValue => (text && typeof value === "string" ? value.toUpperCase() : value);

function compare(a: StoredValue, b: StoredValue, key: SortKey): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === key.nullsLast ? 1 : -1;
  }
  const cmp = a < b ? -1 : a > b ? 1 : 0;
  return key.desc ? -cmp : cmp;
}
