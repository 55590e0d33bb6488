import { existsSync, readFileSync, renameSync, writeFileSync } from "fs";
import path from "path";
import type { ForecastAdjustment } from "../core/forecast/adjustments";
import { ADJUSTMENTS_FILE_NAME, adjustmentsFromRows, adjustmentsToRows } from "../core/forecast/adjustmentTable";
import { parseCsvRows, toCsv } from "../core/import/csv";
import type { Issue } from "../core/model/result";

/** The manager adjustments kept beside a data folder's files; an absent file is an empty log. */
export function readAdjustmentLog(dir: string): { log: ForecastAdjustment[]; issues: Issue[] } {
  const file = path.join(dir, ADJUSTMENTS_FILE_NAME);
  if (!existsSync(file)) return { log: [], issues: [] };
  return adjustmentsFromRows(parseCsvRows(readFileSync(file, "utf8")));
}

/** Appends to the log (written whole to a temporary file, then renamed, so a failure loses nothing). */
export function appendAdjustment(dir: string, entry: ForecastAdjustment): void {
  const { log, issues } = readAdjustmentLog(dir);
  if (issues.length > 0) throw new Error(`${ADJUSTMENTS_FILE_NAME} has problems; fix them before adding to it: ${issues[0].message}`);
  const file = path.join(dir, ADJUSTMENTS_FILE_NAME);
  writeFileSync(`${file}.partial`, toCsv(adjustmentsToRows([...log, entry])), "utf8");
  renameSync(`${file}.partial`, file);
}
