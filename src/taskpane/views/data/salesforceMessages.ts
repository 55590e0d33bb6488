/*
 * The words of the Salesforce card: progress, the pull's summary, and what each failure says (what
 * happened and what to do). The connector's messages already say what to do; these add a title, the
 * figures the user needs (the origin to allow, the API usage, the field) and whether the workbook changed.
 */
import type { SalesforcePullProgress } from "../../../app/salesforcePull";
import { ImportWriteError } from "../../../app/replaceTables";
import type { SalesforceFailure, SalesforceUser, SalesforceWorkbookPullOutcome } from "../../salesforceOperations";
import { messageOf, officeHint, type StatusMessage } from "../../state/messages";
import { listOf, plural } from "./dataMessages";

const count = (n: number) => n.toLocaleString("en-US");

/** "acme.my.salesforce.com" from an instance URL. */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** "the org has used 1,234 of its 100,000 daily API requests". */
export function apiUsageText(usage: { used: number; limit: number }): string {
  return `the org has used ${count(usage.used)} of its ${count(usage.limit)} daily API requests`;
}

const PHASES: Record<string, string> = { opportunities: "opportunities", deletions: "deleted opportunities", users: "users", quotas: "quotas" };

/** The progress bar's label and counts: "Pulling opportunities from Salesforce", "1,200 of 5,000 records". */
export function pullProgressText(progress: SalesforcePullProgress): { label: string; counts: string } {
  if (progress.step === "pulling") {
    const what = PHASES[progress.phase ?? ""] ?? "records";
    const counts = progress.total > 0 ? `${count(progress.done)} of ${plural(progress.total, "record", "records")}` : "Waiting for Salesforce's first page…";
    return { label: `Pulling ${what} from Salesforce`, counts };
  }
  if (progress.unit === "tables") return { label: progress.label, counts: `table ${count(Math.min(progress.done + 1, progress.total))} of ${count(progress.total)}` };
  if (progress.unit === "rows" || progress.unit === "records") return { label: progress.label, counts: `${count(progress.done)} of ${plural(progress.total, "row", "rows")}` };
  return { label: progress.label, counts: "" };
}

export function signedInMessage(user: SalesforceUser): StatusMessage {
  const who = user.username && user.username !== user.name ? `${user.name} (${user.username})` : user.name || user.username;
  return {
    intent: "success",
    title: "Signed in to Salesforce",
    body: `${who} on ${hostOf(user.instanceUrl)}. Pull the pipeline into this workbook, or use =SALESOPS.SOQL("SELECT …") in a cell.${user.remembered ? " You stay signed in on this computer until you sign out." : ""}`,
  };
}

const TITLES: Record<string, string> = {
  sign_in_cancelled: "Sign-in cancelled",
  sign_in_failed: "Sign-in failed",
  state_mismatch: "Sign-in failed",
  sign_in_required: "Sign in to Salesforce again",
  cors: "Salesforce blocked SalesOps' address (CORS)",
  api_limit: "Salesforce's API request limit is reached",
  invalid_mapping: "A custom field name is not valid",
  invalid_url: "The login host is not valid",
  missing_client_id: "The consumer key is missing",
  network: "Salesforce could not be reached",
  unavailable: "Salesforce is not answering",
  access_denied: "Salesforce refused access",
  object_not_available: "Salesforce refused access",
  query_restarted: "Salesforce dropped the query",
  no_opportunities: "Nothing to pull",
  cancelled: "Pull cancelled",
};

/** The lines under the message that name what the user (or the admin) needs: the origin to allow, the usage. */
function detailsOf(failure: SalesforceFailure, origin: string): string[] {
  const details: string[] = [];
  if (failure.code === "cors") details.push(`Origin to add to Setup → CORS → Allowed Origins List: ${origin}`);
  if (failure.apiUsage) details.push(`API usage: ${apiUsageText(failure.apiUsage)}.`);
  if (failure.code === "invalid_field" && failure.field) details.push(`Field: ${failure.field}`);
  return details;
}

function titleOf(failure: SalesforceFailure): string {
  if (failure.code === "invalid_field") return failure.field ? `Salesforce has no field ${failure.field}` : "A field does not exist in Salesforce";
  return TITLES[failure.code] ?? "Salesforce refused the request";
}

/** A sign-in that did not complete: why, and what to do. */
export function signInFailedMessage(failure: SalesforceFailure, origin: string): StatusMessage {
  const intent = failure.code === "sign_in_cancelled" ? "warning" : "error";
  return { intent, title: failure.code === "sign_in_required" ? "Sign-in failed" : titleOf(failure), body: failure.message, details: detailsOf(failure, origin) };
}

/** The session ended by itself (expired, not renewable). */
export function sessionEndedMessage(failure: SalesforceFailure): StatusMessage {
  return { intent: "warning", title: "Sign in to Salesforce again", body: `${failure.message.replace(/\.$/, "")}: SALESOPS.SOQL formulas show #N/A until you do.` };
}

const UNCHANGED = "Nothing was written: the workbook is unchanged.";

