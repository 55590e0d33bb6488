/**
 * The pure half of placing a description in a workbook: which of SalesOps' earlier sheets it
 * replaces, the name each sheet and table ends up with, the temporary names they are built under,
 * and which defined names it may set.
 *
 * - A sheet SalesOps generated (marked, see workbookInspection.ts) and still named as it was written
 *   is replaced when its name, or the name it was generated for, is one the description asks for;
 *   so is a temporary sheet a failed write left behind. A sheet of the user's is never touched, nor
 *   a generated sheet the user renamed or copied (how a user keeps one): when such a sheet holds a
 *   requested name, the new sheet takes "Name (2)", "Name (3)", …
 * - Tables get the requested name unless a table or defined name that stays holds it (then "Name_2", …).
 * - A defined name that exists is set again only when it is SalesOps' (it refers to a generated
 *   sheet, or to nothing: #REF!); one of the user's stops the write before anything is written.
 */
import type { SheetDescription, WorkbookDescription } from "../workbook/description";
import { ReferenceRenames, referencedSheets, renameReferences } from "./formulaReferences";
import type { ExistingSheet, WorkbookState } from "./workbookInspection";
import { WorkbookDescriptionError, WorkbookNameConflictError } from "./workbookErrors";

export const TEMPORARY_SHEET_PREFIX = "SalesOps new ";
export const TEMPORARY_TABLE_PREFIX = "SalesOps_new_";

export interface SheetTarget {
  description: SheetDescription;
  requested: string;
  /** The name it ends with: the requested one, or a free one when a sheet of the user's holds that. */
  final: string;
  /** The name it is built under, unused in the workbook and by every final name. */
  temporary: string;
}

export interface TableTarget {
  requested: string;
  temporary: string;
  final: string;
}

export interface NameTarget {
  name: string;
  /** The description's reference, pointing at the sheets' and tables' final names. */
  reference: string;
  comment: string;
  /** SalesOps' name from an earlier run, set again in place (formulas using it keep working). */
  exists: boolean;
}

export interface WorkbookTargets {
  sheets: SheetTarget[];
  /** SalesOps' earlier sheets that the new ones replace, deleted once every new sheet is complete. */
  replaced: ExistingSheet[];
  /** By lower-case requested name. */
  tables: Map<string, TableTarget>;
  names: NameTarget[];
  /** Where the first new sheet goes once the replaced ones are gone (0-based), or null to leave them at the end. */
  position: number | null;
  /** The final name of the sheet to show, or null to leave the user where they are. */
  activate: string | null;
  /** Requested → temporary names, for formulas written while the sheets are built. */
  whileBuilding: ReferenceRenames;
}

const lower = (name: string) => name.toLowerCase();

