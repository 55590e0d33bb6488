import { applyAdjustments, type ForecastAdjustment } from "../core/forecast/adjustments";
import { buildForecast } from "../core/forecast/forecastReport";
import type { DataSet } from "../core/model/dataSet";
import { fiscalLabel, fiscalPeriodRange, parseFiscalLabel } from "../core/model/fiscalCalendar";
import type { IsoDate } from "../core/model/isoDate";
import type { Issue } from "../core/model/result";
import { buildCustomReport } from "../core/report/customReport";
import { buildMbr } from "../core/report/mbr";
import { buildQbr } from "../core/report/qbr";
import { ReportError } from "../core/report/reportError";
import { ReportScope, resolveScope } from "../core/report/scope";
import type { ReportSections } from "../core/report/sections";
import type { TemplateSheet } from "../workbook/templateSheet";
import type { WorkbookDescription } from "../workbook/description";
import { tableSheet } from "../workbook/tableSheet";
import { dataSetTables } from "./loadSampleData";
import { runCommissions, type CompensationSetup } from "./runCommissions";
import { runTerritory } from "./runTerritory";

export type ReportTemplate = "qbr" | "mbr" | "custom";

export interface ReportRequest {
  template: ReportTemplate;
  /** The user's template sheets, for `template: "custom"`. */
  templateSheets?: readonly TemplateSheet[];
  /** A fiscal quarter (QBR, custom) or month (MBR, custom); default the quarter or month of `asOf`. */
  period?: string;
  asOf: IsoDate;
  /** The part of the org covered (region or manager's team); everyone by default. */
  scope?: ReportScope;
  /** The manager adjustments log, for the forecast rollup. */
  adjustments?: readonly ForecastAdjustment[];
  /** The plans in force; without them the commissions sheet is left out. */
  compensation?: CompensationSetup | null;
  /**
   * Add the data tables as sheets, for an .xlsx that stands alone (the CLI). In Excel the tables
   * are already in the workbook and the report's formulas read them there.
   */
  includeDataSheets: boolean;
}

export interface ReportResult {
  period: string;
  description: WorkbookDescription;
  /** Sections left out and why, and data problems (deals without a rate…). */
  issues: Issue[];
}

/**
 * A QBR or MBR for the pane, the ribbon and the CLI alike: runs the engines whose results the
 * report writes as values (forecast rollup by manager, commissions, territory balance) and builds
 * the workbook description. A section whose engine cannot run is left out with an issue saying why.
 * @example generateReport(demo, { template: "qbr", asOf: "2026-11-27", includeDataSheets: true }).description.sheets.map((s) => s.name)
 */
export function generateReport(dataSet: DataSet, request: ReportRequest): ReportResult {
  const startMonth = dataSet.settings.fiscalYearStartMonth;
  const dataSheets = request.includeDataSheets ? dataSetTables(dataSet).map(tableSheet) : [];
  if (request.template === "mbr") {
    const period = request.period ?? fiscalLabel(request.asOf, startMonth, "month");
    const built = buildMbr(dataSet, { period, asOf: request.asOf, scope: request.scope }, dataSheets);
    return { period, description: built.description, issues: built.issues };
  }
  const period = request.period ?? fiscalLabel(request.asOf, startMonth, "quarter");
  const { sections, issues } = engineSections(dataSet, request, period);
  if (request.template === "custom") {
    if (!request.templateSheets || request.templateSheets.length === 0) throw new ReportError("A custom report needs a template: a sheet with {{placeholders}}.");
    const built = buildCustomReport(dataSet, { period, asOf: request.asOf, sections, scope: request.scope }, request.templateSheets, dataSheets);
    // Sections the template does not ask for need no "left out" note.
    return { period, description: built.description, issues: built.issues };
  }
  const built = buildQbr(dataSet, { period, asOf: request.asOf, sections, scope: request.scope }, dataSheets);
  return { period, description: built.description, issues: [...issues, ...built.issues] };
}

/** The engine results a report writes as values; a section whose engine cannot run is left out with an issue. */
function engineSections(dataSet: DataSet, request: ReportRequest, period: string): { sections: ReportSections; issues: Issue[] } {
  const startMonth = dataSet.settings.fiscalYearStartMonth;
  const issues: Issue[] = [];
  const sections: ReportSections = {};
  // The forecast call the review discusses: the quarter in progress when the reviewed period has ended.
  const current = fiscalLabel(request.asOf, startMonth, "quarter");
  const reviewedQuarter = fiscalLabel(periodEnd(period, startMonth), startMonth, "quarter");
  const forecastPeriod = current > reviewedQuarter ? current : reviewedQuarter;
  // Only the rollup rows are written: runForecast's KPIs, waterfall and bookings forecast would be computed for nothing.
  const forecast = buildForecast(dataSet, { period: forecastPeriod, level: "manager", asOf: request.asOf });
  sections.forecast = { period: forecastPeriod, rows: applyAdjustments(forecast.rows, request.adjustments ?? [], "manager", forecastPeriod).rows };
  if (request.compensation && request.compensation.plans.length > 0) {
    try {
      sections.commissions = runCommissions(dataSet, request.compensation, period);
    } catch (error) {
      issues.push({ code: "commissions_left_out", path: ["commissions"], message: `The commissions sheet is left out: ${(error as Error).message}` });
    }
  } else {
    issues.push({ code: "commissions_left_out", path: ["commissions"], message: "The commissions sheet is left out: the workbook has no commission plan (add one in the Commissions view)." });
  }
  if (dataSet.territories.length > 0 && dataSet.accounts.length > 0) {
    const territory = runTerritory(dataSet, { asOf: request.asOf, period, metric: "potential" });
    sections.territories = { metric: "potential", rows: territory.territories, balance: territory.balance };
  } else {
    issues.push({ code: "territories_left_out", path: ["territories"], message: "The territory sheet is left out: the workbook has no Territories or Accounts table." });
  }
  return { sections: scopedSections(sections, resolveScope(dataSet, request.scope ?? { kind: "all" }).owners), issues };
}

/** A scoped report's engine sections keep only the scope's owners: managers, reps and the territories they own. */
function scopedSections(sections: ReportSections, owners: ReadonlySet<string> | null): ReportSections {
  if (!owners) return sections;
  return {
    forecast: sections.forecast && { ...sections.forecast, rows: sections.forecast.rows.filter((row) => owners.has(row.owner)) },
    commissions: sections.commissions && { ...sections.commissions, reps: sections.commissions.reps.filter((rep) => owners.has(rep.repId)) },
    territories: sections.territories && { ...sections.territories, rows: sections.territories.rows.filter((row) => owners.has(row.ownerId)) },
  };
}

/** The last day of a fiscal label, for the quarter a month belongs to. */
function periodEnd(label: string, startMonth: number): string {
  const period = parseFiscalLabel(label);
  if (!period) throw new ReportError(`"${label}" is not a fiscal period: use a label such as FY2027-Q3 or FY2027-M10.`);
  return fiscalPeriodRange(period, startMonth).end;
}
