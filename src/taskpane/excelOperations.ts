/*
 * The pane's real operations: the app use cases over the Office.js workbook port. This is the one
 * place in the pane that knows about Excel; components get the result through props.
 */
import { loadSampleData } from "../app/loadSampleData";
import type { TemplatePort, WorkbookWriterPort } from "../app/ports";
import { getSettings, setWorkbookData } from "../app/sessionState";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../core/commission";
import { toIsoDate } from "../core/model/isoDate";
import type { ExcelRunner } from "../excel/types";
import { salesforceSyncStatePort } from "../app/salesforceSyncState";
import { createExcelSalesforceConnectionStorage } from "../excel/salesforceConnectionStorage";
import { createExcelSalesforceSyncStorage } from "../excel/salesforceSyncState";
import { createExcelSettingsStorage } from "../excel/settingsStorage";
import { createExcelWorkbookPort } from "../excel/workbookPort";
import { commissionOperations } from "./commissionOperations";
import { dataOperations } from "./dataOperations";
import { forecastOperations } from "./forecastOperations";
import type { TaskPaneOperations } from "./operations";
import { officeDialog } from "./officeDialog";
import { officeRuntimeStorage } from "./refreshTokenStorage";
import { reportOperations } from "./reportOperations";
import { type SalesforceDependencies, salesforceOperations } from "./salesforceOperations";
import { settingsOperations } from "./settingsOperations";
import { territoryOperations } from "./territoryOperations";

/** The seed the pane's demo org uses, so every "Load sample data" gives the same org for a given day. */
export const DEMO_SEED = 7;

/** The Office.js workbook writer, loaded on first use (Write statements): the first screen stays light. */
function lazyWorkbookWriter(run: ExcelRunner): WorkbookWriterPort {
  return {
    async writeWorkbook(description, onProgress) {
      const { createExcelWorkbookWriter } = await import(/* webpackChunkName: "workbook-writer" */ "../excel/writeWorkbook");
      return createExcelWorkbookWriter(run).writeWorkbook(description, onProgress);
    },
  };
}

/** Custom templates are read by code loaded on first use, with the report builders. */
function lazyTemplatePort(run: ExcelRunner): TemplatePort {
  const port = () => import(/* webpackChunkName: "reports" */ "../excel/templatePort").then((module) => module.createExcelTemplatePort(run));
  return {
    sheetNames: async () => (await port()).sheetNames(),
    readTemplate: async (sheetName) => (await port()).readTemplate(sheetName),
  };
}

/** What the Salesforce card needs of Office and the browser besides the workbook: the sign-in dialog, OfficeRuntime.storage, fetch, the page's address. */
export type SalesforcePlatform = Pick<SalesforceDependencies, "dialog" | "storage" | "fetch" | "pageUrl">;

/** The platform of a pane running in Office, or null without Office's dialog API (no sign-in possible). */
function officeSalesforcePlatform(): SalesforcePlatform | null {
  if (typeof Office === "undefined" || !Office.context?.ui || typeof window === "undefined") return null;
  return { dialog: officeDialog(Office), storage: officeRuntimeStorage(), fetch: window.fetch.bind(window), pageUrl: window.location.href };
}

/**
 * `run` is the Office.js batch runner, handed in by the entry point (index.tsx), the one place that
 * touches the Excel global; `platform` is Office's dialog and the browser's fetch, from the globals by default.
 */
export function excelOperations(run: ExcelRunner, platform: SalesforcePlatform | null = officeSalesforcePlatform()): TaskPaneOperations {
  const port = createExcelWorkbookPort(run);
  return {
    async loadSampleData(onProgress) {
      // Loaded on demand: the generator is only needed on this click, so the first screen stays light.
      const { generateDemoOrg } = await import(/* webpackChunkName: "demo" */ "../core/demo/generateDemoOrg");
      // In the workbook's settings (fiscal calendar, currency, stage map): the session takes the data
      // set's settings (setWorkbookData), and the defaults would silently replace the saved ones.
      const dataSet = generateDemoOrg({ seed: DEMO_SEED, asOf: toIsoDate(new Date()), settings: getSettings() });
      // The plan goes into the workbook as its tables too, so the workbook carries it (Commissions view, SALESOPS.PAYOUT).
      const compensation = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) };
      const result = await loadSampleData(port, dataSet, onProgress, compensation);
      // The custom functions (SALESOPS.PAYOUT) see the sample org and its account-executive plan.
      setWorkbookData(dataSet, compensation);
      return result;
    },
    forecast: forecastOperations(port, getSettings),
    commissions: commissionOperations(port, lazyWorkbookWriter(run), getSettings),
    territories: territoryOperations(port, getSettings),
    reports: reportOperations(port, lazyWorkbookWriter(run), getSettings, () => new Date(), lazyTemplatePort(run)),
    data: dataOperations(port, getSettings),
    // Workbook.settings, read once at pane start (index.tsx) and shared with the custom functions.
    settings: settingsOperations(createExcelSettingsStorage(run)),
    // The connection settings and the sync state are kept in Workbook.settings; tokens never are.
    salesforce: platform
      ? salesforceOperations({
          ...platform,
          port,
          syncState: salesforceSyncStatePort(createExcelSalesforceSyncStorage(run)),
          connectionStorage: createExcelSalesforceConnectionStorage(run),
          settings: getSettings,
        })
      : undefined,
  };
}
