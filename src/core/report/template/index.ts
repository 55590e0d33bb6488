/** Custom report templates: placeholders and row blocks in a user's sheet, filled from the placeholder catalogue. */
export { fillTemplate, type FilledTemplate } from "./fillTemplate";
export { hasTemplateErrors, TEMPLATE_ERROR_CODES, TEMPLATE_ISSUE_CODES, type TemplateIssueCode } from "./templateIssues";
export { hasPlaceholder, scanText, type TextPart } from "./placeholderSyntax";
export { shiftFormulaRows } from "./shiftRows";
export { findReferences, rewriteRowReferences, type A1Reference } from "./formulaReferences";
export { closestName } from "./suggestName";
export { lossCollector, LOST, type LossCollector } from "./templateLosses";
