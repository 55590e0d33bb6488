import { ADJUSTABLE_FIGURES, AdjustableFigure, AdjustedForecastRow } from "../core/forecast/adjustments";
import type { CellValue } from "../core/model/canonicalFiles";
import type { TableData, WorkbookPort } from "./ports";
import type { ForecastRun } from "./runForecast";

export const FORECAST_SHEET_NAME = "Forecast";
export const FORECAST_TABLE_NAME = "Forecast";

/** Whole currency units: the sheet is read, not reconciled to the cent (the cells keep full precision). */
export const CURRENCY_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0.0%";
/** "2.35x". The x is quoted: Excel only takes a few characters as literals without quotes. */
export const MULTIPLE_FORMAT = '0.00"x"';

const FIGURE_LABELS: Record<AdjustableFigure, string> = { commit: "commit", bestCase: "best case", pipeline: "pipeline" };

/** Header, number format and value of each column, in the order written. */
const COLUMNS: readonly { header: string; format: string; value(row: AdjustedForecastRow): CellValue }[] = [
  { header: "Owner", format: "@", value: (row) => row.owner },
  { header: "Name", format: "@", value: (row) => row.ownerName },
  { header: "Quota", format: CURRENCY_FORMAT, value: (row) => row.quota },
  { header: "Closed won", format: CURRENCY_FORMAT, value: (row) => row.closedWon },
  { header: "Commit", format: CURRENCY_FORMAT, value: (row) => row.commit },
  { header: "Best case", format: CURRENCY_FORMAT, value: (row) => row.bestCase },
  { header: "Pipeline", format: CURRENCY_FORMAT, value: (row) => row.pipeline },
  { header: "Weighted", format: CURRENCY_FORMAT, value: (row) => row.weighted },
  { header: "Projection", format: CURRENCY_FORMAT, value: (row) => row.projection },
  // Coverage is a multiple of what is left to close (3x is the usual rule of thumb), attainment a share of quota.
  { header: "Coverage", format: MULTIPLE_FORMAT, value: (row) => row.coverage },
  { header: "Attainment", format: PERCENT_FORMAT, value: (row) => row.attainment },
  { header: "Adjusted commit", format: CURRENCY_FORMAT, value: (row) => row.adjusted.commit },
  { header: "Adjusted best case", format: CURRENCY_FORMAT, value: (row) => row.adjusted.bestCase },
  { header: "Adjusted pipeline", format: CURRENCY_FORMAT, value: (row) => row.adjusted.pipeline },
  { header: "Adjustment note", format: "@", value: adjustmentNote },
];

/**
 * The overrides in force on a row in one line, so the sheet says why a figure differs from the rollup.
 * @example adjustmentNote(row) // "commit: Signed Friday (Maya, 2026-11-27)"
 */
export function adjustmentNote(row: AdjustedForecastRow): string {
  return ADJUSTABLE_FIGURES.flatMap((figure) => {
    const entry = row.overrides[figure];
    if (!entry) return [];
    const note = entry.note.trim() ? `${entry.note.trim()} ` : "";
    return [`${FIGURE_LABELS[figure]}: ${note}(${entry.author}, ${entry.at.slice(0, 10)})`];
  }).join("; ");
}

/** The forecast run as the Forecast table: raw and adjusted figures with their number formats. */
export function forecastTable(run: ForecastRun): TableData {
  return {
    sheetName: FORECAST_SHEET_NAME,
    tableName: FORECAST_TABLE_NAME,
    rows: [COLUMNS.map((column) => column.header), ...run.rows.map((row) => COLUMNS.map((column) => column.value(row)))],
    numberFormats: COLUMNS.map((column) => column.format),
  };
}

/**
 * Writes the forecast as a formatted table on the Forecast sheet, replacing the previous one; a
 * Forecast sheet holding other data stops the write (the port's conflict error) before anything changes.
 * @example await writeForecastSheet(port, runForecast(dataSet, { period: "FY2027-Q4", level: "rep", asOf: "2026-11-27" }, log))
 */
export async function writeForecastSheet(port: WorkbookPort, run: ForecastRun): Promise<{ sheetName: string; tableName: string; rows: number }> {
  const table = forecastTable(run);
  await port.writeTables([table]);
  return { sheetName: table.sheetName, tableName: table.tableName, rows: table.rows.length - 1 };
}
