/*
 * The words the pane shows for progress, success and failure, kept out of components so they are
 * tested directly. Errors say what happened and what to do about it.
 */
import { LoadSampleDataError, LoadSampleDataResult, SampleDataProgress } from "../../app/loadSampleData";

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export interface StatusMessage {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  body: string;
  /** Lines listed under the body, e.g. one per table written. */
  details?: string[];
}

/** "Writing Opportunities (table 1 of 7)". */
export function progressLabel(progress: SampleDataProgress): string {
  return `Writing ${progress.tableName} (table ${progress.table} of ${progress.tables})`;
}

/** "3,000 of 41,234 rows". */
export function progressRows(progress: SampleDataProgress): string {
  return `${count(progress.rowsDone)} of ${plural(progress.rowsTotal, "row", "rows")}`;
}

export function loadedMessage(result: LoadSampleDataResult): StatusMessage {
  return {
    intent: "success",
    title: "Sample data loaded",
    body: `${plural(result.tables.length, "table", "tables")} and ${plural(result.rows, "row", "rows")}, one sheet per table.`,
    details: result.tables.map((t) => `${t.tableName}: ${plural(t.rows, "row", "rows")}`),
  };
}

/** What to do for the error codes a table write can meet (Office.js codes, and our adapter's own). */
const OFFICE_HINTS: Record<string, string> = {
  InvalidOperation: "Press Esc if a cell is being edited, close any open dialog in Excel, then try again.",
  AccessDenied: "The workbook or a sheet is protected or read-only: unprotect it (Review > Unprotect) or save a copy you can edit, then try again.",
  RequestPayloadSizeLimitExceeded: "Excel on the web refused a request as too large. Try again in Excel desktop, or report this as a bug.",
  ItemAlreadyExists: "A sheet or table with the same name is in the way: rename or delete it, then try again.",
  GeneralException: "Excel hit an internal error. Save the workbook, reopen it, and try again.",
  // src/excel's WorkbookConflictError: nothing was written to that sheet.
  SHEET_HAS_OTHER_DATA: "Rename or delete that sheet (the add-in needs its name for its table), then try again.",
};
const DEFAULT_HINT = "Check that no cell is being edited and that the workbook is not protected, then choose Load sample data again.";

export function officeCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

/** What to do about an Office.js (or adapter) error, by its code; `fallback` when the code has no advice. */
export function officeHint(error: unknown, fallback: string): string {
  return OFFICE_HINTS[officeCode(error) ?? ""] ?? fallback;
}

/** The error's own words as one sentence (ending in exactly one full stop). */
export function messageOf(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim().replace(/\.+$/, "");
  return `${text || "Unknown error"}.`;
}

/** The error message for a failed sample-data load: where it stopped, why, and what to do. */
export function loadFailedMessage(error: unknown): StatusMessage {
  const cause = error instanceof LoadSampleDataError ? error.cause : error;
  const hint = officeHint(cause, DEFAULT_HINT);
  if (error instanceof LoadSampleDataError) {
    const written = error.written.map((t) => t.tableName);
    const one = written.length === 1;
    const kept = written.length > 0 ? ` ${written.join(", ")} ${one ? "was" : "were"} written; loading again replaces ${one ? "it" : "them"}.` : "";
    return {
      intent: "error",
      title: `Sample data stopped at the ${error.tableName} table`,
      body: `Excel said: ${messageOf(cause)}${kept} ${hint}`,
    };
  }
  return { intent: "error", title: "Sample data could not be loaded", body: `${messageOf(error)} ${hint}` };
}
