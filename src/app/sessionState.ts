import type { DataSet } from "../core/model/dataSet";
import { DEFAULT_SETTINGS, Settings } from "../core/model/settings";
import type { CompensationSetup } from "./runCommissions";

/**
 * State shared by every surface in the add-in's one runtime: the task pane writes it, custom
 * functions read it (the fiscal year start month when a formula leaves it out; the loaded data and
 * plans behind SALESOPS.PAYOUT). Each change bumps a version, so cached results know they are stale.
 */
interface Session {
  settings: Settings;
  /** The workbook's data as last loaded; null until the pane (or the CLI) loads some. */
  dataSet: DataSet | null;
  /** The commission plans and assignments in force; null when the workbook has none. */
  compensation: CompensationSetup | null;
  version: number;
}

let session: Session = { settings: DEFAULT_SETTINGS, dataSet: null, compensation: null, version: 0 };
const listeners = new Set<(settings: Settings) => void>();
const changeListeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener(session.settings);
  for (const listener of changeListeners) listener();
}

export function getSettings(): Settings {
  return session.settings;
}

export function setSettings(settings: Settings): void {
  session = { ...session, settings, version: session.version + 1 };
  changed();
}

/** Returns a function that stops listening. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getWorkbookData(): { dataSet: DataSet | null; compensation: CompensationSetup | null; version: number } {
  return { dataSet: session.dataSet, compensation: session.compensation, version: session.version };
}

/**
 * Called when data is loaded or refreshed: the data set's settings become the session's. Leaving
 * out `compensation` keeps the plans in force (a data refresh does not change who is on which plan).
 */
export function setWorkbookData(dataSet: DataSet, compensation: CompensationSetup | null = session.compensation): void {
  session = { settings: dataSet.settings, dataSet, compensation, version: session.version + 1 };
  changed();
}

/**
 * Called on every change of the session (settings, data or plans): what streaming custom functions
 * listen to, so their cells update when the pane loads or refreshes data. Returns a function that stops listening.
 */
export function onSessionChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
