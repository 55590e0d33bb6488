import type { CellValue } from "../model/canonicalFiles";
import type { Issue, Result } from "../model/result";
import type { StageDefinition } from "../model/stageMap";
import { detectPresets, matchPreset, PresetMatch } from "./detectPreset";
import { headerNames, normalizeHeader } from "./headers";
import type { ImportMapping } from "./importMapping";
import { defaultSettings, ImportOptions, ImportPlan } from "./importPlan";
import type { ImportField, PresetChoice } from "./importTypes";
import { findPreset, IMPORT_PRESETS, PRESET_NAMES, StageRule } from "./presets";

/** Fields without which no row can become an opportunity (id, name and the rest can be derived or left blank). */
const NEEDED: readonly { fields: ImportField[]; what: string }[] = [
  { fields: ["amount"], what: "the amount" },
  { fields: ["closeDate"], what: "the close date" },
  { fields: ["stage", "status"], what: "the stage" },
  { fields: ["ownerId", "ownerName"], what: "the owner" },
];

const issue = (code: string, path: Issue["path"], message: string): Issue => ({ code, path, message });

/** Applies a user mapping over a preset's match (or over nothing): a column named in the mapping wins. */
function applyMapping(headers: string[], base: PresetMatch | null, mapping: ImportMapping, issues: Issue[]): PresetMatch {
  const columns: Partial<Record<ImportField, number>> = { ...(base?.columns ?? {}) };
  for (const [field, header] of Object.entries(mapping.columns) as [ImportField, string][]) {
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((name) => normalizeHeader(name) === normalizeHeader(header));
    if (index < 0) {
      issues.push(issue("missing_mapped_column", ["columns", field], `The mapping takes ${field} from column "${header}", which the file lacks. Its columns are: ${headers.join(", ")}.`));
      continue;
    }
    // A column feeds one field: the mapping's choice replaces the preset's use of it.
    for (const other of Object.keys(columns) as ImportField[]) if (columns[other] === index) delete columns[other];
    columns[field] = index;
  }
  const used = [...new Set(Object.values(columns))].sort((a, b) => a - b);
  const nonBlank = headers.filter((header) => normalizeHeader(header) !== "").length;
  return { preset: base?.preset ?? IMPORT_PRESETS[0], columns, matchedColumns: used.map((i) => headers[i]), confidence: nonBlank ? used.length / nonBlank : 0 };
}

function stageRules(stageMap: Map<string, StageDefinition>, base: Readonly<Record<string, StageRule>>, mapping: ImportMapping | undefined, issues: Issue[]): Map<string, StageRule> {
  const rules = new Map<string, StageRule>(Object.entries(base));
  for (const [source, target] of Object.entries(mapping?.stages ?? {})) {
    if (typeof target !== "string") {
      rules.set(normalizeHeader(source), target);
      continue;
    }
    const definition = stageMap.get(target.trim().toLowerCase());
    if (definition) rules.set(normalizeHeader(source), { stage: definition.stage, category: definition.category });
    else issues.push(issue("unknown_mapped_stage", ["stages", source], `The mapping sends stage "${source}" to "${target}", which is not in the stage map: name a stage of the map or give { "stage": "${target}", "category": "Pipeline" }.`));
  }
  return rules;
}

/**
 * Resolves how a header row maps onto opportunity fields: the user mapping, else the named preset,
 * else the best-scoring preset; then checks that the fields no row can do without have a column.
 * @example resolveImportPlan(["opportunity_id", "sales_agent", "deal_stage", "close_date", "close_value"], {}).ok // true
 */
export function resolveImportPlan(headerRow: readonly CellValue[], options: ImportOptions): Result<ImportPlan> {
  const headers = headerNames(headerRow);
  const issues: Issue[] = [];
  const { mapping } = options;
  let match: PresetMatch;
  let source: PresetChoice["source"];
  if (mapping) {
    match = applyMapping(headers, mapping.base ? matchPreset(findPreset(mapping.base)!, headers) : null, mapping, issues);
    source = "mapping";
  } else if (options.preset) {
    const preset = findPreset(options.preset);
    if (!preset) return { ok: false, issues: [issue("unknown_preset", ["preset"], `Unknown preset "${options.preset}": use one of ${PRESET_NAMES.join(", ")}.`)] };
    match = matchPreset(preset, headers);
    source = "named";
  } else {
    match = detectPresets(headers)[0];
    source = "detected";
    if (match.matchedColumns.length < 3) {
      return { ok: false, issues: [issue("unrecognized_header", ["header"], `The header row (${headers.join(", ")}) matches no known export layout: name a preset with --preset (${PRESET_NAMES.join(", ")}) or give a --mapping file.`)] };
    }
  }
  const settings = defaultSettings(options);
  const stageMap = new Map(settings.stageMap.map((definition) => [definition.stage.toLowerCase(), definition]));
  const defaults: Partial<Record<ImportField, string>> = { ...(mapping?.defaults ?? {}) };
  if (options.currency) defaults.currency = options.currency;
  const presetDefinition = mapping && !mapping.base ? null : match.preset;
  for (const { fields, what } of NEEDED) {
    if (fields.some((field) => match.columns[field] !== undefined || defaults[field] !== undefined)) continue;
    const looked = fields.flatMap((field) => presetDefinition?.columns[field] ?? []);
    issues.push(issue("missing_column", ["header", fields[0]], `No column holds ${what}${looked.length ? ` (looked for ${looked.map((h) => `"${h}"`).join(", ")})` : ""}: add it, or name its column in a --mapping file.`));
  }
  const rules = stageRules(stageMap, presetDefinition?.stages ?? {}, mapping, issues);
  if (issues.length > 0) return { ok: false, issues };
  const used = new Set(Object.values(match.columns));
  const statuses = new Map(Object.entries({ ...(presetDefinition?.statuses ?? {}), ...(mapping?.statuses ?? {}) }).map(([key, value]) => [normalizeHeader(key), value]));
  return {
    ok: true,
    value: {
      choice: {
        name: mapping ? (mapping.base ? `mapping (on ${mapping.base})` : "mapping") : match.preset.name,
        label: mapping ? "user mapping" : match.preset.label,
        confidence: Math.round(match.confidence * 100) / 100,
        source,
        matchedColumns: match.matchedColumns,
      },
      headers,
      columns: match.columns,
      extras: headers.map((name, index) => ({ name, index })).filter(({ index }) => !used.has(index)),
      defaults,
      stageRules: rules,
      statuses,
      stageMap,
      settings,
      dateOrder: options.dateOrder ?? mapping?.dateFormat ?? presetDefinition?.dateOrder ?? "MDY",
      decimal: options.decimal ?? mapping?.decimalSeparator ?? presetDefinition?.decimal ?? "auto",
      fallbackCurrency: settings.corporateCurrency,
      allowNegativeAmounts: options.allowNegativeAmounts ?? false,
    },
  };
}
