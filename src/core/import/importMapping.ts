import { z } from "zod";
import { FORECAST_CATEGORIES } from "../model/stageMap";
import { Result, ok } from "../model/result";
import { IMPORT_FIELDS } from "./importTypes";
import { PRESET_NAMES } from "./presets";

export const IMPORT_MAPPING_VERSION = 1;

const field = z.enum(IMPORT_FIELDS);
const stageRule = z.object({
  stage: z.string().min(1),
  category: z.enum(FORECAST_CATEGORIES),
  probability: z.number().min(0).max(1).optional(),
});

/**
 * A user-supplied mapping, saved as JSON: which source column feeds each field, values to use when a
 * column is absent or a cell blank, how stage and status values translate, and how dates and
 * decimals are written. `base` starts from a preset and overrides it.
 */
export const importMappingSchema = z
  .object({
    version: z.literal(IMPORT_MAPPING_VERSION).default(IMPORT_MAPPING_VERSION),
    base: z.enum(PRESET_NAMES).optional(),
    /** field → the source column's header, e.g. { "amount": "Deal Value" }. */
    columns: z.partialRecord(field, z.string().min(1)).default({}),
    /** field → value used when the column is absent or the cell blank, e.g. { "currency": "EUR" }. */
    defaults: z.partialRecord(field, z.string()).default({}),
    /** source stage → a stage of the stage map (a string) or a stage kept as text with its category. */
    stages: z.record(z.string(), z.union([z.string().min(1), stageRule])).default({}),
    /** source status value → open, won or lost. */
    statuses: z.record(z.string(), z.enum(["open", "won", "lost"])).default({}),
    dateFormat: z.enum(["MDY", "DMY"]).optional(),
    decimalSeparator: z.enum([".", ",", "auto"]).optional(),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;

/**
 * Validates a mapping read from JSON, returning issues with the path of each bad member.
 * @example parseImportMapping({ columns: { amount: "Deal Value" }, defaults: { currency: "EUR" } }).ok // true
 */
export function parseImportMapping(input: unknown): Result<ImportMapping> {
  const parsed = importMappingSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      code: "invalid_mapping",
      path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
      message: `${issue.path.join(".") || "mapping"}: ${issue.message}`,
    })),
  };
}
