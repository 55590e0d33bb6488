/*
 * What the import use cases (importData*.ts) share: how a surface follows and stops long work, and
 * the typed outcome of a stop. Cancelling is an expected outcome, so it comes back as a result with
 * the issue code "cancelled", never as a thrown error.
 */
import type { Issue, Result } from "../core/model/result";

/** Which part of an import is running; the pane words its progress bar by it. */
export type ImportStep = "reading" | "checking" | "saving" | "writing" | "refreshing";

/** Where long import work is, for a progress bar with counts. */
export interface ImportProgress {
  step: ImportStep;
  /** What is being done, e.g. "Reading deals.csv" or "Writing Opportunities (table 1 of 3)". */
  label: string;
  done: number;
  total: number;
  /** What `done` and `total` count. */
  unit: "characters" | "rows" | "tables";
  /** False once writing has started: from then on the import completes or is rolled back (see importDataCommit.ts). */
  cancellable: boolean;
}

/** How a surface follows and stops the work; every member is optional. */
export interface ImportControl {
  /** Checked between chunks of work; an abort before the first write leaves the workbook untouched. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Awaited between chunks. Parsing and checking run on the pane's one thread: the pane passes a
   * pause that lets it repaint the progress bar and hear a click on Cancel.
   */
  pause?: () => Promise<void>;
}

/** The code of the issue a cancelled use case returns. */
export const CANCELLED = "cancelled";

/**
 * The result of work stopped at the user's request; `what` says what was left undone.
 * @example cancelled("Nothing was written.") // { ok: false, issues: [{ code: "cancelled", path: [], message: "Cancelled. Nothing was written." }] }
 */
export function cancelled<T = never>(what: string): Result<T> {
  return { ok: false, issues: [{ code: CANCELLED, path: [], message: `Cancelled. ${what}` }] };
}

/**
 * Whether a result is a cancellation rather than a problem to report.
 * @example isCancelled(cancelled("Nothing was written.")) // true
 */
export function isCancelled(result: Result<unknown>): boolean {
  return !result.ok && result.issues.some((issue: Issue) => issue.code === CANCELLED);
}

/** Gives the surface its pause (when it passed one) and tells whether the user has cancelled since. */
export async function pauseAndCheck(control: ImportControl): Promise<boolean> {
  await control.pause?.();
  return control.signal?.aborted ?? false;
}
