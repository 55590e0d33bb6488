/**
 * What a placeholder name means where it is written. In a block's rows, `{{field}}` and
 * `{{list.field}}` are the current item's field (a field wins over a scalar of the same name);
 * anywhere, a scalar of the catalogue. Unknown names are reported with the closest known name.
 */
import type { CellDescription } from "../../../workbook/description";
import type { Issue } from "../../model/result";
import type { PlaceholderCatalogue } from "../catalogue";
import { closestName } from "./suggestName";
import { templateIssue } from "./templateIssues";

export interface PlaceholderScope {
  catalogue: PlaceholderCatalogue;
  /** The list of the block whose rows hold the cell. */
  block: { list: string; fields: readonly string[] } | null;
  /**
   * Leave names that are list fields alone, unreported: the sheet's blocks could not be expanded
   * or the block's list is unknown, and that one issue already explains why they are unfilled.
   */
  quietFields: boolean;
}

export type ResolvedName = { kind: "scalar"; cell: CellDescription } | { kind: "field"; field: string };

/** The field a name means in the block, if any: `name` or `reps.name`. */
function fieldOf(name: string, block: PlaceholderScope["block"]): string | null {
  if (!block) return null;
  if (block.fields.includes(name)) return name;
  const prefix = `${block.list}.`;
  if (name.startsWith(prefix) && block.fields.includes(name.slice(prefix.length))) return name.slice(prefix.length);
  return null;
}

/**
 * @example resolveName("name", { catalogue, block: { list: "reps", fields: ["name"] }, quietFields: false }) // { kind: "field", field: "name" }
 * @example resolveName("period", scope) // { kind: "scalar", cell: { value: "FY2027-Q3" } }
 */
export function resolveName(name: string, scope: PlaceholderScope): ResolvedName | null {
  const field = fieldOf(name, scope.block);
  if (field !== null) return { kind: "field", field };
  const cell = scope.catalogue.scalars.get(name);
  return cell ? { kind: "scalar", cell } : null;
}

/** The list whose field the name is (`name` or `reps.name`), when it is not usable where it is written. */
function listOfField(name: string, catalogue: PlaceholderCatalogue): string | null {
  for (const [list, { fields }] of [...catalogue.lists].sort(([a], [b]) => a.localeCompare(b))) {
    if (fields.includes(name) || (name.startsWith(`${list}.`) && fields.includes(name.slice(list.length + 1)))) return list;
  }
  return null;
}

const didYouMean = (suggestion: string | null) => (suggestion ? ` Did you mean {{${suggestion}}}?` : "");

/**
 * The issue for a name `resolveName` did not find, or null when the scope keeps field names quiet.
 *
 * @example unknownNameIssue("kpi.bokings", "{{kpi.bokings}}", scope, "Report", "B7")?.message
 * // 'Template sheet "Report", cell B7: {{kpi.bokings}} is not a known placeholder; it is left as written. Did you mean {{kpi.bookings}}?'
 */
export function unknownNameIssue(name: string, raw: string, scope: PlaceholderScope, sheet: string, address: string): Issue | null {
  const { catalogue, block } = scope;
  const list = listOfField(name, catalogue);
  if (list !== null) {
    if (scope.quietFields) return null;
    const where = block ? `the block here repeats {{#each ${block.list}}}` : "it is outside any block";
    return templateIssue("template_field_outside_block", sheet, address, `${raw} is a field of the list "${list}", but ${where}: use it in a row between {{#each ${list}}} and {{/each}}. It is left as written.`);
  }
  const candidates = [...catalogue.scalars.keys(), ...(block ? block.fields.flatMap((field) => [field, `${block.list}.${field}`]) : [])];
  return templateIssue("template_unknown_placeholder", sheet, address, `${raw} is not a known placeholder; it is left as written.${didYouMean(closestName(name, candidates))}`);
}

/**
 * The issue for `{{#each list}}` naming a list the catalogue does not have.
 * @example unknownListIssue("rep", "{{#each rep}}", catalogue, "Report", "A4")?.message // '… Did you mean {{#each reps}}?'
 */
export function unknownListIssue(list: string, raw: string, catalogue: PlaceholderCatalogue, sheet: string, address: string): Issue {
  const suggestion = closestName(list, [...catalogue.lists.keys()]);
  return templateIssue(
    "template_unknown_list",
    sheet,
    address,
    `${raw} names no known list, so its rows are written once, unexpanded, with the markers left visible.${suggestion ? ` Did you mean {{#each ${suggestion}}}?` : ""}`,
  );
}
