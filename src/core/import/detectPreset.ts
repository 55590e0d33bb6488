import type { ImportField } from "./importTypes";
import { normalizeHeader } from "./headers";
import { IMPORT_PRESETS, ImportPreset } from "./presets";

/** How well one preset fits a header row. */
export interface PresetMatch {
  preset: ImportPreset;
  /** field → index of the column that feeds it. */
  columns: Partial<Record<ImportField, number>>;
  matchedColumns: string[];
  /** Share of the header's non-blank columns the preset understands, 0–1. */
  confidence: number;
}

/**
 * Finds the columns of a header row that a preset's fields name (first alias present wins).
 * @example matchPreset(SALES_PIPELINE_PRESET, ["opportunity_id", "close_value"]).columns // { id: 0, amount: 1 }
 */
export function matchPreset(preset: ImportPreset, headers: readonly string[]): PresetMatch {
  const byKey = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key && !byKey.has(key)) byKey.set(key, index);
  });
  const columns: Partial<Record<ImportField, number>> = {};
  const used = new Set<number>();
  for (const [field, aliases] of Object.entries(preset.columns) as [ImportField, readonly string[]][]) {
    for (const alias of aliases) {
      const index = byKey.get(normalizeHeader(alias));
      if (index !== undefined && !used.has(index)) {
        columns[field] = index;
        used.add(index);
        break;
      }
    }
  }
  const nonBlank = headers.filter((header) => normalizeHeader(header) !== "").length;
  return {
    preset,
    columns,
    matchedColumns: [...used].sort((a, b) => a - b).map((index) => headers[index]),
    confidence: nonBlank === 0 ? 0 : used.size / nonBlank,
  };
}

/**
 * Scores every preset against a header row and returns them best first: most fields matched, then
 * the larger share of the header understood, then preset order.
 * @example detectPresets(["Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner"])[0].preset.name // "hubspot"
 */
export function detectPresets(headers: readonly string[]): PresetMatch[] {
  const matches = IMPORT_PRESETS.map((preset) => matchPreset(preset, headers));
  return matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => b.match.matchedColumns.length - a.match.matchedColumns.length || b.match.confidence - a.match.confidence || a.order - b.order)
    .map(({ match }) => match);
}
