/*
 * What the Forecast view says about its data and its actions: what happened and what to do next.
 * Kept out of the components so the words are tested directly.
 */
import type { ForecastRun } from "../../../app/runForecast";
import type { Issue } from "../../../core/model/result";
import { messageOf, officeHint, StatusMessage } from "../../state/messages";

/** Past this many, the issues are counted rather than listed: the bar must stay readable in a narrow pane. */
const LISTED_ISSUES = 5;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** No opportunities to forecast: the workbook has no data yet, or its table is empty. */
export function noDataMessage(issues: readonly Issue[]): StatusMessage {
  const missing = issues.find((issue) => issue.code === "missing_table" && issue.path[0] === "Opportunities");
  return {
    intent: "warning",
    title: "No opportunities to forecast",
    body: missing
      ? `${missing.message} On the Home tab choose Load sample data (or import your own), then choose Refresh here.`
      : "The Opportunities table has no rows the forecast can use. Add or fix rows in it, then choose Refresh.",
    details: issues.filter((issue) => issue !== missing).slice(0, LISTED_ISSUES).map((issue) => issue.message),
  };
}

/** Rows left out, orphan adjustments and the like: the figures stand, but say what they rest on. */
export function dataIssuesMessage(issues: readonly Issue[]): StatusMessage | null {
  if (issues.length === 0) return null;
  const more = issues.length - LISTED_ISSUES;
  return {
    intent: "warning",
    title: `${plural(issues.length, "data issue", "data issues")} in the workbook`,
    body: "The figures leave out what these affect. Fix the rows named below in their tables, then choose Refresh.",
    details: [...issues.slice(0, LISTED_ISSUES).map((issue) => issue.message), ...(more > 0 ? [`…and ${plural(more, "more", "more")}.`] : [])],
  };
}

/** A failed read of the workbook (Excel busy, a cell in edit mode …). */
export function refreshFailedMessage(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "The forecast could not be refreshed",
    body: `${messageOf(error)} ${officeHint(error, "Check that no cell is being edited in Excel, then choose Refresh again.")}`,
  };
}

export function sheetWrittenMessage(run: ForecastRun, written: { sheetName: string; rows: number }): StatusMessage {
  return {
    intent: "success",
    title: "Forecast written to the sheet",
    body: `${plural(written.rows, "row", "rows")} for ${run.period} by ${run.level} on the ${written.sheetName} sheet, with raw and adjusted figures. Writing again replaces it.`,
  };
}

export function sheetFailedMessage(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "The Forecast sheet was not written",
    body: `${messageOf(error)} ${officeHint(error, "Check that the workbook is not protected and no cell is being edited, then choose Write to sheet again.")}`,
  };
}

export function adjustmentSavedMessage(ownerName: string, figureLabel: string, cleared: boolean): StatusMessage {
  return {
    intent: "success",
    title: cleared ? "Adjustment cleared" : "Adjustment saved",
    body: cleared
      ? `${ownerName}'s ${figureLabel} is back to the rollup. The change is kept in the ForecastAdjustments sheet's log.`
      : `${ownerName}'s ${figureLabel} now shows your figure. It is logged on the ForecastAdjustments sheet and kept when data is refreshed.`,
  };
}

/** The words shown inside the adjustment dialog when saving fails, so nothing typed is lost. */
export function adjustmentFailedText(error: unknown): string {
  return `${messageOf(error)} ${officeHint(error, "Check that the workbook is not protected and no cell is being edited, then save again.")}`;
}
