import type { CellValue } from "../model/canonicalFiles";
import type { Issue } from "../model/result";
import { ForecastAdjustment, forecastAdjustmentSchema } from "./adjustments";

/** The audit log's layout, as the `forecast_adjustments.csv` file and the `ForecastAdjustments` table hold it. */
export const ADJUSTMENT_COLUMNS = ["level", "owner", "period", "figure", "amount", "note", "author", "at"] as const;
export const ADJUSTMENTS_FILE_NAME = "forecast_adjustments.csv";
export const ADJUSTMENTS_TABLE_NAME = "ForecastAdjustments";

/** @example adjustmentsToRows([])[0] // ["level", "owner", "period", "figure", "amount", "note", "author", "at"] */
export function adjustmentsToRows(log: readonly ForecastAdjustment[]): CellValue[][] {
  return [[...ADJUSTMENT_COLUMNS], ...log.map((entry) => ADJUSTMENT_COLUMNS.map((column) => entry[column]))];
}

/**
 * Reads the audit log back; a row that does not make a valid adjustment is reported with its row
 * number (the header is row 1) and left out, never guessed.
 * @example adjustmentsFromRows([[...ADJUSTMENT_COLUMNS], ["rep", "R1", "FY2027-Q4", "commit", 5, "", "M1", "2026-11-27T10:00:00Z"]]).log.length // 1
 */
export function adjustmentsFromRows(rows: readonly (readonly CellValue[])[]): { log: ForecastAdjustment[]; issues: Issue[] } {
  const issues: Issue[] = [];
  if (rows.length === 0) return { log: [], issues };
  const header = rows[0].map((cell) => String(cell ?? "").trim().toLowerCase());
  const missing = ADJUSTMENT_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return { log: [], issues: [{ code: "missing_column", path: [ADJUSTMENTS_FILE_NAME, ...missing], message: `The adjustments table lacks ${missing.join(", ")}: its header must be ${ADJUSTMENT_COLUMNS.join(", ")}.` }] };
  const log: ForecastAdjustment[] = [];
  rows.slice(1).forEach((row, index) => {
    if (row.every((cell) => cell === null || cell === "")) return;
    const cell = (column: (typeof ADJUSTMENT_COLUMNS)[number]): CellValue => row[header.indexOf(column)] ?? null;
    const amount = cell("amount");
    const parsed = forecastAdjustmentSchema.safeParse({
      level: String(cell("level") ?? ""),
      owner: String(cell("owner") ?? ""),
      period: String(cell("period") ?? ""),
      figure: String(cell("figure") ?? ""),
      amount: amount === null || amount === "" ? null : Number(amount),
      note: String(cell("note") ?? ""),
      author: String(cell("author") ?? ""),
      at: String(cell("at") ?? ""),
    });
    if (parsed.success) {
      log.push(parsed.data);
      return;
    }
    const problem = parsed.error.issues[0];
    issues.push({ code: "invalid_adjustment", path: [index + 2, String(problem.path[0] ?? "")], message: `Adjustment row ${index + 2}, ${String(problem.path[0] ?? "")}: ${problem.message}. Fix the row; it is left out until then.` });
  });
  return { log, issues };
}
