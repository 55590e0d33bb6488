/*
 * What the Commissions view says about its inputs and actions: what happened and what to do next.
 * Kept out of the components so the words are tested directly.
 */
import type { LockOutcome } from "../../../app/commissionLocks";
import type { WrittenSheet } from "../../../app/ports";
import type { RepPeriodResult } from "../../../core/commission";
import type { Issue } from "../../../core/model/result";
import { messageOf, officeHint, StatusMessage } from "../../state/messages";
import { cents, signedCents } from "./commissionFormat";

/** Past this many, lines are counted rather than listed: the bar must stay readable in a narrow pane. */
const LISTED = 6;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
const listed = (lines: readonly string[]) => [...lines.slice(0, LISTED), ...(lines.length > LISTED ? [`…and ${lines.length - LISTED} more.`] : [])];

/** The plan tables are missing or invalid: nothing is computed until they are fixed. */
export function noPlanMessage(issues: readonly Issue[]): StatusMessage {
  const planIssues = issues.filter((issue) => /^Plan|^Plans/.test(String(issue.path[0] ?? "")));
  const missing = planIssues.every((issue) => issue.code === "missing_table" || issue.code === "no_plans");
  return {
    intent: missing ? "warning" : "error",
    title: missing ? "No commission plan in this workbook" : "The plan tables have problems",
    body: missing
      ? "Nothing was calculated. Load sample data on the Home tab (it writes the demo plan's tables), or add your plan's tables, then choose Calculate."
      : "Nothing was calculated: a plan is only used when all of its cells are valid. Fix the cells named below in Excel, then choose Calculate.",
    details: listed(planIssues.map((issue) => issue.message)),
  };
}

/** No deals to pay on: the workbook has no data yet. */
export function noDealsMessage(issues: readonly Issue[]): StatusMessage {
  const missing = issues.find((issue) => issue.code === "missing_table" && issue.path[0] === "Opportunities");
  return {
    intent: "warning",
    title: "No deals to pay commission on",
    body: missing ? `${missing.message} On the Home tab choose Load sample data (or import your own), then choose Calculate.` : "The Opportunities table has no rows that can be read. Fix it, then choose Calculate.",
  };
}

export function readFailedMessage(error: unknown): StatusMessage {
  return { intent: "error", title: "Commissions could not be calculated", body: `${messageOf(error)} ${officeHint(error, "Check that no cell is being edited in Excel, then choose Calculate again.")}` };
}

/**
 * A locked rep's recalculation in words: never a silent change.
 * @example lockedText(rep, "FY2027-Q4") // "Locked $12,345.67; recalculated $12,400.00; +$54.33 to pay as an adjustment in FY2027-Q4."
 */
export function lockedText(rep: Pick<RepPeriodResult, "payout" | "locked" | "currency">, nextPeriod: string): string | null {
  if (!rep.locked) return null;
  const locked = cents(rep.locked.payout, rep.currency);
  if (rep.locked.difference === 0) return `Locked at ${locked}; the recalculation matches.`;
  const direction = rep.locked.difference > 0 ? "to pay" : "to recover";
  return `Locked ${locked}; recalculated ${cents(rep.payout, rep.currency)}; ${signedCents(rep.locked.difference, rep.currency)} ${direction} as an adjustment in ${nextPeriod}.`;
}

export function lockedMessage(outcome: LockOutcome, period: string): StatusMessage {
  const replaced = outcome.replaced > 0 ? ` ${plural(outcome.replaced, "earlier lock was", "earlier locks were")} replaced.` : "";
  return {
    intent: "success",
    title: `${period} locked`,
    body: `${plural(outcome.locked.length, "payout", "payouts")} stored in the CommissionLocks table.${replaced} A later recalculation shows any difference as an adjustment in the next period; the locked figures never change.`,
  };
}

export function lockFailedText(error: unknown): string {
  return `${messageOf(error)} ${officeHint(error, "Check that the workbook is not protected and no cell is being edited, then lock again.")}`;
}

export function statementsWrittenMessage(written: readonly WrittenSheet[], period: string): StatusMessage {
  const renamed = written.filter((sheet) => sheet.written !== sheet.requested);
  return {
    intent: "success",
    title: `${plural(written.length, "statement", "statements")} written for ${period}`,
    body: `One sheet per rep, ready to print or send.${renamed.length > 0 ? " Sheets of yours with the same name were left alone; the statements took free names." : " Writing again replaces them."}`,
    details: listed(written.map((sheet) => (sheet.written === sheet.requested ? sheet.written : `${sheet.written} (instead of ${sheet.requested})`))),
  };
}

export function statementsFailedMessage(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "The statements were not written",
    body: `${messageOf(error)} ${officeHint(error, "The workbook is as it was. Check that it is not protected and no cell is being edited, then choose Write statements again.")}`,
  };
}

export function refusedMessage(title: string, issues: readonly Issue[]): StatusMessage {
  return { intent: "warning", title, body: issues.map((issue) => issue.message).join(" ") };
}

export function planSavedMessage(planName: string): StatusMessage {
  return { intent: "success", title: "Plan saved", body: `${planName} was written to the plan tables (Plans, PlanTiers …) and is in force now, SALESOPS.PAYOUT included.` };
}

export function planSaveFailedText(error: unknown): string {
  return `${messageOf(error)} ${officeHint(error, "Nothing was changed. Check that the workbook is not protected and no cell is being edited, then save again.")}`;
}
