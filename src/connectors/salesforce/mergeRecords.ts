import type { SalesforceRecord } from "./salesforceClient";
import { parseSalesforceDateTime } from "./soqlValues";

/** Records keyed by their Id (a null-prototype object, so no Id can collide with Object.prototype). */
export type RecordsById = Record<string, SalesforceRecord>;

/** What an incremental pull changed. */
export interface MergeCounts {
  added: number;
  /** Already known and modified since (a different SystemModstamp). */
  changed: number;
  /** Re-read in the overlap window without any change. */
  unchanged: number;
  /** Known records that were deleted. */
  deleted: number;
}

/** An empty RecordsById. @example "toString" in emptyRecords() // false */
export const emptyRecords = (): RecordsById => Object.create(null) as RecordsById;

/**
 * Records keyed by Id.
 * @example Object.keys(recordsById([{ Id: "006A" }])) // ["006A"]
 */
export function recordsById(records: Iterable<SalesforceRecord>): RecordsById {
  const byId = emptyRecords();
  for (const record of records) byId[String(record.Id)] = record;
  return byId;
}

/**
 * The previous pull with the changes applied: a changed or new record replaces or joins by Id, then a
 * deleted Id is removed (deletions are read after the changes, so they are the later truth). Pure: the
 * previous records are not touched.
 * @example mergeRecords(recordsById([{ Id: "A", SystemModstamp: "1" }, { Id: "B" }]), [{ Id: "C" }], ["B"]).records // { A: …, C: … }
 */
export function mergeRecords(previous: RecordsById, changed: readonly SalesforceRecord[], deletedIds: Iterable<string>): { records: RecordsById; counts: MergeCounts } {
  const records = emptyRecords();
  Object.assign(records, previous);
  const counts: MergeCounts = { added: 0, changed: 0, unchanged: 0, deleted: 0 };
  for (const record of changed) {
    const id = String(record.Id);
    const known = records[id];
    if (!known) counts.added += 1;
    else if (known.SystemModstamp === record.SystemModstamp) counts.unchanged += 1;
    else counts.changed += 1;
    records[id] = record;
  }
  for (const id of deletedIds) {
    if (!(id in records)) continue;
    delete records[id];
    counts.deleted += 1;
  }
  return { records, counts };
}

/**
 * The latest SystemModstamp among `records` and `current` (a previous high-water mark), as Salesforce
 * wrote it; null when there is none. Compared as instants, not text, since offsets may differ.
 * @example latestModstamp([{ SystemModstamp: "2026-11-27T10:00:00.000+0000" }], null) // "2026-11-27T10:00:00.000+0000"
 */
export function latestModstamp(records: Iterable<SalesforceRecord>, current: string | null): string | null {
  let latest = current;
  let latestMs = parseSalesforceDateTime(current) ?? -Infinity;
  for (const record of records) {
    const ms = parseSalesforceDateTime(record.SystemModstamp);
    if (ms !== null && ms > latestMs) {
      latestMs = ms;
      latest = String(record.SystemModstamp);
    }
  }
  return latest;
}
