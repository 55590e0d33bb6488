import type { CellValue } from "../model/canonicalFiles";
import type { OpportunityImport, RowProblem } from "./importTypes";

/**
 * The rejected-row report as rows for a CSV file or an Excel table (header first).
 * @example rejectedRowsTable([{ row: 3, column: "Amount", value: "abc", code: "invalid_amount", reason: "not an amount" }])
 * // [["row", "column", "value", "code", "reason"], [3, "Amount", "abc", "invalid_amount", "not an amount"]]
 */
export function rejectedRowsTable(rejected: readonly RowProblem[]): CellValue[][] {
  return [["row", "column", "value", "code", "reason"], ...rejected.map((p) => [p.row, p.column, p.value, p.code, p.reason])];
}

/**
 * The import summary as lines of text for a terminal or the task pane's status area:
 * what layout was used, the counts, rejections by reason, notes and the first `show` problems.
 * @example summaryLines(result, 10)[0] // "Preset: salesforce (Salesforce opportunity report export), detected, 93% of the columns recognised"
 */
export function summaryLines(result: OpportunityImport, show: number): string[] {
  const { preset, summary, notes, rejected, newStages } = result;
  const lines = [
    `Preset: ${preset.name} (${preset.label}), ${preset.source}, ${Math.round(preset.confidence * 100)}% of the columns recognised`,
    `Rows read: ${summary.rowsRead}, imported: ${summary.imported}, rejected: ${summary.rejected}${summary.blankRowsSkipped ? `, blank rows skipped: ${summary.blankRowsSkipped}` : ""}${summary.footerRowsSkipped ? `, report footer rows skipped: ${summary.footerRowsSkipped}` : ""}`,
  ];
  const reasons = Object.entries(summary.rejectedByReason).sort((a, b) => b[1] - a[1]);
  if (reasons.length > 0) lines.push(`Rejected by reason: ${reasons.map(([code, count]) => `${code} ${count}`).join(", ")}`);
  for (const note of notes) lines.push(`Note: ${note.message}: ${note.rows} row${note.rows === 1 ? "" : "s"}`);
  if (newStages.length > 0) lines.push(`Stages kept from the source (not in the stage map): ${newStages.map((s) => `${s.stage} (${s.category}, ${Math.round(s.probability * 100)}%)`).join(", ")}`);
  if (rejected.length > 0) {
    lines.push(`Problems${rejected.length > show ? ` (first ${show} of ${rejected.length})` : ""}:`);
    for (const p of rejected.slice(0, show)) lines.push(`  row ${p.row}, ${p.column} "${p.value}": ${p.reason} [${p.code}]`);
  }
  return lines;
}
