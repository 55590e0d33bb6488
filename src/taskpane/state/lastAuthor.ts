/*
 * The name last used to sign an adjustment, remembered in the pane's own storage so a manager types
 * it once. Storage can be missing or refused (private mode, a locked-down host): then nothing is
 * remembered and the pane works as before, which is why failures are ignored here.
 */
const KEY = "salesops.adjustmentAuthor";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function readLastAuthor(): string {
  try {
    return storage()?.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberAuthor(author: string): void {
  try {
    storage()?.setItem(KEY, author.trim());
  } catch {
    // Not remembering is harmless: the field is simply empty next time.
  }
}
