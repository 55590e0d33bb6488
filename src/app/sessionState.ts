import { DEFAULT_SETTINGS, Settings } from "../core/model/settings";

/**
 * State shared by every surface in the add-in's one runtime: the task pane writes it, custom
 * functions read it (for example the fiscal year start month when a formula leaves it out).
 */
let currentSettings: Settings = DEFAULT_SETTINGS;
const listeners = new Set<(settings: Settings) => void>();

export function getSettings(): Settings {
  return currentSettings;
}

export function setSettings(settings: Settings): void {
  currentSettings = settings;
  for (const listener of listeners) listener(settings);
}

/** Returns a function that stops listening. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