/** The first of base + suffix(n), n = 2, 3, …, not taken; the base is cut so the result fits `max`. */
function freeName(base: string, suffix: (n: number) => string, taken: Set<string>, max: number): string {
  for (let n = 2; ; n++) {
    const end = suffix(n);
    const candidate = base.slice(0, max - end.length) + end;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

function unused(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(lower(`${prefix}${n}`))) return `${prefix}${n}`;
}

/** Whether SalesOps may replace this sheet with one of the requested names. */
function replaceable(sheet: ExistingSheet, requested: ReadonlySet<string>): boolean {
  const mark = sheet.generated;
  if (!mark || !requested.has(lower(mark.requested))) return false;
  // Renamed or copied since it was written: the user's now. A temporary name is a failed write's leftover.
  return lower(sheet.name) === lower(mark.name) || sheet.name.startsWith(TEMPORARY_SHEET_PREFIX);
}

function planSheets(description: WorkbookDescription, state: WorkbookState): { sheets: SheetTarget[]; replaced: ExistingSheet[] } {
  const requested = new Set(description.sheets.map((sheet) => lower(sheet.name)));
  const replaced = state.sheets.filter((sheet) => replaceable(sheet, requested));
  const staying = new Set(state.sheets.filter((sheet) => !replaced.includes(sheet)).map((sheet) => lower(sheet.name)));
  const finals = description.sheets.map((sheet) => {
    const name = staying.has(lower(sheet.name)) ? freeName(sheet.name, (n) => ` (${n})`, staying, 31) : sheet.name;
    staying.add(lower(name));
    return name;
  });
  const taken = new Set([...state.sheets.map((sheet) => lower(sheet.name)), ...finals.map(lower)]);
  const sheets = description.sheets.map((sheet, index) => {
    const temporary = unused(TEMPORARY_SHEET_PREFIX, taken);
    taken.add(lower(temporary));
    return { description: sheet, requested: sheet.name, final: finals[index], temporary };
  });
  const visible = state.sheets.some((sheet) => !replaced.includes(sheet) && sheet.visibility === "Visible") || description.sheets.some((sheet) => !sheet.hidden);
  if (!visible) throw new WorkbookDescriptionError("workbook", "every sheet would be hidden; Excel keeps at least one sheet visible.");
  return { sheets, replaced };
}

function planTables(description: WorkbookDescription, state: WorkbookState, replaced: readonly ExistingSheet[]): Map<string, TableTarget> {
  const freed = new Set(replaced.flatMap((sheet) => sheet.tables.map(lower)));
  const described = (description.names ?? []).map((item) => lower(item.name));
  const taken = new Set([...state.tables.map(lower).filter((name) => !freed.has(name)), ...state.names.map((item) => lower(item.name)), ...described]);
  const requested = description.sheets.flatMap((sheet) => sheet.blocks.flatMap((block) => (block.table ? [block.table.name] : [])));
  const finals = requested.map((name) => {
    const final = taken.has(lower(name)) ? freeName(name, (n) => `_${n}`, taken, 255) : name;
    taken.add(lower(final));
    return final;
  });
  // Temporary names avoid every name in the workbook now, freed or not: the old tables still exist while the new ones are built.
  const everything = new Set([...taken, ...state.tables.map(lower), ...requested.map(lower)]);
  const tables = new Map<string, TableTarget>();
  requested.forEach((name, index) => {
    const temporary = unused(TEMPORARY_TABLE_PREFIX, everything);
    everything.add(lower(temporary));
    tables.set(lower(name), { requested: name, temporary, final: finals[index] });
  });
  return tables;
}

function planNames(description: WorkbookDescription, state: WorkbookState, replaced: readonly ExistingSheet[], finalNames: ReferenceRenames): NameTarget[] {
  const generated = new Set(state.sheets.filter((sheet) => sheet.generated !== null).map((sheet) => lower(sheet.name)));
  const freedTables = new Set(replaced.flatMap((sheet) => sheet.tables.map(lower)));
  const conflicts: string[] = [];
  const names = (description.names ?? []).map((item) => {
    const existing = state.names.find((other) => lower(other.name) === lower(item.name));
    const ours = existing && (existing.formula.includes("#REF!") || referencedSheets(existing.formula).some((sheet) => generated.has(lower(sheet))));
    if (existing && !ours) conflicts.push(`the name "${existing.name}" (it refers to ${existing.formula})`);
    if (state.tables.some((table) => lower(table) === lower(item.name) && !freedTables.has(lower(table)))) conflicts.push(`the table "${item.name}"`);
    return { name: item.name, reference: renameReferences(item.reference, finalNames), comment: item.comment ?? "", exists: existing !== undefined };
  });
  if (conflicts.length > 0) {
    throw new WorkbookNameConflictError(
      `The workbook already has ${conflicts.join(" and ")}, which this report defines for its own use. Nothing was written: rename or delete ${conflicts.length > 1 ? "them" : "it"} (Formulas > Name Manager), then try again.`,
    );
  }
  return names;
}

/** The new sheets go where the first replaced sheet was, counting only the sheets that stay. */
function firstPosition(state: WorkbookState, replaced: readonly ExistingSheet[]): number | null {
  const first = state.sheets.findIndex((sheet) => replaced.includes(sheet));
  return first < 0 ? null : state.sheets.slice(0, first).filter((sheet) => !replaced.includes(sheet)).length;
}

function sheetToActivate(description: WorkbookDescription, state: WorkbookState, targets: readonly SheetTarget[], replaced: readonly ExistingSheet[]): string | null {
  const byRequest = (name: string) => targets.find((target) => lower(target.requested) === lower(name)) ?? null;
  if (description.activeSheet !== undefined) return byRequest(description.activeSheet)?.final ?? null;
  // The user was looking at a sheet being replaced: show its replacement rather than wherever Excel lands.
  const active = replaced.find((sheet) => sheet.id === state.activeSheetId);
  const successor = active?.generated ? byRequest(active.generated.requested) : null;
  return successor && !successor.description.hidden ? successor.final : null;
}

/**
 * @example planTargets({ sheets: [{ name: "Summary", blocks: [] }] }, state).sheets[0] // { requested: "Summary", final: "Summary", temporary: "SalesOps new 1", … }
 * @throws WorkbookNameConflictError when a defined name the description needs is the user's.
 */
export function planTargets(description: WorkbookDescription, state: WorkbookState): WorkbookTargets {
  const { sheets, replaced } = planSheets(description, state);
  const tables = planTables(description, state, replaced);
  const renames = (pick: (target: { final: string; temporary: string }) => string): ReferenceRenames => ({
    sheets: new Map(sheets.map((target) => [lower(target.requested), pick(target)])),
    tables: new Map([...tables].map(([key, target]) => [key, pick(target)])),
  });
  return {
    sheets,
    replaced,
    tables,
    names: planNames(description, state, replaced, renames((target) => target.final)),
    position: firstPosition(state, replaced),
    activate: sheetToActivate(description, state, sheets, replaced),
    whileBuilding: renames((target) => target.temporary),
  };
}
