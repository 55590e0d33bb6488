import type { z } from "zod";
import {
  ACCOUNTS_FILE,
  FX_RATES_FILE,
  OPPORTUNITIES_FILE,
  QUOTAS_FILE,
  REPS_FILE,
  SNAPSHOTS_FILE,
  TERRITORIES_FILE,
} from "../model/canonicalFiles";
import { fxRateSchema } from "../model/currency";
import { accountSchema, opportunitySchema, quotaSchema, repSchema, snapshotOpportunitySchema, territorySchema } from "../model/entities";

/** The schema that validates a canonical file's records, and the fields that must be unique together. */
export interface CanonicalRules {
  schema: z.ZodType<Record<string, unknown>>;
  key: readonly string[];
}

/** By file name: the canonical file descriptors carry columns, not schemas, and the model stays as it is. */
export const CANONICAL_RULES: Readonly<Record<string, CanonicalRules>> = {
  [OPPORTUNITIES_FILE.fileName]: { schema: opportunitySchema, key: ["id"] },
  [ACCOUNTS_FILE.fileName]: { schema: accountSchema, key: ["id"] },
  [REPS_FILE.fileName]: { schema: repSchema, key: ["id"] },
  [QUOTAS_FILE.fileName]: { schema: quotaSchema, key: ["ownerId", "period"] },
  [TERRITORIES_FILE.fileName]: { schema: territorySchema, key: ["id"] },
  [FX_RATES_FILE.fileName]: { schema: fxRateSchema, key: ["currency", "period"] },
  [SNAPSHOTS_FILE.fileName]: { schema: snapshotOpportunitySchema, key: ["snapshotDate", "id"] },
} as unknown as Readonly<Record<string, CanonicalRules>>;
