import type { SheetDescription, WorkbookDescription } from "../../workbook/description";
import type { TemplateSheet } from "../../workbook/templateSheet";
import type { DataSet } from "../model/dataSet";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { ratesSheet } from "./ratesTable";
import { reportCatalogue } from "./reportCatalogue";
import { reportContext } from "./reportContext";
import type { ReportScope } from "./scope";
import type { ReportSections } from "./sections";
import { fillTemplate } from "./template";

export interface CustomReportOptions {
  /** A fiscal quarter or month. */
  period: string;
  asOf: IsoDate;
  /** The part of the org covered; the whole org by default. */
  scope?: ReportScope;
  sections?: ReportSections;
}

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

/**
 * The filled copy's name: the template's name and the period ("My QBR FY2027-Q3"), shortened to
 * Excel's 31 characters, so the template itself (in the same workbook) is never overwritten.
 * @example filledSheetName("Board pack", "FY2027-Q3") // "Board pack FY2027-Q3"
 */
export function filledSheetName(templateName: string, period: string): string {
  const room = MAX_SHEET_NAME - period.length - 1;
  return `${templateName.slice(0, Math.max(1, room)).trimEnd()} ${period}`;
}

/**
 * A user's template sheets filled for a period: each placeholder becomes the catalogue's cell (a
 * live formula where the figure can be one), row blocks expand one row per item, and the report's
 * FX sheet comes along for the formulas that convert currencies. Unknown placeholders and block
 * errors come back as issues naming the sheet and cell.
 * @example buildCustomReport(demo, { period: "FY2027-Q3", asOf: "2026-11-27" }, templates).issues
 */
export function buildCustomReport(dataSet: DataSet, options: CustomReportOptions, templates: readonly TemplateSheet[], dataSheets: readonly SheetDescription[] = []): { description: WorkbookDescription; issues: Issue[] } {
  const context = reportContext(dataSet, options.period, options.asOf, "custom", options.scope);
  const catalogue = reportCatalogue(context, options.sections ?? {});
  const issues: Issue[] = [...context.issues];
  const sheets: SheetDescription[] = [];
  for (const template of templates) {
    const filled = fillTemplate(template, catalogue, filledSheetName(template.name, context.current.label));
    sheets.push(filled.sheet);
    issues.push(...filled.issues);
  }
  sheets.push(ratesSheet(context), ...dataSheets);
  return { description: { sheets, activeSheet: sheets[0]?.name }, issues };
}
