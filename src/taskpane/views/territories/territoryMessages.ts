/*
 * What the Territories view says about its data and its actions: what happened and what to do next.
 * Kept out of the components so the words are tested directly.
 */
import type { AppliedMoves } from "../../../app/territoryApplyMoves";
import type { ExampleRulesWritten } from "../../../app/territoryExampleRules";
import type { AppliedAssignments } from "../../../app/territoryRules";
import { TerritoryWriteError } from "../../../app/territoryTableWrite";
import type { Issue } from "../../../core/model/result";
import { messageOf, officeHint, StatusMessage } from "../../state/messages";

/** Past this many, issues are counted rather than listed: the bar must stay readable in a narrow pane. */
const LISTED = 5;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
const listed = (issues: readonly Issue[]): string[] => {
  const more = issues.length - LISTED;
  return [...issues.slice(0, LISTED).map((issue) => issue.message), ...(more > 0 ? [`…and ${plural(more, "more", "more")}.`] : [])];
};

/** Nothing to measure: no territories or no accounts in the workbook. */
export function noTerritoriesMessage(what: "territories" | "accounts"): StatusMessage {
  const table = what === "territories" ? "Territories" : "Accounts";
  return {
    intent: "warning",
    title: `No ${what} to measure`,
    body: `The workbook has no rows in a ${table} table. On the Home tab choose Load sample data (or import your own), then choose Refresh here.`,
  };
}

/** Rows left out of the canonical tables: the figures stand, but say what they rest on. */
export function dataIssuesMessage(issues: readonly Issue[]): StatusMessage | null {
  if (issues.length === 0) return null;
  return {
    intent: "warning",
    title: `${plural(issues.length, "data issue", "data issues")} in the workbook`,
    body: "The figures leave out what these affect. Fix the rows named below in their tables, then choose Refresh.",
    details: listed(issues),
  };
}

export function loadFailedMessage(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "The territories could not be read",
    body: `${messageOf(error)} ${officeHint(error, "Check that no cell is being edited in Excel, then choose Refresh again.")}`,
  };
}

/** Preview was chosen before the plan was complete. */
export function planIncompleteMessage(missing: readonly string[]): StatusMessage {
  return { intent: "info", title: "The move plan is not complete", body: `Choose ${missing.join(", ")}, then Preview.` };
}

/** The plan has moves the engine refuses: nothing can be applied until they are fixed. */
export function movesRejectedMessage(issues: readonly Issue[]): StatusMessage {
  return {
    intent: "warning",
    title: issues.length === 1 ? "A move can't be made" : `${issues.length} moves can't be made`,
    body: "Remove those accounts or choose another territory, then Preview again.",
    details: listed(issues),
  };
}

/** Apply found the workbook not as planned (an account moved meanwhile, a table of another shape). */
export function applyRefusedMessage(issues: readonly Issue[]): StatusMessage {
  return { intent: "warning", title: "Nothing was applied", body: "The workbook was left as it is.", details: listed(issues) };
}

export function movesAppliedMessage(applied: AppliedMoves, target: string): StatusMessage {
  const transfer = applied.preview.outcomes.reduce((sum, outcome) => sum + outcome.quotaTransfer, 0);
  const quota = Math.round(transfer).toLocaleString("en-US");
  return {
    intent: "success",
    title: `${plural(applied.accountsChanged, "account", "accounts")} moved to ${target}`,
    body: `The Accounts table has the new territory, and ${plural(applied.logged, "move is", "moves are")} logged on the TerritoryMoves sheet (${plural(applied.logRows, "move", "moves")} in all) with a quota transfer of ${quota} ${applied.preview.currency} for ${applied.preview.options.period}. The Quotas table is unchanged: apply the transfer there if your quotas follow accounts.`,
  };
}

/** A failed write: which table, whether the workbook is as it was, and what to do. */
export function applyFailedMessage(error: unknown): StatusMessage {
  const cause = error instanceof TerritoryWriteError ? error.cause : error;
  const hint = officeHint(cause, "Check that the workbook is not protected and no cell is being edited, then try again.");
  if (error instanceof TerritoryWriteError && !error.unchanged) {
    return {
      intent: "error",
      title: "Accounts changed, but the moves were not logged",
      body: `Excel said: ${messageOf(cause)} The Accounts table has the new territories, but writing the ${error.tableName} table failed and putting Accounts back failed too. Add these moves to the TerritoryMoves table by hand (or set the accounts back), then choose Refresh. ${hint}`,
    };
  }
  const where = error instanceof TerritoryWriteError ? ` at the ${error.tableName} table` : "";
  return {
    intent: "error",
    title: `Nothing was changed`,
    body: `Writing stopped${where}: ${messageOf(cause)} The workbook's tables are as they were. ${hint}`,
  };
}

export function noRulesTableMessage(): StatusMessage {
  return {
    intent: "info",
    title: "This workbook has no assignment rules",
    body: "Rules go in a table named TerritoryRules (rule, priority, territory_id, regions, countries, industries, segments, employees_min, employees_max, account_ids). Choose Write example rules to start from today's assignment.",
  };
}

/** Rule rows left out: the run stands on the others. */
export function ruleRowsMessage(issues: readonly Issue[]): StatusMessage | null {
  if (issues.length === 0) return null;
  return {
    intent: "warning",
    title: `${plural(issues.length, "rule row was", "rule rows were")} left out`,
    body: "Fix these rows in the TerritoryRules table, then choose Run rules again.",
    details: listed(issues),
  };
}

export function assignmentsAppliedMessage(applied: AppliedAssignments): StatusMessage {
  const { run } = applied;
  const left = run.ties.length + run.orphans.length;
  return {
    intent: "success",
    title: applied.accountsChanged === 0 ? "No account needed a change" : `${plural(applied.accountsChanged, "account", "accounts")} reassigned`,
    body: `The Accounts table has the territories the rules give.${left > 0 ? ` ${plural(run.ties.length, "tie", "ties")} and ${plural(run.orphans.length, "account", "accounts")} no rule matches were left as they are: settle them in the rules or by hand.` : ""}`,
  };
}

export function exampleRulesWrittenMessage(written: ExampleRulesWritten): StatusMessage {
  return {
    intent: "success",
    title: `${plural(written.rules.length, "example rule", "example rules")} written`,
    body: `On the ${written.sheetName} sheet: ${plural(written.geography, "rule", "rules")} by region and segment (where one territory holds all of them) and ${plural(written.named, "named-account list", "named-account lists")} (where territories share a region and segment, so only the account list says where each goes). They reproduce today's assignment; edit them, then Run rules.`,
  };
}

export function rulesRefusedMessage(issues: readonly Issue[]): StatusMessage {
  return { intent: "warning", title: "Nothing was written", body: "The workbook was left as it is.", details: listed(issues) };
}

export function rulesFailedMessage(error: unknown, action: string): StatusMessage {
  return {
    intent: "error",
    title: `${action} failed`,
    body: `${messageOf(error)} Nothing was changed. ${officeHint(error, "Check that the workbook is not protected and no cell is being edited, then try again.")}`,
  };
}
