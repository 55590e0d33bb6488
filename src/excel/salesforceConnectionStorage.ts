/*
 * Where the workbook keeps the pane's Salesforce connection settings (login host, connected app,
 * API version, custom fields; never a token): Workbook.settings under its own key, as JSON text. The
 * pane encodes and validates the value (src/taskpane/salesforceConnection.ts).
 */
import type { ExcelRunner } from "./types";
import { type WorkbookSettingText, workbookSettingText } from "./workbookSettingText";

/** The Workbook.settings key of the connection settings. Stored in users' workbooks: never rename it. */
export const SALESFORCE_CONNECTION_KEY = "SalesOps.salesforceConnection";

export type ExcelSalesforceConnectionStorage = WorkbookSettingText;

/** @example const stored = await createExcelSalesforceConnectionStorage((batch) => Excel.run(batch)).load(); */
export function createExcelSalesforceConnectionStorage(run: ExcelRunner): ExcelSalesforceConnectionStorage {
  return workbookSettingText(run, SALESFORCE_CONNECTION_KEY);
}
