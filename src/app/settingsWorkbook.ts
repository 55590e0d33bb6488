/*
 * The add-in's settings (fiscal year start, corporate currency, stage map) kept in the workbook, so
 * they travel with the file, and shared with the custom functions through the session: the pane
 * loads them at start and saves them from the Settings view.
 *
 * Custom functions read the session when Excel calls them, and Excel cannot know that a formula
 * such as =SALESOPS.FISCALPERIOD(A2) depends on it: after the functions' settings change, only a
 * full recalculation (port.recalculate) reruns those formulas. It is asked for only then, since it
 * recalculates the whole workbook.
 */
import { DEFAULT_SETTINGS, type Settings } from "../core/model/settings";
import type { Issue, Result } from "../core/model/result";
import type { SettingsPort, StoredSettings } from "./ports";
import { getSettings, setSettings } from "./sessionState";
import { changedSettings, FUNCTION_FIELDS, settingsIssue, validateSettings, type SettingsField } from "./settingsWorkbookChecks";

/** The part of the session the settings use cases change; the shared one unless a test passes its own. */
export interface SettingsSession {
  getSettings(): Settings;
  /** Replaces the settings and tells the listeners (onSettingsChanged). */
  setSettings(settings: Settings): void;
}

const SHARED_SESSION: SettingsSession = { getSettings, setSettings };

/**
 * Where the settings in force came from: the workbook; the defaults because it holds none; the
 * defaults because what it holds is invalid; or the session's, unchanged, because it could not be read.
 */
export type SettingsSource = "workbook" | "none" | "invalid" | "unreadable";

export interface LoadedSettings {
  /** The settings now in force. */
  settings: Settings;
  source: SettingsSource;
  /** Why the stored settings are not in force (naming each field), and a recalculation that failed. */
  issues: Issue[];
  /** Whether Excel was asked to recalculate (the functions' settings changed). */
  recalculated: boolean;
}

export interface SavedSettings {
  settings: Settings;
  changed: SettingsField[];
  recalculated: boolean;
  /** A recalculation that failed after the save: the settings are saved and in force all the same. */
  warnings: Issue[];
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).trim().replace(/\.+$/, "");

/** Puts settings in force and, when the functions' part changed, asks Excel to rerun them. */
async function apply(port: SettingsPort, session: SettingsSession, settings: Settings): Promise<{ changed: SettingsField[]; recalculated: boolean; warnings: Issue[] }> {
  const changed = changedSettings(session.getSettings(), settings);
  // Set even when equal: the listeners learn that the workbook's settings are now the ones in force.
  session.setSettings(settings);
  if (!changed.some((field) => FUNCTION_FIELDS.includes(field))) return { changed, recalculated: false, warnings: [] };
  try {
    await port.recalculate();
    return { changed, recalculated: true, warnings: [] };
  } catch (error) {
    const message = `Excel did not recalculate (${describe(error)}): SALESOPS formulas may show results from the previous settings until you press Ctrl+Alt+F9.`;
    return { changed, recalculated: false, warnings: [{ code: "recalculation_failed", path: [], message }] };
  }
}

/**
 * Reads the workbook's settings and puts them in force, for the pane and the custom functions. A
 * workbook without settings gets the defaults; invalid stored settings are not used, and the
 * issues name each invalid field so the pane can say so (the stored value is left alone until the
 * user saves). A failed read leaves the session as it was. Never rejects: what went wrong is an issue.
 * @example const loaded = await loadWorkbookSettings(createExcelSettingsStorage(run)); // at pane start
 */
export async function loadWorkbookSettings(port: SettingsPort, session: SettingsSession = SHARED_SESSION): Promise<LoadedSettings> {
  let stored: StoredSettings;
  try {
    stored = await port.read();
  } catch (error) {
    const message = `The settings saved in this workbook could not be read (${describe(error)}). The settings in force stay as they were; reopen the pane to try again.`;
    return { settings: session.getSettings(), source: "unreadable", issues: [{ code: "settings_unreadable", path: [], message }], recalculated: false };
  }
  const source: SettingsSource = stored.settings ? "workbook" : stored.issues.length > 0 ? "invalid" : "none";
  const settings = stored.settings ?? DEFAULT_SETTINGS;
  // The adapter's issues carry zod's words; the ones about a field are worded like the view's.
  const issues = stored.issues.map((issue) => (issue.code === "invalid_settings" && issue.path.length > 0 ? settingsIssue(issue.path, issue.message) : issue));
  const applied = await apply(port, session, settings);
  return { settings, source, issues: [...issues, ...applied.warnings], recalculated: applied.recalculated };
}

/**
 * Validates settings, writes them to the workbook, then puts them in force (listeners are told) and,
 * when the functions' part changed, has Excel recalculate. Invalid settings are not written: the
 * issues name each field. A failed write rejects with Excel's error and changes nothing in force.
 * @example await saveWorkbookSettings(port, { ...getSettings(), fiscalYearStartMonth: 1 }) // { ok: true, value: { changed: ["fiscalYearStartMonth"], recalculated: true, … } }
 */
export async function saveWorkbookSettings(port: SettingsPort, input: unknown, session: SettingsSession = SHARED_SESSION): Promise<Result<SavedSettings>> {
  const valid = validateSettings(input);
  if (!valid.ok) return valid;
  await port.write(valid.value);
  const applied = await apply(port, session, valid.value);
  return { ok: true, value: { settings: valid.value, ...applied } };
}

/**
 * Saves the defaults in place of the workbook's settings. They are written out, not removed, so a
 * later version of the add-in with other defaults does not change how this workbook reads.
 * @example await resetWorkbookSettings(port) // { ok: true, value: { settings: DEFAULT_SETTINGS, … } }
 */
export function resetWorkbookSettings(port: SettingsPort, session: SettingsSession = SHARED_SESSION): Promise<Result<SavedSettings>> {
  return saveWorkbookSettings(port, DEFAULT_SETTINGS, session);
}
