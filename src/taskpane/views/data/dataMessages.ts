/*
 * The words of the Data view: progress counts, and what each outcome of an import or a refresh
 * says. Errors say what happened and what to do; kept out of components so they are tested directly.
 */
import { ImportCommitted, ImportWriteError } from "../../../app/importDataCommit";
import type { ImportProgress } from "../../../app/importDataTypes";
import type { RefreshedData } from "../../../app/refreshData";
import type { Issue } from "../../../core/model/result";
import { messageOf, officeHint, StatusMessage } from "../../state/messages";

const count = (n: number) => n.toLocaleString("en-US");
export const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** "Opportunities, Accounts and Reps". */
export function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const size = (characters: number) => (characters < 1024 * 1024 ? `${count(Math.ceil(characters / 1024))} KB` : `${(characters / (1024 * 1024)).toFixed(1)} MB`);

/** "1,200 of 5,000 rows", "120 KB of 450 KB", "table 2 of 7". */
export function progressCounts(progress: Pick<ImportProgress, "done" | "total" | "unit">): string {
  const { done, total, unit } = progress;
  if (unit === "characters") return `${size(done)} of ${size(total)}`;
  if (unit === "tables") return `table ${count(Math.min(done + 1, total))} of ${count(total)}`;
  return `${count(done)} of ${plural(total, "row", "rows")}`;
}

/** A source or a mapping that cannot be imported: the first problem, the others listed. */
export function importProblemMessage(name: string, issues: readonly Issue[]): StatusMessage {
  return {
    intent: "error",
    title: `${name} can't be imported`,
    body: issues[0]?.message ?? "The source could not be read.",
    details: issues.slice(1, 6).map((issue) => issue.message),
  };
}

/** The user stopped the work: say what was (not) done. */
export function cancelledMessage(issues: readonly Issue[]): StatusMessage {
  return { intent: "info", title: "Import cancelled", body: (issues[0]?.message ?? "Nothing was written.").replace(/^Cancelled\. /, "") };
}

/** What an import wrote, what it left out, and what now uses it. */
export function importedMessage(committed: ImportCommitted): StatusMessage {
  const opportunities = committed.tables.find((t) => t.tableName === "Opportunities")?.rows ?? 0;
  const replaced = `${listOf(committed.tables.map((t) => t.tableName))} ${committed.tables.length === 1 ? "was" : "were"} replaced`;
  const rejected = committed.rejectedRows > 0 ? `; ${plural(committed.rejectedRows, "rejected row was", "rejected rows were")} left out` : "";
  const stages =
    committed.newStages.length > 0
      ? ` Stages kept from the source (${committed.newStages.map((s) => s.stage).join(", ")}) are not in the stage map: add them to the settings' stage map so forecasts know their win probabilities.`
      : "";
  const details = committed.tables.map((t) => `${t.tableName}: ${plural(t.rows, "row", "rows")}`);
  if (committed.refreshed === null) {
    return {
      intent: "warning",
      title: `Imported ${plural(opportunities, "opportunity", "opportunities")} from ${committed.sourceName}`,
      body: `${replaced}${rejected}, but reading the workbook back failed (${messageOf(committed.refreshError)}) Choose Refresh data so the views and the SALESOPS functions use the new data.${stages}`,
      details,
    };
  }
  const leftOut = committed.refreshed.issues.length;
  return {
    intent: leftOut > 0 ? "warning" : "success",
    title: `Imported ${plural(opportunities, "opportunity", "opportunities")} from ${committed.sourceName}`,
    body: `${replaced}${rejected}. The views and the SALESOPS functions now use this data.${leftOut > 0 ? ` Reading the workbook back, ${plural(leftOut, "row of another table was", "rows of other tables were")} left out: see below.` : ""}${stages}`,
    details: [...details, ...committed.refreshed.issues.slice(0, 5).map((issue) => issue.message)],
  };
}

const WRITE_HINT = "Check that no cell is being edited and that the workbook is not protected, then choose Import again.";

/** A write that failed: where it stopped, what Excel said, what was put back, and what to do. */
export function importFailedMessage(error: unknown): StatusMessage {
  if (error instanceof ImportWriteError) {
    const hint = officeHint(error.cause, WRITE_HINT);
    const restored =
      error.notRestored.length > 0
        ? ` ${listOf(error.notRestored)} still ${error.notRestored.length === 1 ? "holds" : "hold"} the imported rows and could not be put back: import again once the problem is fixed, or reload your data.`
        : error.restored.length > 0
          ? ` ${listOf(error.restored)} ${error.restored.length === 1 ? "was" : "were"} put back as ${error.restored.length === 1 ? "it was" : "they were"}, so the workbook is unchanged.`
          : " Nothing was changed.";
    return { intent: "error", title: `Import stopped at the ${error.tableName} table`, body: `Excel said: ${messageOf(error.cause)}${restored} ${hint}` };
  }
  return { intent: "error", title: "The import failed", body: `${messageOf(error)} ${officeHint(error, WRITE_HINT)}` };
}

/** What Refresh read, and the rows it had to leave out. */
export function refreshedMessage(refreshed: RefreshedData): StatusMessage {
  const read = refreshed.tables.filter((t) => t.records > 0);
  const missing = refreshed.issues.find((issue) => issue.code === "missing_table");
  if (missing) return { intent: "warning", title: "No data to refresh", body: missing.message };
  const leftOut = refreshed.issues.length;
  return {
    intent: leftOut > 0 ? "warning" : "success",
    title: "Data refreshed from the workbook",
    body: `${plural(read.length, "table", "tables")} read; the views and the SALESOPS functions now use them.${leftOut > 0 ? ` ${plural(leftOut, "row was", "rows were")} left out: fix the cells named below and refresh again.` : ""}`,
    details: [...read.map((t) => `${t.tableName}: ${plural(t.records, "row", "rows")}`), ...refreshed.issues.slice(0, 5).map((issue) => issue.message)],
  };
}

export function refreshFailedMessage(error: unknown): StatusMessage {
  return { intent: "error", title: "The data could not be refreshed", body: `${messageOf(error)} ${officeHint(error, "Close any open dialog in Excel, then choose Refresh data again.")}` };
}

export function tablesFailedMessage(error: unknown): StatusMessage {
  return { intent: "error", title: "The workbook's tables could not be listed", body: `${messageOf(error)} ${officeHint(error, "Close any open dialog in Excel, then choose the table source again.")}` };
}
