import type { CommissionLock, LockOutcome, LockRequest } from "../app/commissionLocks";
import type { WrittenSheet } from "../app/ports";
import type { CompensationSetup } from "../app/runCommissions";
import type { WriteStatementsOptions } from "../app/writeStatements";
import type { CommissionRun, Plan } from "../core/commission";
import type { LoadSampleDataResult, SampleDataProgress } from "../app/loadSampleData";
import type { LoadWorkbookDataOptions } from "../app/loadWorkbookData";
import type { ForecastRun } from "../app/runForecast";
import type { DataOperations } from "./dataOperations";
import type { ReportOperations } from "./reportOperations";
import type { SalesforceOperations } from "./salesforceOperations";
import type { SettingsOperations } from "./settingsOperations";
import type { AppliedMoves, ApplyMovesRequest } from "../app/territoryApplyMoves";
import type { ExampleRulesWritten } from "../app/territoryExampleRules";
import type { AppliedAssignments } from "../app/territoryRules";
import type { TerritoryInputs, TerritoryRulesRead } from "../app/territoryWorkbook";
import type { AssignmentRule } from "../core/territory";
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

/** The Territories view's access to the workbook and to the surface's clock and settings. */
export interface TerritoryOperations {
  /** Reads the canonical tables, then the TerritoryRules table, reporting the table being read and pausing between tables. */
  loadInputs(options?: LoadWorkbookDataOptions): Promise<TerritoryInputs>;
  /** Reads the TerritoryRules table again (the user edits it between runs); null when there is none. */
  readRules(): Promise<TerritoryRulesRead | null>;
  /** Changes the accounts' territories in Accounts and appends the moves to TerritoryMoves, both or neither. */
  applyMoves(request: ApplyMovesRequest): Promise<Result<AppliedMoves>>;
  /** Writes the rules' changes to Accounts, leaving ties and unmatched accounts as they are. */
  applyAssignments(dataSet: DataSet, rules: readonly AssignmentRule[]): Promise<Result<AppliedAssignments>>;
  /** Writes starter rules derived from today's assignment, when the workbook has none. */
  writeExampleRules(dataSet: DataSet): Promise<Result<ExampleRulesWritten>>;
  /** The settings in force (fiscal calendar, currency). */
  settings(): Settings;
  /** The surface's clock: the engine has none. Tests pass a fixed one. */
  now(): Date;
}

/** What the Commissions view works on: the workbook's data, its plan tables and the locked payouts, read together. */
export interface CommissionInputs {
  dataSet: DataSet;
  /** The plans and assignments; null when their tables are missing or invalid (the issues name the cell). */
  compensation: CompensationSetup | null;
  locks: CommissionLock[];
  /** Missing tables, rejected rows, invalid plan cells and unreadable locks. */
  issues: Issue[];
}

/** The Commissions view's access to the workbook, the statement writer, and the surface's clock and settings. */
export interface CommissionOperations {
  /** Reads the data, plan and lock tables (pausing between tables) and shares data and plans with SALESOPS.PAYOUT. */
  loadInputs(options?: LoadWorkbookDataOptions): Promise<CommissionInputs>;
  /** Writes edited plans to their tables; the plans back, or the issues that kept anything from being written. */
  savePlans(plans: readonly Plan[]): Promise<Result<Plan[]>>;
  /** Stores the run's payouts in CommissionLocks; refuses (issue "already_locked") unless relocking. */
  lockPeriod(run: CommissionRun, request: LockRequest): Promise<Result<LockOutcome>>;
  /** Writes one formatted statement sheet per rep through the workbook writer. */
  writeStatements(run: CommissionRun, plans: readonly Plan[], options?: WriteStatementsOptions): Promise<Result<WrittenSheet[]>>;
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
  /** Absent on a surface without commission support; the pane then shows no Commissions tab. */
  commissions?: CommissionOperations;
  /** Absent on a surface without territory support; the pane then shows no Territories tab. */
  territories?: TerritoryOperations;
  /** Generate QBR/MBR workbooks; optional like the others so a test harness can leave it out. */
  reports?: ReportOperations;
  /** The workbook's settings (Settings view); absent on a surface that keeps none, which then shows no Settings tab. */
  settings?: SettingsOperations;
  /** Import (CSV file or workbook table) and Refresh in the Data view; without it the view offers sample data only. */
  data?: DataOperations;
  /** Sign in to Salesforce and pull the pipeline (the Data view's Salesforce card); absent outside Office (no dialog to sign in with). */
  salesforce?: SalesforceOperations;
}
