/*
 * The Salesforce sync state: which org and mapping the workbook's (or data folder's) pipeline came
 * from and how far it reaches (the high-water mark), so the next pull asks only for what changed.
 * Saved with the data it describes, as a zod-validated versioned record. It never holds a token:
 * encoding goes through the schema, which drops any property it does not know.
 */
import { z } from "zod";
import type { Issue } from "../core/model/result";
import type { SalesforceSyncStatePort, StoredSyncState } from "./salesforcePorts";

export const SYNC_STATE_VERSION = 1;

/** The canonical fields a custom field may fill; the same list as the connector's MAPPABLE_TARGETS (a test checks). */
export const SYNC_MAPPING_TARGETS = ["amount", "type", "product", "termMonths"] as const;

/** A mapped custom Opportunity field, as the connector's salesforceFieldMappingSchema has it (the connector checks the API name). */
export const syncFieldMappingSchema = z.object({
  field: z.string().min(1),
  target: z.enum(SYNC_MAPPING_TARGETS).optional(),
  column: z.string().min(1).optional(),
});
export type SyncFieldMapping = z.infer<typeof syncFieldMappingSchema>;

const instant = z.string().refine((text) => !Number.isNaN(Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"))), "an ISO 8601 date and time");

export const salesforceSyncStateSchema = z.object({
  version: z.literal(SYNC_STATE_VERSION),
  /** The org's instance URL, e.g. https://acme.my.salesforce.com. */
  instanceUrl: z.url(),
  apiVersion: z.string().regex(/^\d+\.\d$/, 'an API version such as "61.0"'),
  /** The latest SystemModstamp the last pull saw (Salesforce's clock); null when it saw no record. */
  highWaterMark: instant.nullable(),
  /** When the last pull finished. */
  lastPullAt: instant,
  /** Whether the last pull was full or incremental. */
  lastPullMode: z.enum(["full", "incremental"]),
  /** The field mapping the data was pulled with: another mapping needs a full pull. */
  mapping: z.object({
    customFields: z.array(syncFieldMappingSchema).default([]),
    multiCurrency: z.boolean().default(false),
  }),
  /** Keep each pull's open pipeline as a dated snapshot unless the caller says otherwise. */
  keepSnapshots: z.boolean().default(false),
  /**
   * The opportunities the last pull wrote: their count and a digest of their ids. When the data
   * no longer matches (another import replaced it, an older copy of the file), the next pull is full.
   */
  opportunities: z.object({ count: z.number().int().nonnegative(), idsDigest: z.string() }),
});
export type SalesforceSyncState = z.infer<typeof salesforceSyncStateSchema>;

/**
 * A digest of a set of opportunity ids (order does not matter): FNV-1a over the sorted ids.
 * @example opportunityIdsDigest(["006B", "006A"]) === opportunityIdsDigest(["006A", "006B"]) // true
 */
export function opportunityIdsDigest(ids: Iterable<string>): string {
  const sorted = [...ids].sort();
  let hash = 0x811c9dc5;
  for (const id of sorted) {
    for (let i = 0; i < id.length; i += 1) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    hash = Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
  }
  return `${sorted.length}:${hash.toString(16).padStart(8, "0")}`;
}

/** JSON text of a state, through the schema (so nothing it does not know, a token least of all, is ever written). */
export function encodeSalesforceSyncState(state: SalesforceSyncState): string {
  return JSON.stringify(salesforceSyncStateSchema.parse(state));
}

const unusable = (code: string, message: string): StoredSyncState => ({ state: null, issues: [{ code, path: [], message }] });

/**
 * Reads a stored state (JSON text, or an object should a tool have stored one). A state of a later
 * version, or one that fails its checks, is unusable: the next pull is then a full one.
 * @example decodeSalesforceSyncState(null) // { state: null, issues: [] }
 */
export function decodeSalesforceSyncState(value: unknown): StoredSyncState {
  if (value === null || value === undefined) return { state: null, issues: [] };
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return unusable("sync_state_not_json", "The Salesforce sync state saved with this data is not JSON text: the next pull reads everything again.");
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return unusable("invalid_sync_state", "The Salesforce sync state saved with this data is not a JSON object: the next pull reads everything again.");
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version > SYNC_STATE_VERSION) {
    return unusable("newer_sync_state", `The Salesforce sync state was saved by a newer SalesOps (version ${version}): this one reads everything again.`);
  }
  // Version 1 is the first: an up-migration goes here when the shape changes.
  const parsed = salesforceSyncStateSchema.safeParse(data);
  if (parsed.success) return { state: parsed.data, issues: [] };
  const issues = parsed.error.issues.map(
    (problem): Issue => ({
      code: "invalid_sync_state",
      path: problem.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
      message: `The Salesforce sync state's ${problem.path.join(".") || "value"}: ${problem.message}. The next pull reads everything again.`,
    }),
  );
  return { state: null, issues };
}

/** Raw storage for the state's text: Workbook.settings (src/excel/salesforceSyncState.ts), a file, memory. */
export interface SyncStateStorage {
  /** The stored value, or null when there is none. */
  load(): Promise<unknown>;
  save(text: string): Promise<void>;
}

/**
 * The port over a raw storage (Workbook.settings through src/excel/salesforceSyncState.ts, a file, or
 * memory): decoding validates, encoding goes through the schema.
 * @example const port = salesforceSyncStatePort(memorySyncStateStorage()); await port.read() // no state yet
 */
export function salesforceSyncStatePort(storage: SyncStateStorage): SalesforceSyncStatePort {
  return {
    read: async () => decodeSalesforceSyncState(await storage.load()),
    write: (state) => storage.save(encodeSalesforceSyncState(state)),
  };
}

/**
 * A storage in memory, for tests and the pane harness; `text` is what was saved.
 * @example const storage = memorySyncStateStorage(); const port = salesforceSyncStatePort(storage);
 */
export function memorySyncStateStorage(initial: string | null = null): SyncStateStorage & { text: string | null } {
  const storage = {
    text: initial,
    load: async () => storage.text,
    save: async (text: string) => {
      storage.text = text;
    },
  };
  return storage;
}
