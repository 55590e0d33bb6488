/*
 * Where the workbook keeps its Salesforce sync state (org, API version, high-water mark, last pull,
 * field mapping; never a token): Workbook.settings under its own key, as JSON text. Structurally the
 * app's SyncStateStorage (src/app/salesforceSyncState.ts); the pane wraps it with
 * `salesforceSyncStatePort`, which validates what is read and encodes what is written.
 */
import type { ExcelRunner } from "./types";
import { type WorkbookSettingText, workbookSettingText } from "./workbookSettingText";

/** The Workbook.settings key of the sync state. Stored in users' workbooks: never rename it. */
export const SALESFORCE_SYNC_KEY = "SalesOps.salesforceSync";

export type ExcelSalesforceSyncStorage = WorkbookSettingText;

/** @example const port = salesforceSyncStatePort(createExcelSalesforceSyncStorage((batch) => Excel.run(batch))); */
export function createExcelSalesforceSyncStorage(run: ExcelRunner): ExcelSalesforceSyncStorage {
  return workbookSettingText(run, SALESFORCE_SYNC_KEY);
}
