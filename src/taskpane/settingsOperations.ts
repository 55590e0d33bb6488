/*
 * The Settings view's operations over any SettingsPort: Workbook.settings through Office.js in
 * Excel, a memory one in the browser harness. The settings go to the shared session, where the
 * custom functions read them.
 */
import type { SettingsPort } from "../app/ports";
import { getWorkbookData } from "../app/sessionState";
import { loadWorkbookSettings, resetWorkbookSettings, saveWorkbookSettings, type LoadedSettings, type SavedSettings } from "../app/settingsWorkbook";
import { currenciesWithoutRate } from "../app/settingsWorkbookRates";
import type { Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";

export interface SettingsOperations {
  /**
   * The workbook's settings, read once (the entry point starts this at pane start, so custom
   * functions have them from the start) and then as last saved. Never rejects: problems are issues.
   */
  load(): Promise<LoadedSettings>;
  /** Validates and writes the settings, then puts them in force; custom functions are recalculated. */
  save(settings: Settings): Promise<Result<SavedSettings>>;
  /** Writes the defaults in place of the workbook's settings. */
  reset(): Promise<Result<SavedSettings>>;
  /** Currencies in the data a view loaded last that the rate table has no rate for; null when no view has loaded data. */
  currenciesWithoutRate(corporateCurrency: string): string[] | null;
  /** The surface's clock (the fiscal year preview). Tests pass a fixed one. */
  now(): Date;
}

export function settingsOperations(port: SettingsPort, now: () => Date = () => new Date()): SettingsOperations {
  let loaded: Promise<LoadedSettings> | null = null;
  // After a save the stored settings are the saved ones: a view opened later starts from them.
  const remember = (saved: Result<SavedSettings>) => {
    if (saved.ok) loaded = Promise.resolve({ settings: saved.value.settings, source: "workbook", issues: [], recalculated: saved.value.recalculated });
    return saved;
  };
  return {
    load: () => (loaded ??= loadWorkbookSettings(port)),
    save: (settings) => saveWorkbookSettings(port, settings).then(remember),
    reset: () => resetWorkbookSettings(port).then(remember),
    currenciesWithoutRate(corporateCurrency) {
      const { dataSet } = getWorkbookData();
      return dataSet ? currenciesWithoutRate(dataSet, corporateCurrency) : null;
    },
    now,
  };
}
