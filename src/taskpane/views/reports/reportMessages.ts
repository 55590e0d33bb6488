/* What the Reports view says: what was written, what was left out, and what to do when it failed. */
import type { WorkbookReportResult } from "../../../app/generateReportInWorkbook";
import { messageOf, officeHint, StatusMessage } from "../../state/messages";

const LISTED_ISSUES = 5;

/**
 * @example generatedMessage("QBR", result).title // "QBR FY2027-Q3 generated"
 */
export function generatedMessage(label: string, result: WorkbookReportResult): StatusMessage {
  const renamed = result.sheets.filter((sheet) => sheet.written !== sheet.requested);
  const details = [
    ...result.sheets.map((sheet) => (sheet.written === sheet.requested ? sheet.written : `${sheet.written} (a sheet of yours is named ${sheet.requested}; it was left as it was)`)),
    ...result.issues.slice(0, LISTED_ISSUES).map((issue) => issue.message),
  ];
  if (result.issues.length > LISTED_ISSUES) details.push(`…and ${result.issues.length - LISTED_ISSUES} more notes.`);
  return {
    intent: result.issues.length > 0 || renamed.length > 0 ? "warning" : "success",
    title: `${label} ${result.period} generated`,
    body: `${result.sheets.length} sheets written; figures are live formulas over your data tables, so they update when the data does.`,
    details,
  };
}

export function generationFailedMessage(label: string, error: unknown): StatusMessage {
  return {
    intent: "error",
    title: `The ${label} was not generated`,
    body: `${messageOf(error)} ${officeHint(error, "Your workbook is as it was. Check that no cell is being edited and that the workbook is not protected, then choose Generate again.")}`,
  };
}
