/*
 * Where the workbook keeps its Salesforce sync state (org, API version, high-water mark, last pull,
 * field mapping; never a token): Workbook.settings under its own key, as JSON text, the same way as
 * the add-in's settings (settingsStorage.ts says why). Structurally the app's SyncStateStorage
 * (src/app/salesforceSyncState.ts); the pane wraps it with `salesforceSyncStatePort`, which
 * validates what is read and encodes what is written.
 */
import type { ExcelRunner } from "./types";

/** The Workbook.settings key of the sync state. Stored in users' workbooks: never rename it. */
export const SALESFORCE_SYNC_KEY = "SalesOps.salesforceSync";

export interface ExcelSalesforceSyncStorage {
  /** The stored value (JSON text), or null when the workbook has none. */
  load(): Promise<unknown>;
  save(text: string): Promise<void>;
}

/**
 * @example const port = salesforceSyncStatePort(createExcelSalesforceSyncStorage((batch) => Excel.run(batch)));
 */
export function createExcelSalesforceSyncStorage(run: ExcelRunner): ExcelSalesforceSyncStorage {
  return {
    load: () =>
      run(async (context) => {
        const stored = context.workbook.settings.getItemOrNullObject(SALESFORCE_SYNC_KEY);
        stored.load("value");
        await context.sync();
        return stored.isNullObject ? null : (stored.value as unknown);
      }),
    save: (text) =>
      run(async (context) => {
        // add() replaces the value when the key exists.
        context.workbook.settings.add(SALESFORCE_SYNC_KEY, text);
        await context.sync();
      }),
  };
}
