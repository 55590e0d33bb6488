/**
 * Fills a custom report template: placeholders become the catalogue's cells, row blocks repeat once
 * per item of their list, and the template's own formulas, formats and settings follow their rows.
 * See docs/report-templates.md for the rules as users read them.
 */
import { cellAddress } from "../../../workbook/a1";
import type { CellEntry, SheetDescription } from "../../../workbook/description";
import type { TemplateSheet } from "../../../workbook/templateSheet";
import type { Issue } from "../../model/result";
import type { PlaceholderCatalogue, PlaceholderList } from "../catalogue";
import { findBlocks, type RowBlock } from "./blockLayout";
import { planCell, type PlannedCell } from "./cellPlan";
import { unknownListIssue, type PlaceholderScope } from "./placeholderScope";
import { renderCell } from "./renderCell";
import { rowMap, type ExpandedBlock, type RowMap } from "./rowMap";
import { lostFeatureIssues, markerRowIssues, templateFormulaIssue } from "./fillIssues";
import { templateFormulaMapper } from "./templateFormula";
import { templateSettings } from "./templateSettings";

export interface FilledTemplate {
  sheet: SheetDescription;
  issues: Issue[];
}

interface Blocks {
  known: RowBlock[];
  /** Rows (markers included) of blocks whose list is unknown: written once, as they are. */
  unknownRows: Set<number>;
  issues: Issue[];
}

function partitionBlocks(template: TemplateSheet, blocks: readonly RowBlock[], catalogue: PlaceholderCatalogue): Blocks {
  const known: RowBlock[] = [];
  const unknownRows = new Set<number>();
  const issues: Issue[] = [];
  for (const block of blocks) {
    if (catalogue.lists.has(block.list)) {
      known.push(block);
      continue;
    }
    issues.push(unknownListIssue(block.list, `{{#each ${block.list}}}`, catalogue, template.name, block.address));
    for (let row = block.open; row <= block.close; row++) unknownRows.add(row);
  }
  return { known, unknownRows, issues };
}

function scopeOf(row: number, map: RowMap, blocks: Blocks, broken: boolean, catalogue: PlaceholderCatalogue): PlaceholderScope {
  const block = map.blockOf(row);
  const list = block ? (catalogue.lists.get(block.list) as PlaceholderList) : null;
  return {
    catalogue,
    block: block && list ? { list: block.list, fields: list.fields } : null,
    quietFields: broken || blocks.unknownRows.has(row),
  };
}

/**
 * Fills one template sheet from the catalogue into a sheet named `outputName`. Problems in the
 * template come back as issues naming the template cell; the sheet is produced either way, with
 * unknown placeholders left visible (and, when a block is malformed, its rows unexpanded).
 *
 * @example
 * const { sheet, issues } = fillTemplate(
 *   { name: "Template", cells: [[{ value: "Bookings {{period}}" }], [{ value: "{{#each reps}}" }], [{ value: "{{name}}" }], [{ value: "{{/each}}" }]] },
 *   catalogue, // period = "FY2027-Q3", reps = Ana, Ben
 *   "Report",
 * );
 * sheet.blocks[0].rows // [[{ value: "Bookings FY2027-Q3" }], [{ value: "Ana" }], [{ value: "Ben" }]]
 */
export function fillTemplate(template: TemplateSheet, catalogue: PlaceholderCatalogue, outputName: string): FilledTemplate {
  const layout = findBlocks(template);
  const broken = layout.issues.length > 0;
  const blocks = partitionBlocks(template, layout.blocks, catalogue);
  const map = rowMap(
    template.cells.length,
    blocks.known,
    blocks.known.map((block) => catalogue.lists.get(block.list)?.items.length ?? 0),
  );
  const issues: Issue[] = [...layout.issues, ...blocks.issues, ...markerRowIssues(template, blocks.known)];
  const markerRows = new Set(blocks.known.flatMap((block) => [block.open, block.close]));

  const plans: PlannedCell[][] = template.cells.map((row, r) => {
    if (markerRows.has(r)) return [];
    const scope = scopeOf(r, map, blocks, broken, catalogue);
    return row.map((cell, c) => planCell(cell, scope, { sheet: template.name, address: cellAddress(r, c) }));
  });
  for (const row of plans) for (const planned of row) issues.push(...planned.issues);

  const brokenReferences = new Set<string>();
  // Each template formula is scanned once, however many block copies it is written to.
  const mappers = plans.map((row) => row.map(({ plan }) => (plan.kind === "formula" ? templateFormulaMapper(plan.cell.formula, { map, templateName: template.name, outputName }) : null)));
  const renderRow = (r: number, copy?: { block: ExpandedBlock; index: number }): CellEntry[] => {
    const item = copy ? (catalogue.lists.get(copy.block.list)?.items[copy.index] ?? null) : undefined;
    const cells = plans[r].map((planned, c) =>
      renderCell(planned.plan, {
        item,
        mapFormula: (formula) => {
          const mapped = (mappers[r][c] ?? templateFormulaMapper(formula, { map, templateName: template.name, outputName }))(copy);
          if (mapped.markerReferences > 0) brokenReferences.add(cellAddress(r, c));
          return mapped.formula;
        },
      }),
    );
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };

  const rows: CellEntry[][] = [];
  for (let r = 0; r < template.cells.length; r++) {
    if (markerRows.has(r)) continue;
    const block = map.blockOf(r);
    if (!block) {
      rows.push(renderRow(r));
      continue;
    }
    for (let index = 0; index < block.copies; index++) {
      for (let body = block.open + 1; body < block.close; body++) rows.push(renderRow(body, { block, index }));
    }
    r = block.close;
  }
  for (const address of brokenReferences) issues.push(templateFormulaIssue(template.name, address));
  issues.push(...lostFeatureIssues(template));

  const sheet: SheetDescription = {
    name: outputName,
    blocks: rows.length > 0 ? [{ at: "A1", rows }] : [],
    ...templateSettings(template, outputName, map),
  };
  return { sheet, issues: dedupe(issues) };
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
