/**
 * The issues filling a template reports. Every issue names the template sheet and cell (its path
 * is [sheet, address]) so the user can find it in the sheet they designed; the filled sheet is
 * produced either way, with what could not be filled left visible.
 */
import type { Issue } from "../../model/result";

export const TEMPLATE_ISSUE_CODES = [
  // Errors: the template's row blocks are malformed, so the sheet is filled without expanding them.
  "template_nested_block",
  "template_unclosed_block",
  "template_unopened_block",
  "template_empty_block",
  "template_mismatched_block",
  // Warnings: the sheet is filled; what is named here is left visible or was dropped.
  "template_unknown_placeholder",
  "template_unknown_list",
  "template_field_outside_block",
  "template_invalid_placeholder",
  "template_placeholder_in_formula",
  "template_marker_row_content",
  "template_reference_to_marker_row",
  "template_feature_dropped",
] as const;

export type TemplateIssueCode = (typeof TEMPLATE_ISSUE_CODES)[number];

/** The codes meaning the template's structure is wrong: a surface should show them as errors. */
export const TEMPLATE_ERROR_CODES: ReadonlySet<string> = new Set<TemplateIssueCode>([
  "template_nested_block",
  "template_unclosed_block",
  "template_unopened_block",
  "template_empty_block",
  "template_mismatched_block",
]);

/**
 * Whether any issue is a structural error (the sheet was filled without expanding its blocks).
 * @example hasTemplateErrors(fillTemplate(template, catalogue, "Report").issues) // false
 */
export function hasTemplateErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => TEMPLATE_ERROR_CODES.has(issue.code));
}

/**
 * An issue at a template cell, its message starting with where it is.
 * @example templateIssue("template_unknown_list", "Reps", "A4", "…").message // 'Template sheet "Reps", cell A4: …'
 */
export function templateIssue(code: TemplateIssueCode, sheet: string, address: string, message: string): Issue {
  return { code, path: [sheet, address], message: `Template sheet "${sheet}", cell ${address}: ${message}` };
}
