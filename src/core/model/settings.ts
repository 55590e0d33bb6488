import { z } from "zod";
import { currencyCodeSchema } from "./currency";
import { DEFAULT_STAGE_MAP, stageDefinitionSchema } from "./stageMap";

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** 1 = January … 12 = December. */
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  corporateCurrency: currencyCodeSchema,
  stageMap: z.array(stageDefinitionSchema).min(1),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  fiscalYearStartMonth: 2,
  corporateCurrency: "USD",
  stageMap: [...DEFAULT_STAGE_MAP],
};

/**
 * Reads settings saved by any version of the add-in, filling what an older file lacks.
 * @example parseSettings({ fiscalYearStartMonth: 1 }).fiscalYearStartMonth // 1
 */
export function parseSettings(input: unknown): z.ZodSafeParseResult<Settings> {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  // Version 0 (no version field) had the same shape with optional members: default them.
  const upgraded = { ...DEFAULT_SETTINGS, ...raw, version: raw.version ?? SETTINGS_VERSION };
  return settingsSchema.safeParse(upgraded);
}
