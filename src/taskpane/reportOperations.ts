/*
 * The Reports view's operations (and the ribbon's Generate QBR) over any WorkbookPort and
 * WorkbookWriterPort: the Office.js adapters in Excel, memory ones in the browser harness.
 */
import type { WorkbookReportResult } from "../app/generateReportInWorkbook";
import type {
  ProgressListener,
  TemplatePort,
  WorkbookPort,
  WorkbookWriterPort,
} from "../app/ports";
import type { ReportTemplate } from "../app/generateReport";
import {
  lastRibbonActivity,
  onRibbonActivity,
  RibbonActivity,
} from "../app/ribbonActivity";
import { getWorkbookData } from "../app/sessionState";
import { toIsoDate } from "../core/model/isoDate";
import type { Settings } from "../core/model/settings";

export interface ReportOperations {
  /** Generates the report into the workbook, replacing only sheets SalesOps generated before. */
  generate(
    request: {
      template: ReportTemplate;
      period: string;
      templateSheet?: string;
    },
    onProgress: ProgressListener,
  ): Promise<WorkbookReportResult>;
  /** Sheets of this workbook that could be a custom template; empty when the surface has none to offer. */
  templateSheetNames(): Promise<string[]>;
  settings(): Settings;
  now(): Date;
  /** What the ribbon's Generate QBR did last (it has no UI of its own), and changes to it. */
  lastRibbonActivity(): RibbonActivity | null;
  onRibbonActivity(listener: (activity: RibbonActivity) => void): () => void;
}

/** The engines and builders load with the first generation, so the pane's first screen stays light. */
const useCase = () =>
  import(/* webpackChunkName: "reports" */ "../app/generateReportInWorkbook");

export function reportOperations(
  port: WorkbookPort,
  writer: WorkbookWriterPort,
  settings: () => Settings,
  now: () => Date = () => new Date(),
  templates?: TemplatePort,
): ReportOperations {
  return {
    async generate(request, onProgress) {
      const { generateReportInWorkbook } = await useCase();
      return generateReportInWorkbook(
        port,
        writer,
        {
          template: request.template,
          templateSheet: request.templateSheet,
          period: request.period,
          asOf: toIsoDate(now()),
          settings: settings(),
          compensation: getWorkbookData().compensation,
          onProgress,
        },
        templates,
      );
    },
    templateSheetNames: async () => (templates ? templates.sheetNames() : []),
    settings,
    now,
    lastRibbonActivity,
    onRibbonActivity,
  };
}
