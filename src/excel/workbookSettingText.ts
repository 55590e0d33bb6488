/*
 * One value the add-in keeps in Workbook.settings under its own key, as JSON text, so it travels
 * with the file (settingsStorage.ts says why Workbook.settings). The caller encodes and validates.
 */
import type { ExcelRunner } from "./types";

export interface WorkbookSettingText {
  /** The stored value (JSON text, or whatever another tool stored), or null when the workbook has none. */
  load(): Promise<unknown>;
  /** Stores the text under the key, replacing any value it had. */
  save(text: string): Promise<void>;
}

/** @example const stored = await workbookSettingText((batch) => Excel.run(batch), "SalesOps.salesforceSync").load(); */
export function workbookSettingText(run: ExcelRunner, key: string): WorkbookSettingText {
  return {
    load: () =>
      run(async (context) => {
        const stored = context.workbook.settings.getItemOrNullObject(key);
        stored.load("value");
        await context.sync();
        return stored.isNullObject ? null : (stored.value as unknown);
      }),
    save: (text) =>
      run(async (context) => {
        // add() replaces the value when the key exists.
        context.workbook.settings.add(key, text);
        await context.sync();
      }),
  };
}
