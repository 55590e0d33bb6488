/**
 * Each template cell is read once into a plan — what its placeholders resolve to, with the issues
 * — and the plan is then rendered for every copy of its row, so a block of 500 items reports an
 * unknown placeholder once, not 500 times.
 */
import type { Issue } from "../../model/result";
import type { TemplateCell } from "../../../workbook/templateSheet";
import { scanText, type TextPart } from "./placeholderSyntax";
import { resolveName, unknownNameIssue, type PlaceholderScope, type ResolvedName } from "./placeholderScope";
import { templateIssue } from "./templateIssues";

/** A piece of a text cell: literal text (unknown placeholders included, as written) or a resolved name. */
export type Piece = { kind: "text"; text: string } | ResolvedName;

export type CellPlan =
  | { kind: "empty" }
  /** A constant without placeholders, or text whose placeholders all stay as written. */
  | { kind: "copy"; cell: TemplateCell }
  | { kind: "formula"; cell: TemplateCell & { formula: string } }
  /** The cell is exactly one placeholder: it becomes the catalogue's cell. */
  | { kind: "single"; cell: TemplateCell; name: ResolvedName }
  /** Text mixed with placeholders. */
  | { kind: "mixed"; cell: TemplateCell; pieces: Piece[] };

export interface PlannedCell {
  plan: CellPlan;
  issues: Issue[];
}

const INVALID_HINT = "write a name such as {{period}} or {{kpi.bookings}}, or a block marker {{#each list}} / {{/each}}";

/** Resolves the value placeholders of one part; others (markers out of place) stay as written. */
function pieceOf(part: TextPart, scope: PlaceholderScope, report: (issue: Issue | null) => void, where: { sheet: string; address: string }): Piece {
  if (part.kind === "text") return part;
  if (part.kind === "invalid") {
    report(templateIssue("template_invalid_placeholder", where.sheet, where.address, `${part.raw} is not a placeholder (${INVALID_HINT}); it is left as written.`));
    return { kind: "text", text: part.raw };
  }
  if (part.kind !== "value") return { kind: "text", text: part.raw };
  const resolved = resolveName(part.name, scope);
  if (resolved) return resolved;
  report(unknownNameIssue(part.name, part.raw, scope, where.sheet, where.address));
  return { kind: "text", text: part.raw };
}

/** Adjacent literal pieces joined, so "all text" is easy to see. */
function joinText(pieces: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    if (piece.kind === "text" && previous?.kind === "text") joined[joined.length - 1] = { kind: "text", text: previous.text + piece.text };
    else joined.push(piece);
  }
  return joined;
}

/**
 * The plan of one template cell in its scope, with the issues of its placeholders.
 *
 * @example planCell({ value: "{{period}}" }, scope, { sheet: "Report", address: "B2" }).plan.kind // "single"
 */
export function planCell(cell: TemplateCell | null | undefined, scope: PlaceholderScope, where: { sheet: string; address: string }): PlannedCell {
  if (!cell) return { plan: { kind: "empty" }, issues: [] };
  const issues: Issue[] = [];
  if (cell.formula !== undefined) {
    if (/\{\{[^{}]*\}\}/.test(cell.formula)) {
      issues.push(templateIssue("template_placeholder_in_formula", where.sheet, where.address, "placeholders inside a formula are not filled; put the placeholder in a cell of its own and refer to that cell."));
    }
    return { plan: { kind: "formula", cell: { ...cell, formula: cell.formula } }, issues };
  }
  if (typeof cell.value !== "string") return { plan: { kind: "copy", cell }, issues };
  const parts = scanText(cell.value);
  const report = (issue: Issue | null) => issue && issues.push(issue);
  const pieces = joinText(parts.map((part) => pieceOf(part, scope, report, where)));
  const resolved = pieces.filter((piece) => piece.kind !== "text");
  if (resolved.length === 0) return { plan: { kind: "copy", cell }, issues };
  const onlyOne = resolved.length === 1 && pieces.every((piece) => piece.kind !== "text" || piece.text.trim() === "");
  if (onlyOne) return { plan: { kind: "single", cell, name: resolved[0] }, issues };
  return { plan: { kind: "mixed", cell, pieces }, issues };
}
