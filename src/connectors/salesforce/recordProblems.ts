import type { CellValue } from "../../core/model/canonicalFiles";

/**
 * A Salesforce record that could not enter the canonical model, reported like the importer's rejected
 * rows: which record (by Id, to look it up in Salesforce), which field, its value and what to do.
 */
export interface RecordProblem {
  object: "Opportunity" | "User" | "ForecastingQuota";
  recordId: string;
  /** The Salesforce field API name. */
  field: string;
  value: string;
  /** Stable machine-readable code, as the importer's (`missing_close_date`, `invalid_currency`…). */
  code: string;
  /** What is wrong and what to do. */
  reason: string;
}

/**
 * The rejected-record report as rows for a CSV file or an Excel table (header first).
 * @example rejectedRecordsTable([{ object: "Opportunity", recordId: "006A", field: "CloseDate", value: "", code: "missing_close_date", reason: "…" }])[0]
 * // ["object", "record_id", "field", "value", "code", "reason"]
 */
export function rejectedRecordsTable(problems: readonly RecordProblem[]): CellValue[][] {
  return [["object", "record_id", "field", "value", "code", "reason"], ...problems.map((p) => [p.object, p.recordId, p.field, p.value, p.code, p.reason])];
}
