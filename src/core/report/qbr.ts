import type { SheetDescription, WorkbookDescription } from "../../workbook/description";
import type { DataSet } from "../model/dataSet";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { ratesSheet } from "./ratesTable";
import { qbrAttainmentSheet } from "./qbrAttainment";
import { qbrSummarySheet } from "./qbrSummary";
import { reportContext } from "./reportContext";
import { ReportError } from "./reportError";
import type { ReportScope } from "./scope";
import type { ReportSections } from "./sections";
import { qbrForecastSheet } from "./qbrForecast";
import { qbrPipelineSheet } from "./qbrPipeline";
import { qbrTrendSheet } from "./qbrTrend";
import { qbrCommissionsSheet } from "./qbrCommissions";
import { qbrTerritoriesSheet } from "./qbrTerritories";

export interface QbrOptions {
  /** A fiscal quarter label, e.g. "FY2027-Q3". */
  period: string;
  asOf: IsoDate;
  /** The part of the org covered; the whole org by default. */
  scope?: ReportScope;
  /** Engine results that are written as values (with a note naming their source); a missing one leaves its sheet out. */
  sections?: ReportSections;
}

export const QBR_SHEETS = {
  summary: "QBR Summary",
  attainment: "QBR Attainment",
  forecast: "QBR Forecast",
  pipeline: "QBR Pipeline",
  trend: "QBR Trend",
  commissions: "QBR Commissions",
  territories: "QBR Territories",
} as const;

/**
 * The quarterly business review as a workbook description: scorecard, attainment, forecast rollup,
 * pipeline movement and top deals, bookings trend, commissions and territory balance, then the
 * report's rate sheet. Formulas read the data tables (Opportunities, Quotas, Reps, Snapshots,
 * FxRates), which the caller provides: already in Excel, or as `dataSheets` for an .xlsx.
 * @example buildQbr(demo, { period: "FY2027-Q3", asOf: "2026-11-27" }).description.sheets[0].name // "QBR Summary"
 */
export function buildQbr(dataSet: DataSet, options: QbrOptions, dataSheets: readonly SheetDescription[] = []): { description: WorkbookDescription; issues: Issue[] } {
  const context = reportContext(dataSet, options.period, options.asOf, "qbr", options.scope);
  if (context.current.period.grain !== "quarter") throw new ReportError(`A QBR covers a fiscal quarter: "${options.period}" is not one (use a label such as FY2027-Q3).`);
  const scopeNote = context.scope.owners ? ` · ${context.scope.label}` : "";
  const title = (what: string) => `${what} — ${context.current.label}${scopeNote}`;
  const sections = options.sections ?? {};
  const sheets: SheetDescription[] = [
    qbrSummarySheet(context, QBR_SHEETS.summary, title("Quarterly business review")),
    qbrAttainmentSheet(context, QBR_SHEETS.attainment, title("Attainment")),
  ];
  if (sections.forecast) sheets.push(qbrForecastSheet(context, QBR_SHEETS.forecast, sections.forecast));
  sheets.push(qbrPipelineSheet(context, QBR_SHEETS.pipeline));
  sheets.push(qbrTrendSheet(context, QBR_SHEETS.trend));
  if (sections.commissions) sheets.push(qbrCommissionsSheet(context, QBR_SHEETS.commissions, sections.commissions));
  if (sections.territories) sheets.push(qbrTerritoriesSheet(context, QBR_SHEETS.territories, sections.territories));
  sheets.push(ratesSheet(context), ...dataSheets);
  return { description: { sheets, activeSheet: QBR_SHEETS.summary }, issues: context.issues };
}
