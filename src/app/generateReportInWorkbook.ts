import { fiscalLabel } from "../core/model/fiscalCalendar";
import type { IsoDate } from "../core/model/isoDate";
import type { Issue } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import { readCanonicalRecords } from "../core/import/canonicalReader";
import { REPS_FILE } from "../core/model/canonicalFiles";
import { readCompensation } from "./commissionWorkbook";
import { readAdjustmentLog } from "./forecastAdjustments";
import { generateReport, ReportTemplate } from "./generateReport";
import { loadWorkbookData } from "./loadWorkbookData";
import type { ReportScope } from "../core/report/scope";
import type { TemplateSheet } from "../workbook/templateSheet";
import type { ProgressListener, TemplatePort, WorkbookPort, WorkbookWriterPort, WrittenSheet } from "./ports";
import type { CompensationSetup } from "./runCommissions";

export interface WorkbookReportRequest {
  template: ReportTemplate;
  /** Default: the quarter (QBR) or month (MBR) of `asOf`. */
  period?: string;
  asOf: IsoDate;
  settings: Settings;
  /** The part of the org covered; everyone by default. */
  scope?: ReportScope;
  /** For `template: "custom"`: the sheet of this workbook designed as the template. */
  templateSheet?: string;
  /** The plans in force in this session; null reads them from the workbook's plan tables (none there: no commissions sheet). */
  compensation: CompensationSetup | null;
  onProgress?: ProgressListener;
}

export interface WorkbookReportResult {
  period: string;
  sheets: WrittenSheet[];
  /** Sections left out, rows the data tables rejected, deals without a rate. */
  issues: Issue[];
}

export class ReportDataError extends Error {
  override name = "ReportDataError";
}

/**
 * Generates a QBR or MBR into the open workbook — the one path for the ribbon button and the pane:
 * reads the data tables and the adjustment log, builds the report (its formulas read the tables in
 * place) and hands it to the writer, which replaces only sheets SalesOps generated before.
 * @example await generateReportInWorkbook(port, writer, { template: "qbr", asOf: "2026-11-27", settings, compensation: null })
 */
export async function generateReportInWorkbook(port: WorkbookPort, writer: WorkbookWriterPort, request: WorkbookReportRequest, templates?: TemplatePort): Promise<WorkbookReportResult> {
  const progress = request.onProgress ?? (() => undefined);
  let templateSheets: TemplateSheet[] | undefined;
  if (request.template === "custom") {
    if (!templates || !request.templateSheet) throw new ReportDataError("Choose the sheet you designed as the template (a sheet with {{placeholders}}).");
    progress(0, 3, `Reading the template ${request.templateSheet}`);
    const read = await templates.readTemplate(request.templateSheet);
    if (!read.ok) throw new ReportDataError(read.issues.map((issue) => issue.message).join(" "));
    templateSheets = [read.value];
  }
  progress(0, 3, "Reading the data tables");
  const data = await loadWorkbookData(port, request.settings);
  if (data.dataSet.opportunities.length === 0) {
    throw new ReportDataError(data.issues[0]?.message ?? "The Opportunities table is empty: load sample data or import your pipeline first.");
  }
  const adjustments = await readAdjustmentLog(port);
  // The ribbon runs without the pane, so the plans may not be in the session yet: the workbook has them.
  const plans = request.compensation ? { compensation: request.compensation, issues: [] } : await readCompensation(port);
  progress(1, 3, "Building the report");
  const grain = request.template === "mbr" ? "month" : "quarter";
  // A custom template takes the period as given (a quarter or a month).
  const period = request.period ?? fiscalLabel(request.asOf, request.settings.fiscalYearStartMonth, grain);
  const report = generateReport(data.dataSet, { template: request.template, templateSheets, scope: request.scope, period, asOf: request.asOf, adjustments: adjustments.log, compensation: plans.compensation, includeDataSheets: false });
  progress(2, 3, "Writing the sheets");
  const sheets = await writer.writeWorkbook(report.description);
  progress(3, 3, "Done");
  // A workbook without plan tables simply has no commissions sheet (the report says so); a broken plan is worth showing.
  const planIssues = plans.issues.filter((issue) => issue.code !== "missing_table");
  return { period, sheets, issues: [...data.issues, ...adjustments.issues, ...planIssues, ...report.issues] };
}

/** A scope the pane offers: its value for the use case and the words shown. */
export interface ScopeChoice {
  scope: ReportScope;
  label: string;
}

/**
 * The scopes a report can take for this workbook's Reps table: the whole org, each region, each
 * manager (a rep someone reports to) with their team.
 * @example (await scopeChoices(port, settings)).map((c) => c.label) // ["Whole org", "Region APAC", …, "Team of Linda Miller", …]
 */
export async function scopeChoices(port: WorkbookPort): Promise<ScopeChoice[]> {
  const rows = await port.readTable(REPS_FILE.tableName);
  const choices: ScopeChoice[] = [{ scope: { kind: "all" }, label: "Whole org" }];
  if (!rows) return choices;
  const read = readCanonicalRecords(REPS_FILE, rows, {});
  if (!read.ok) return choices;
  const reps = read.value.records;
  for (const region of [...new Set(reps.map((rep) => rep.region).filter(Boolean))].sort()) choices.push({ scope: { kind: "region", region }, label: `Region ${region}` });
  const managers = new Set(reps.map((rep) => rep.managerId).filter(Boolean));
  for (const rep of reps.filter((r) => managers.has(r.id)).sort((a, b) => a.name.localeCompare(b.name))) choices.push({ scope: { kind: "manager", managerId: rep.id }, label: `Team of ${rep.name}` });
  return choices;
}
