/**
 * Finds the row blocks of a template sheet: a cell holding `{{#each list}}` opens one, a later row's
 * `{{/each}}` closes it, and the rows between repeat once per item. Blocks cannot nest, must close,
 * and hold at least one row; any such error leaves the whole sheet unexpanded (the markers stay
 * visible) rather than guessing which rows the user meant.
 */
import type { TemplateSheet } from "../../../workbook/templateSheet";
import { cellAddress } from "../../../workbook/a1";
import type { Issue } from "../../model/result";
import { scanText } from "./placeholderSyntax";
import { templateIssue } from "./templateIssues";

/** A block by template rows (0-based): the marker rows and the rows between them. */
export interface RowBlock {
  list: string;
  /** Row of `{{#each}}`. */
  open: number;
  /** Row of `{{/each}}`. */
  close: number;
  /** Template address of the `{{#each}}` cell, for issues. */
  address: string;
}

export interface BlockLayout {
  blocks: RowBlock[];
  /** Structural errors (nested, unclosed, unopened, empty, mismatched blocks). */
  issues: Issue[];
}

interface Marker {
  kind: "open" | "close";
  list: string | null;
  row: number;
  address: string;
  raw: string;
}

function markersOf(template: TemplateSheet): Marker[] {
  const markers: Marker[] = [];
  template.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell?.value !== "string" || cell.formula !== undefined) return;
      for (const part of scanText(cell.value)) {
        if (part.kind === "open") markers.push({ kind: "open", list: part.list, row: r, address: cellAddress(r, c), raw: part.raw });
        if (part.kind === "close") markers.push({ kind: "close", list: part.list, row: r, address: cellAddress(r, c), raw: part.raw });
      }
    }),
  );
  return markers;
}

/**
 * The sheet's blocks, top to bottom, or none with the errors that prevent expanding it.
 *
 * @example findBlocks(template).blocks // [{ list: "reps", open: 3, close: 5, address: "A4" }]
 */
export function findBlocks(template: TemplateSheet): BlockLayout {
  const sheet = template.name;
  const blocks: RowBlock[] = [];
  const issues: Issue[] = [];
  let current: Marker | null = null;
  // Blocks opened inside another: reported once, then their own {{/each}} is theirs, not the outer block's.
  let nested = 0;
  for (const marker of markersOf(template)) {
    if (marker.kind === "open") {
      if (current) {
        issues.push(templateIssue("template_nested_block", sheet, marker.address, `${marker.raw} is inside the block ${current.raw} opened at ${current.address}: blocks cannot be nested. Close the first block with {{/each}} before opening another.`));
        nested += 1;
      } else current = marker;
      continue;
    }
    if (nested > 0) {
      nested -= 1;
    } else if (!current) {
      issues.push(templateIssue("template_unopened_block", sheet, marker.address, `${marker.raw} closes a block that was never opened: add {{#each list}} in a row above it, or remove it.`));
    } else if (current.row === marker.row) {
      issues.push(templateIssue("template_empty_block", sheet, current.address, `${current.raw} and ${marker.raw} are on the same row: a block needs its markers on rows of their own, with at least one row between them to repeat.`));
      current = null;
    } else if (current.row + 1 === marker.row) {
      issues.push(templateIssue("template_empty_block", sheet, current.address, `the block ${current.raw} has no row between its markers (${current.address} and ${marker.address}): put the row to repeat between them.`));
      current = null;
    } else if (marker.list !== null && marker.list !== current.list) {
      issues.push(templateIssue("template_mismatched_block", sheet, marker.address, `${marker.raw} closes the block ${current.raw} opened at ${current.address}: write {{/each}} or {{/each ${current.list}}}.`));
      current = null;
    } else {
      blocks.push({ list: current.list as string, open: current.row, close: marker.row, address: current.address });
      current = null;
    }
  }
  if (current) issues.push(templateIssue("template_unclosed_block", sheet, current.address, `the block ${current.raw} is never closed: add a row with {{/each}} under the rows to repeat.`));
  return issues.length > 0 ? { blocks: [], issues } : { blocks, issues };
}
