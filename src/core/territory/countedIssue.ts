import type { Issue } from "../model/result";

const SHOWN = 5;

/**
 * One issue for many rows with the same problem, naming the first few, so a million bad rows make
 * one readable line rather than a million. No issue when there are no ids.
 * @example countedIssue("missing_potential", ["accounts"], ["A1", "A2"], "have no potential")[0].message // "2 accounts have no potential: A1, A2."
 */
export function countedIssue(code: string, path: Issue["path"], ids: readonly string[], problem: string, noun = "accounts"): Issue[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, SHOWN).join(", ");
  const more = ids.length > SHOWN ? ` and ${ids.length - SHOWN} more` : "";
  return [{ code, path, message: `${ids.length} ${noun} ${problem}: ${shown}${more}.` }];
}
