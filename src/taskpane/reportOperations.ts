/*
 * The Reports view's operations (and the ribbon's Generate QBR) over any WorkbookPort and
 * WorkbookWriterPort: the Office.js adapters in Excel, memory ones in the browser harness.
 */
import type { ReportTemplate } from "../app/generateReport";
import type { ScopeChoice, WorkbookReportResult } from "../app/generateReportInWorkbook";
import type { ProgressListener, TemplatePort, WorkbookPort, WorkbookWriterPort } from "../app/ports";
import { lastRibbonActivity, onRibbonActivity, RibbonActivity } from "../app/ribbonActivity";
import { getWorkbookData } from "../app/sessionState";
import { toIsoDate } from "../core/model/isoDate";
import type { ReportScope } from "../core/report/scope";
import type { Settings } from "../core/model/settings";

export interface ReportRequestFromPane {
  template: ReportTemplate;
  period: string;
  /** For a custom template: the sheet designed as the template. */
  templateSheet?: string;
  /** The whole org when left out. */
  scope?: ReportScope;
}

export interface ReportOperations {
  /** Generates the report into the workbook, replacing only sheets SalesOps generated before. */
  generate(request: ReportRequestFromPane, onProgress: ProgressListener): Promise<WorkbookReportResult>;
  /** Sheets of this workbook that could be a custom template; empty when the surface has none to offer. */
  templateSheetNames(): Promise<string[]>;
  /** The whole org, each region and each manager's team, from the workbook's Reps table. */
  scopeChoices(): Promise<ScopeChoice[]>;
  settings(): Settings;
  now(): Date;
  /** What the ribbon's Generate QBR did last (it has no UI of its own), and changes to it. */
  lastRibbonActivity(): RibbonActivity | null;
  onRibbonActivity(listener: (activity: RibbonActivity) => void): () => void;
}

/** The engines and builders load with the first generation, so the pane's first screen stays light. */
const useCase = () => import(/* webpackChunkName: "reports" */ "../app/generateReportInWorkbook");

export function reportOperations(port: WorkbookPort, writer: WorkbookWriterPort, settings: () => Settings, now: () => Date = () => new Date(), templates?: TemplatePort): ReportOperations {
  return {
    async generate(request, onProgress) {
      const { generateReportInWorkbook } = await useCase();
      const compensation = getWorkbookData().compensation;
      return generateReportInWorkbook(port, writer, { ...request, asOf: toIsoDate(now()), settings: settings(), compensation, onProgress }, templates);
    },
    templateSheetNames: async () => (templates ? templates.sheetNames() : []),
    scopeChoices: async () => (await useCase()).scopeChoices(port),
    settings,
    now,
    lastRibbonActivity,
    onRibbonActivity,
  };
}
