import { DEFAULT_SETTINGS, Settings } from "../model/settings";
import type { StageDefinition } from "../model/stageMap";
import type { CellValue } from "../model/canonicalFiles";
import type { DateOrder, DecimalSeparator, ImportField, PresetChoice } from "./importTypes";
import type { ImportMapping } from "./importMapping";
import type { DealStatus, StageRule } from "./presets";

/** What the caller chooses; everything is optional and detection fills the rest. */
export interface ImportOptions {
  /** A preset by name; detection is skipped. */
  preset?: string;
  /** A user mapping; overrides the preset (its `base`) and detection. */
  mapping?: ImportMapping;
  /** Corporate currency and stage map; the defaults when absent. */
  settings?: Settings;
  /** The currency of amounts that name none and have no currency column. */
  currency?: string;
  dateOrder?: DateOrder;
  decimal?: DecimalSeparator;
  /** Negative amounts are rejected unless allowed (credits are rare in a pipeline and usually a typo). */
  allowNegativeAmounts?: boolean;
}

/** Everything the row reader needs, resolved once from the header and the options. */
export interface ImportPlan {
  choice: PresetChoice;
  headers: string[];
  columns: Partial<Record<ImportField, number>>;
  /** Source columns no field uses: kept in each record's `extra`. */
  extras: { name: string; index: number }[];
  defaults: Partial<Record<ImportField, string>>;
  /** Foreign stages by normalised value. */
  stageRules: Map<string, StageRule>;
  statuses: Map<string, DealStatus>;
  /** The settings' stage map by lower-case stage name. */
  stageMap: Map<string, StageDefinition>;
  settings: Settings;
  dateOrder: DateOrder;
  decimal: DecimalSeparator;
  fallbackCurrency: string;
  allowNegativeAmounts: boolean;
}

/** The header of a field's column, or the field's name when the source has no column for it (for reports). */
export function columnLabel(plan: ImportPlan, field: ImportField): string {
  const index = plan.columns[field];
  return index === undefined ? field : plan.headers[index];
}

/** A field's cell in a row; undefined when the source has no column for it. */
export function fieldCell(plan: ImportPlan, row: readonly CellValue[], field: ImportField): CellValue | undefined {
  const index = plan.columns[field];
  return index === undefined ? undefined : row[index];
}

export const defaultSettings = (options: ImportOptions): Settings => options.settings ?? DEFAULT_SETTINGS;
