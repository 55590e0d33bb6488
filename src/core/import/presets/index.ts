import { CANONICAL_PRESET } from "./canonicalPreset";
import { DYNAMICS_PRESET } from "./dynamicsPreset";
import { HUBSPOT_PRESET } from "./hubspotPreset";
import type { ImportPreset } from "./presetTypes";
import { SALES_PIPELINE_PRESET } from "./salesPipelinePreset";
import { SALESFORCE_PRESET } from "./salesforcePreset";

export type { DealStatus, ImportPreset, StageRule } from "./presetTypes";
export { COMMON_DERIVATIONS } from "./presetTypes";

/** Every preset, in the order detection breaks ties. */
export const IMPORT_PRESETS: readonly ImportPreset[] = [CANONICAL_PRESET, SALESFORCE_PRESET, HUBSPOT_PRESET, DYNAMICS_PRESET, SALES_PIPELINE_PRESET];

export const PRESET_NAMES = ["canonical", "salesforce", "hubspot", "dynamics", "sales_pipeline"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The preset of that name, or undefined. */
export function findPreset(name: string): ImportPreset | undefined {
  return IMPORT_PRESETS.find((preset) => preset.name === name);
}
