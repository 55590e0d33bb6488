/*
 * The add-in's settings stored in the workbook, so they travel with the file. Structurally a
 * SettingsPort (src/app/ports.ts), which the pane's entry point passes to the settings use cases.
 *
 * Where: Workbook.settings (Excel.SettingCollection, ExcelApi 1.4, which every Excel with the shared
 * runtime has), under one key, as the JSON text of the versioned settings. It is part of the file
 * and scoped to this add-in, it is read and written through the same `Excel.run` batches as
 * everything else (so the in-memory host runs it too), and a write needs no separate save call.
 * Office.context.document.settings would work as well, but through the callback API and an explicit
 * saveAsync; a hidden sheet could be edited or deleted by the user, and a custom XML part needs XML.
 * JSON text rather than an object: office.js turns any "Date(…)" string inside an object value into
 * a Date on reading, so the text comes back exactly as written.
 */
import type { Issue } from "../core/model/result";
import { parseSettings, type Settings } from "../core/model/settings";
import type { ExcelRunner } from "./types";
import { workbookSettingText } from "./workbookSettingText";

/** The Workbook.settings key SalesOps keeps its settings under. Stored in users' workbooks: never rename it. */
export const SETTINGS_KEY = "SalesOps.settings";

/** What a read gives: the settings (upgraded to the current version), or null with the issues that kept them out. */
export interface StoredSettingsRead {
  settings: Settings | null;
  issues: Issue[];
}

export interface ExcelSettingsStorage {
  read(): Promise<StoredSettingsRead>;
  write(settings: Settings): Promise<void>;
  recalculate(): Promise<void>;
}

/** The value written under SETTINGS_KEY. @example encodeStoredSettings(DEFAULT_SETTINGS).startsWith('{"version":1') // true */
export function encodeStoredSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

const unusable = (code: string, message: string): StoredSettingsRead => ({ settings: null, issues: [{ code, path: [], message }] });

/**
 * Reads a stored value: JSON text (or an object, should another tool have stored one) validated by
 * parseSettings, which upgrades older versions. Each problem is an issue with the path of its field.
 * @example decodeStoredSettings('{"fiscalYearStartMonth":1}').settings?.fiscalYearStartMonth // 1 (a version-0 file, upgraded)
 */
export function decodeStoredSettings(value: unknown): StoredSettingsRead {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return unusable("settings_not_json", "The settings saved in this workbook are not JSON text, so none of them could be read.");
    }
  }
  // parseSettings reads anything but an object as an empty (version 0) file: refuse it here instead.
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return unusable("invalid_settings", "The settings saved in this workbook are not a set of named settings (a JSON object), so none of them could be read.");
  }
  const parsed = parseSettings(data);
  if (parsed.success) return { settings: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((problem): Issue => {
    const path = problem.path.map((part) => (typeof part === "symbol" ? String(part) : part));
    return { code: "invalid_settings", path, message: problem.message };
  });
  return { settings: null, issues };
}

/**
 * @example const storage = createExcelSettingsStorage((batch) => Excel.run(batch)); const { settings, issues } = await storage.read();
 */
export function createExcelSettingsStorage(run: ExcelRunner): ExcelSettingsStorage {
  const stored = workbookSettingText(run, SETTINGS_KEY);
  return {
    read: async () => {
      const value = await stored.load();
      return value === null ? { settings: null, issues: [] } : decodeStoredSettings(value);
    },
    write: (settings) => stored.save(encodeStoredSettings(settings)),
    recalculate: () =>
      run(async (context) => {
        // "Full" marks every formula dirty: "Recalculate" would skip custom functions whose arguments
        // did not change, which is every one whose result depends on the settings.
        context.workbook.application.calculate("Full");
        await context.sync();
      }),
  };
}