/** A pull that wrote nothing (or was rolled back): why, what to do, and that the workbook is as it was. */
export function pullFailedMessage(failure: SalesforceFailure, origin: string): StatusMessage {
  if (failure.code === "cancelled") return { intent: "info", title: "Pull cancelled", body: "Nothing was pulled into the workbook; it is unchanged." };
  if (failure.code === "write_failed" && failure.cause instanceof ImportWriteError) {
    const error = failure.cause;
    const hint = officeHint(error.cause, "Check that no cell is being edited and that the workbook is not protected, then pull again.");
    const restored =
      error.notRestored.length > 0
        ? ` ${listOf(error.notRestored)} still ${error.notRestored.length === 1 ? "holds" : "hold"} the pulled rows and could not be put back: pull again once the problem is fixed.`
        : error.restored.length > 0
          ? ` ${listOf(error.restored)} ${error.restored.length === 1 ? "was" : "were"} put back, so the workbook is unchanged.`
          : " Nothing was changed.";
    return { intent: "error", title: `The pull stopped at the ${error.tableName} table`, body: `Excel said: ${messageOf(error.cause)}${restored} ${hint}` };
  }
  const body = failure.code === "sign_in_required" ? `${failure.message} ${UNCHANGED}` : `${failure.message.replace(/\s+$/, "")} ${UNCHANGED}`;
  return { intent: failure.code === "no_opportunities" ? "warning" : "error", title: titleOf(failure), body, details: detailsOf(failure, origin) };
}

/** What a pull changed, wrote, cost and left out. */
export function pullSucceededMessage(outcome: SalesforceWorkbookPullOutcome): StatusMessage {
  const { changes, counts } = outcome;
  const incremental = outcome.mode === "incremental";
  const title = incremental
    ? `Refreshed ${plural(changes.added + changes.changed + changes.removed, "change", "changes")} from Salesforce`
    : `Pulled ${plural(counts.opportunities, "opportunity", "opportunities")} from Salesforce`;
  const details: string[] = [
    `Opportunities: ${count(changes.added)} added, ${count(changes.changed)} changed, ${count(changes.removed)} deleted, ${count(changes.unchanged)} unchanged (${count(counts.opportunities)} in the table)`,
    `Accounts: ${count(counts.accounts)}; reps: ${count(counts.reps)}; quotas: ${counts.quotas === null ? "none written (the Quotas table was left as it was)" : count(counts.quotas)}`,
  ];
  if (outcome.snapshot) details.push(`Snapshot of ${outcome.snapshot.date}: ${plural(outcome.snapshot.rows, "open opportunity", "open opportunities")}`);
  details.push(`${plural(outcome.requests, "API request", "API requests")}${outcome.apiUsage ? `; ${apiUsageText(outcome.apiUsage)}` : ""}`);
  // Left-out records by object and reason, each with one example: 24 rejected quotas are one line, not 24.
  const groups = new Map<string, { records: Set<string>; example: (typeof outcome.rejected)[number] }>();
  for (const problem of outcome.rejected) {
    const key = `${problem.object}|${problem.code}`;
    const group = groups.get(key) ?? { records: new Set<string>(), example: problem };
    group.records.add(problem.recordId);
    groups.set(key, group);
  }
  for (const { records, example } of [...groups.values()].slice(0, 4)) {
    details.push(`${plural(records.size, `${example.object} record`, `${example.object} records`)} left out (${example.code}), e.g. ${example.recordId} ${example.field}: ${example.reason}`);
  }
  for (const note of outcome.notes) details.push(`${note.message}: ${count(note.rows)}`);
  if (outcome.newStages.length > 0) details.push(`Stages not in the stage map, kept as text: ${outcome.newStages.map((stage) => stage.stage).join(", ")}. Add them in Settings so forecasts know their win probabilities.`);
  if (outcome.syncStateError) details.push(`The sync state could not be saved (${messageOf(outcome.syncStateError)}) The next refresh pulls everything again.`);
  if (outcome.refreshed === null) {
    return {
      intent: "warning",
      title,
      body: `${outcome.reason} The tables were written, but reading the workbook back failed (${messageOf(outcome.refreshError)}) Choose Refresh data so the views and the SALESOPS functions use the new data.`,
      details,
    };
  }
  const leftOut = outcome.refreshed.issues.length;
  return {
    intent: leftOut > 0 || outcome.rejected.length > 0 ? "warning" : "success",
    title,
    body: `${outcome.reason} The views and the SALESOPS functions now use this data.${leftOut > 0 ? ` Reading the workbook back, ${plural(leftOut, "row was", "rows were")} left out.` : ""}`,
    details,
  };
}

export function formulasRefreshedMessage(formulas: number): StatusMessage {
  if (formulas === 0) return { intent: "info", title: "No SOQL formulas to refresh", body: 'No cell of the open workbooks holds =SALESOPS.SOQL("…"). Type one, e.g. =SALESOPS.SOQL("SELECT Id, Name, Owner.Name FROM Opportunity LIMIT 100").' };
  return { intent: "success", title: `Refreshed ${plural(formulas, "SOQL formula", "SOQL formulas")}`, body: "Each ran its query again against the signed-in org." };
}

/** The one failure not from Salesforce: a bug of ours or of Office. */
export function unexpectedFailureMessage(what: string, error: unknown): StatusMessage {
  return { intent: "error", title: `${what} failed`, body: `${messageOf(error)} Try again; if it keeps happening, reload SalesOps.` };
}
