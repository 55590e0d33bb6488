import type { LoadSampleDataResult, SampleDataProgress } from "../app/loadSampleData";
import type { LoadWorkbookDataOptions } from "../app/loadWorkbookData";
import type { ForecastRun } from "../app/runForecast";
import type { ForecastAdjustment } from "../core/forecast/adjustments";
import type { DataSet } from "../core/model/dataSet";
import type { Issue, Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";

/** What the Forecast view works on: the workbook's data and its adjustment log, read together. */
export interface ForecastInputs {
  dataSet: DataSet;
  log: ForecastAdjustment[];
  /** Missing tables, rejected rows and unreadable adjustment rows. */
  issues: Issue[];
}

/** The Forecast view's access to the workbook and to the surface's clock and settings. */
export interface ForecastOperations {
  /** Reads the canonical tables and the ForecastAdjustments log, reporting the table being read and pausing between tables. */
  loadInputs(options?: LoadWorkbookDataOptions): Promise<ForecastInputs>;
  /** Appends to the log in the workbook; the whole log back, or why the entry was refused. */
  recordAdjustment(entry: ForecastAdjustment): Promise<Result<ForecastAdjustment[]>>;
  /** Writes the run as the formatted Forecast table. */
  writeForecastSheet(run: ForecastRun): Promise<{ sheetName: string; tableName: string; rows: number }>;
  /** The settings in force (fiscal calendar, currency, stage map). */
  settings(): Settings;
  /** The surface's clock: the engine has none. Tests pass a fixed one. */
  now(): Date;
}

/**
 * Everything the pane can ask of the workbook. index.tsx passes the real ones (Office.js through
 * src/excel); tests and the browser harness pass in-memory ones. Components only see this, which
 * is what keeps Office.js out of them.
 */
export interface TaskPaneOperations {
  /** Writes the demo org's tables into the workbook, reporting progress as it goes. */
  loadSampleData(onProgress: (progress: SampleDataProgress) => void): Promise<LoadSampleDataResult>;
  forecast: ForecastOperations;
}
