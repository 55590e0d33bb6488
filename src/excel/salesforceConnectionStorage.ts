/*
 * Where the workbook keeps the pane's Salesforce connection settings (login host, connected app,
 * API version, custom fields; never a token): Workbook.settings under its own key, as JSON text, as
 * settingsStorage.ts and salesforceSyncState.ts do. The pane encodes and validates the value
 * (src/taskpane/salesforceConnection.ts).
 */
import type { ExcelRunner } from "./types";

/** The Workbook.settings key of the connection settings. Stored in users' workbooks: never rename it. */
export const SALESFORCE_CONNECTION_KEY = "SalesOps.salesforceConnection";

export interface ExcelSalesforceConnectionStorage {
  /** The stored value (JSON text), or null when the workbook has none. */
  load(): Promise<unknown>;
  save(text: string): Promise<void>;
}

/** @example const stored = await createExcelSalesforceConnectionStorage((batch) => Excel.run(batch)).load(); */
export function createExcelSalesforceConnectionStorage(run: ExcelRunner): ExcelSalesforceConnectionStorage {
  return {
    load: () =>
      run(async (context) => {
        const stored = context.workbook.settings.getItemOrNullObject(SALESFORCE_CONNECTION_KEY);
        stored.load("value");
        await context.sync();
        return stored.isNullObject ? null : (stored.value as unknown);
      }),
    save: (text) =>
      run(async (context) => {
        context.workbook.settings.add(SALESFORCE_CONNECTION_KEY, text);
        await context.sync();
      }),
  };
}
