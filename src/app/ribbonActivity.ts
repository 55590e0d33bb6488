import type { WorkbookReportResult } from "./generateReportInWorkbook";

/**
 * What the ribbon's Generate QBR is doing, shared with the task pane in the one runtime: the
 * command has no UI of its own, so the pane's Reports view shows its progress and outcome (and the
 * command opens the pane when it fails, so the error is seen).
 */
export type RibbonActivity =
  | { state: "running"; template: "qbr" | "mbr"; step: string; done: number; total: number }
  | { state: "done"; template: "qbr" | "mbr"; result: WorkbookReportResult }
  | { state: "failed"; template: "qbr" | "mbr"; error: unknown };

let last: RibbonActivity | null = null;
const listeners = new Set<(activity: RibbonActivity) => void>();

export function publishRibbonActivity(activity: RibbonActivity): void {
  last = activity;
  for (const listener of listeners) listener(activity);
}

/** The latest activity, for a pane opened after the command ran. */
export function lastRibbonActivity(): RibbonActivity | null {
  return last;
}

/** Returns a function that stops listening. */
export function onRibbonActivity(listener: (activity: RibbonActivity) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
