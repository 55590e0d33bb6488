/*
 * The import's column mapping as the pane edits it: which source column feeds each opportunity
 * field, starting from the layout (preset) detected from the header row. Turned into the same
 * ImportOptions the CLI passes (`--preset`, or a `--mapping` file), so both run one import engine.
 */
import { detectPresets, matchPreset } from "../core/import/detectPreset";
import { IMPORT_MAPPING_VERSION, ImportMapping } from "../core/import/importMapping";
import type { ImportOptions } from "../core/import/importPlan";
import type { ImportField } from "../core/import/importTypes";
import { findPreset, ImportPreset, PresetName } from "../core/import/presets";
import type { Settings } from "../core/model/settings";

/** A target field as the mapping step shows it. */
export interface ImportFieldInfo {
  field: ImportField;
  label: string;
  /** "required", or how the requirement can be met another way; null when the field is optional. */
  requirement: string | null;
}

/**
 * Every field an import column can feed, in the order the mapping step lists them. The
 * requirements are the groups resolvePlan.ts checks (amount, close date, stage or status, owner id
 * or name): a row cannot become an opportunity without one of each.
 */
export const IMPORT_FIELD_INFO: readonly ImportFieldInfo[] = [
  { field: "id", label: "Opportunity ID", requirement: null },
  { field: "name", label: "Opportunity name", requirement: null },
  { field: "amount", label: "Amount", requirement: "required" },
  { field: "currency", label: "Currency", requirement: null },
  { field: "closeDate", label: "Close date", requirement: "required" },
  { field: "stage", label: "Stage", requirement: "required, or Status" },
  { field: "status", label: "Status (open, won, lost)", requirement: "required, or Stage" },
  { field: "forecastCategory", label: "Forecast category", requirement: null },
  { field: "probability", label: "Probability", requirement: null },
  { field: "ownerName", label: "Owner name", requirement: "required, or Owner ID" },
  { field: "ownerId", label: "Owner ID", requirement: "required, or Owner name" },
  { field: "accountName", label: "Account name", requirement: null },
  { field: "accountId", label: "Account ID", requirement: null },
  { field: "createdDate", label: "Created date", requirement: null },
  { field: "type", label: "Type", requirement: null },
  { field: "product", label: "Product", requirement: null },
  { field: "termMonths", label: "Term (months)", requirement: null },
];

const REQUIRED_GROUPS: readonly (readonly ImportField[])[] = [["amount"], ["closeDate"], ["stage", "status"], ["ownerId", "ownerName"]];

/** The mapping being edited. */
export interface MappingDraft {
  /** The layout whose stage, status, date and decimal rules apply; null maps columns without any. */
  preset: PresetName | null;
  /** Target field → the source column that feeds it (a header as the source's unique names give it). */
  columns: Partial<Record<ImportField, string>>;
}

/** The layout the header row was recognised as. */
export interface DetectedLayout {
  preset: PresetName;
  label: string;
  /** Share of the header's columns the layout understands, 0–1. */
  confidence: number;
}

const presetOf = (name: PresetName): ImportPreset => {
  const preset = findPreset(name);
  if (!preset) throw new Error(`importDataMapping: no preset named ${name}`);
  return preset;
};

/**
 * The layout a header row matches best, or null when no layout knows three of its columns (the
 * threshold of the CLI's detection).
 * @example detectLayout(["Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner"])?.preset // "hubspot"
 */
export function detectLayout(headers: readonly string[]): DetectedLayout | null {
  const best = detectPresets(headers)[0];
  if (!best || best.matchedColumns.length < 3) return null;
  return { preset: best.preset.name as PresetName, label: best.preset.label, confidence: best.confidence };
}

/**
 * The mapping a layout gives a header row: each field its layout column, when the row has it.
 * @example draftForPreset(["opportunity_id", "close_value"], "sales_pipeline").columns // { id: "opportunity_id", amount: "close_value" }
 */
export function draftForPreset(headers: readonly string[], preset: PresetName | null): MappingDraft {
  if (preset === null) return { preset, columns: {} };
  const match = matchPreset(presetOf(preset), headers);
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [field, index] of Object.entries(match.columns) as [ImportField, number][]) columns[field] = headers[index];
  return { preset, columns };
}

/**
 * Sets the column of one field (null: the field is not imported). A column feeds one field, as in
 * the import engine, so a field that had this column loses it.
 * @example assignColumn({ preset: null, columns: { name: "Title" } }, "accountName", "Title").columns // { accountName: "Title" }
 */
export function assignColumn(draft: MappingDraft, field: ImportField, column: string | null): MappingDraft {
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [other, used] of Object.entries(draft.columns) as [ImportField, string][]) if (other !== field && used !== column) columns[other] = used;
  if (column !== null) columns[field] = column;
  return { preset: draft.preset, columns };
}

/**
 * Whether the draft differs from what its layout alone would map.
 * @example isEdited(draftForPreset(headers, "hubspot"), headers) // false
 */
export function isEdited(draft: MappingDraft, headers: readonly string[]): boolean {
  const base = draftForPreset(headers, draft.preset).columns;
  const keys = new Set([...Object.keys(base), ...Object.keys(draft.columns)] as ImportField[]);
  for (const key of keys) if (base[key] !== draft.columns[key]) return true;
  return false;
}

/**
 * Whether a required field's requirement is met (it, or the other field of its group, has a
 * column); null for an optional field.
 * @example requirementMet({ preset: null, columns: { status: "Status" } }, "stage") // true
 */
export function requirementMet(draft: MappingDraft, field: ImportField): boolean | null {
  const group = REQUIRED_GROUPS.find((fields) => fields.includes(field));
  return group ? group.some((member) => draft.columns[member] !== undefined) : null;
}

/**
 * The labels of the requirements the draft leaves without a column, e.g. ["Amount", "Stage or Status"].
 * @example unmetRequirements({ preset: null, columns: { amount: "Value" } }) // ["Close date", "Stage or Status (open, won, lost)", "Owner name or Owner ID"]
 */
export function unmetRequirements(draft: MappingDraft): string[] {
  const label = (field: ImportField) => IMPORT_FIELD_INFO.find((info) => info.field === field)?.label ?? field;
  const order = (field: ImportField) => IMPORT_FIELD_INFO.findIndex((info) => info.field === field);
  return REQUIRED_GROUPS.filter((group) => group.every((field) => draft.columns[field] === undefined)).map((group) =>
    [...group].sort((a, b) => order(a) - order(b)).map(label).join(" or "),
  );
}

/**
 * The import engine's options for a draft: the layout by name while the mapping is the layout's
 * own (the CLI's `--preset`), else a mapping carrying exactly the draft's columns with the layout's
 * stage, status, date and decimal rules (the CLI's `--mapping` file). A mapping with a `base` could
 * not take a layout's column away from a field, which the pane's "not imported" choice does.
 * @example importOptionsFor(draftForPreset(headers, "hubspot"), headers, settings) // { preset: "hubspot", settings }
 */
export function importOptionsFor(draft: MappingDraft, headers: readonly string[], settings: Settings): ImportOptions {
  if (draft.preset !== null && !isEdited(draft, headers)) return { preset: draft.preset, settings };
  const preset = draft.preset === null ? null : presetOf(draft.preset);
  const mapping: ImportMapping = {
    version: IMPORT_MAPPING_VERSION,
    columns: { ...draft.columns },
    defaults: {},
    stages: { ...(preset?.stages ?? {}) },
    statuses: { ...(preset?.statuses ?? {}) },
    dateFormat: preset?.dateOrder,
    decimalSeparator: preset?.decimal,
  };
  return { mapping, settings };
}
