import { ForecastAdjustment, forecastAdjustmentSchema } from "../core/forecast/adjustments";
import { ADJUSTMENT_COLUMNS, ADJUSTMENTS_TABLE_NAME, adjustmentsFromRows, adjustmentsToRows } from "../core/forecast/adjustmentTable";
import type { Issue, Result } from "../core/model/result";
import type { TableData, WorkbookPort } from "./ports";

/** The sheet the audit log lives on: its own, so a data refresh (which rewrites the data sheets) never meets it. */
export const ADJUSTMENTS_SHEET_NAME = "ForecastAdjustments";

/**
 * Every column is text except the amount: the `at` timestamp and the fiscal label would otherwise be
 * parsed by Excel as a date, and a note starting with "=" as a formula.
 */
const FORMATS: Record<(typeof ADJUSTMENT_COLUMNS)[number], string> = {
  level: "@",
  owner: "@",
  period: "@",
  figure: "@",
  amount: "#,##0.00",
  note: "@",
  author: "@",
  at: "@",
};

/**
 * The manager adjustments kept in the workbook's ForecastAdjustments table; no table is an empty log.
 * Rows that are not valid adjustments are reported with their row number and left out.
 * @example const { log } = await readAdjustmentLog(port);
 */
export async function readAdjustmentLog(port: WorkbookPort): Promise<{ log: ForecastAdjustment[]; issues: Issue[] }> {
  const rows = await port.readTable(ADJUSTMENTS_TABLE_NAME);
  if (rows === null) return { log: [], issues: [] };
  const read = adjustmentsFromRows(rows);
  return { log: read.log, issues: read.issues.map((issue) => ({ ...issue, path: [ADJUSTMENTS_TABLE_NAME, ...issue.path] })) };
}

/** The audit log as the table written to its own sheet. */
export function adjustmentLogTable(log: readonly ForecastAdjustment[]): TableData {
  return {
    sheetName: ADJUSTMENTS_SHEET_NAME,
    tableName: ADJUSTMENTS_TABLE_NAME,
    rows: adjustmentsToRows(log),
    numberFormats: ADJUSTMENT_COLUMNS.map((column) => FORMATS[column]),
  };
}

/**
 * Appends one adjustment to the audit log in the workbook and returns the whole log. The table is
 * rewritten whole (it is small), so it refuses when the table has rows it cannot read: rewriting
 * would drop them. An invalid entry or such a table is an expected problem (issues); a failing
 * workbook write throws the port's error.
 * @example await recordAdjustment(port, { level: "rep", owner: "R1", period: "FY2027-Q4", figure: "commit", amount: 250000, note: "Signed Friday", author: "Maya", at: new Date().toISOString() })
 */
export async function recordAdjustment(port: WorkbookPort, entry: ForecastAdjustment): Promise<Result<ForecastAdjustment[]>> {
  const parsed = forecastAdjustmentSchema.safeParse(entry);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((problem) => ({ code: "invalid_adjustment", path: problem.path.map(String), message: `The adjustment's ${String(problem.path[0] ?? "entry")}: ${problem.message}.` })),
    };
  }
  const current = await readAdjustmentLog(port);
  if (current.issues.length > 0) {
    return {
      ok: false,
      issues: [{ code: "unreadable_log", path: current.issues[0].path, message: `The ${ADJUSTMENTS_TABLE_NAME} table has rows that can't be read, and saving would drop them. ${current.issues[0].message}` }],
    };
  }
  const log = [...current.log, parsed.data];
  await port.writeTables([adjustmentLogTable(log)]);
  return { ok: true, value: log };
}
