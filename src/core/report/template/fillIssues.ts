/**
 * Issues about what filling removes or cannot keep: content on marker rows, references to marker
 * rows, and features of the designed sheet a report cannot carry. Each names the template cells.
 */
import { cellAddress } from "../../../workbook/a1";
import type { TemplateSheet } from "../../../workbook/templateSheet";
import type { Issue } from "../../model/result";
import type { RowBlock } from "./blockLayout";
import { scanText } from "./placeholderSyntax";
import { templateIssue } from "./templateIssues";

/**
 * Anything but the marker itself on a marker row is removed with the row: say so.
 * @example markerRowIssues(template, blocks)[0]?.code // "template_marker_row_content"
 */
export function markerRowIssues(template: TemplateSheet, blocks: readonly RowBlock[]): Issue[] {
  const issues: Issue[] = [];
  for (const block of blocks) {
    for (const row of [block.open, block.close]) {
      (template.cells[row] ?? []).forEach((cell, column) => {
        if (!cell || (cell.formula === undefined && (cell.value === null || cell.value === undefined || cell.value === ""))) return;
        const text = typeof cell.value === "string" && cell.formula === undefined ? cell.value : null;
        const onlyMarkers = text !== null && scanText(text).every((part) => part.kind === "open" || part.kind === "close" || (part.kind === "text" && part.text.trim() === ""));
        if (onlyMarkers) return;
        const address = cellAddress(row, column);
        issues.push(templateIssue("template_marker_row_content", template.name, address, `the rows of block markers are removed from the report, and what ${address} holds with them: move it to another row.`));
      });
    }
  }
  return issues;
}

/**
 * @example templateFormulaIssue("Report", "C9").code // "template_reference_to_marker_row"
 */
export function templateFormulaIssue(sheet: string, address: string): Issue {
  return templateIssue(
    "template_reference_to_marker_row",
    sheet,
    address,
    "the formula refers only to a block marker row, which the report removes, so that reference reads #REF!. Refer to the rows between the markers instead.",
  );
}

/** "B4, B5, C4 and 12 more cells": enough to find them, short enough to read. */
function someAddresses(addresses: readonly string[]): string {
  const shown = addresses.slice(0, 5).join(", ");
  return addresses.length > 5 ? `${shown} and ${addresses.length - 5} more` : shown;
}

/**
 * One issue per feature of the designed sheet the report cannot keep (merged cells, side borders…),
 * at its first cell.
 * @example lostFeatureIssues({ name: "T", cells: [], lost: [{ feature: "merged cells", addresses: ["A1:C1"] }] })[0].message
 * // 'Template sheet "T", cell A1:C1: merged cells (A1:C1) are not kept in the report.'
 */
export function lostFeatureIssues(template: TemplateSheet): Issue[] {
  return (template.lost ?? [])
    .filter((loss) => loss.addresses.length > 0)
    .map((loss) => templateIssue("template_feature_dropped", template.name, loss.addresses[0], `${loss.feature} (${someAddresses(loss.addresses)}) are not kept in the report.`));
}
