/*
 * The ports of the Salesforce pull (salesforcePull.ts). The app cannot import the connector, so it
 * declares what it needs here and the entry points pass the connector's adapter in
 * (`salesforcePipelineSource` in src/connectors/salesforce/pipelineSource.ts is structurally a
 * PipelineSource). Everything is canonical: the app never sees a raw Salesforce record.
 */
import type { ImportNote } from "../core/import/importTypes";
import type { Account, Opportunity, Quota, Rep } from "../core/model/entities";
import type { Result } from "../core/model/result";
import type { StageDefinition } from "../core/model/stageMap";
import type { SalesforceSyncState, SyncFieldMapping } from "./salesforceSyncState";

/** Which query a pull is running. */
export type PipelineSourcePhase = "opportunities" | "deletions" | "users" | "quotas";

/** Per page of a query: records received so far of the query's total (Salesforce's totalSize). */
export interface PipelineSourceProgress {
  phase: PipelineSourcePhase;
  received: number;
  total: number;
}

export interface PipelineSourceRequest {
  /**
   * Only what changed after this instant (the last pull's high-water mark, an ISO 8601 datetime as
   * Salesforce writes it), with the ids deleted since; null for everything.
   */
  since: string | null;
  onProgress?: (progress: PipelineSourceProgress) => void;
  /** Aborting fails the pull with the code "cancelled". */
  signal?: AbortSignal;
}

/** A source record that could not be mapped: which record, field and value, and what to do. */
export interface PulledRecordProblem {
  object: string;
  recordId: string;
  field: string;
  value: string;
  code: string;
  reason: string;
}

/** One pull in the canonical model. */
export interface PulledPipeline {
  /**
   * True when only changes since `since` were read: `opportunities` are then the ones created or
   * modified since, and `deletedIds` those deleted since. False for a full pull (also when the
   * source could not pull incrementally although asked to).
   */
  incremental: boolean;
  opportunities: Opportunity[];
  deletedIds: string[];
  /** The accounts the pulled opportunities name (id and name). */
  accounts: Account[];
  /** Every user (read whole on every pull). */
  reps: Rep[];
  /** Null when the org has none the user may read (see notes). */
  quotas: Quota[] | null;
  /** Every record left out and why; a rejected opportunity's Id is among them with object "Opportunity". */
  rejected: PulledRecordProblem[];
  notes: ImportNote[];
  /** Stages the settings' stage map lacks, kept as text. */
  newStages: StageDefinition[];
  /** The latest modification time seen, by the source's own clock: the next pull's `since`. */
  highWaterMark: string | null;
  /** When the pull finished (ISO 8601). */
  pulledAt: string;
  /** Requests sent, retries included. */
  requests: number;
  /** The org's API usage after the pull, when the source reported it. */
  apiUsage: { used: number; limit: number } | null;
}

/** Which org and mapping a source pulls with: an incremental pull is only sound against data the same ones wrote. */
export interface PipelineSourceConnection {
  instanceUrl: string;
  apiVersion: string;
  customFields: readonly SyncFieldMapping[];
  multiCurrency: boolean;
}

/**
 * Where pipeline data comes from. `pull` resolves with a failure result for every problem the user
 * can act on (the issue's code is the connector's: sign_in_required, api_limit, network, cors,
 * invalid_field, cancelled…, its message the connector's words); it throws only on a bug.
 */
export interface PipelineSource {
  readonly connection: PipelineSourceConnection;
  pull(request: PipelineSourceRequest): Promise<Result<PulledPipeline>>;
}

/** What the workbook or data folder holds of the sync state: null when none (or none usable: then the issues say why). */
export interface StoredSyncState {
  state: SalesforceSyncState | null;
  issues: { code: string; path: (string | number)[]; message: string }[];
}

/**
 * Where the last pull's sync state is kept, beside the data it describes (Workbook.settings in
 * Excel, salesforce-sync.json in a data folder). Never holds a token.
 */
export interface SalesforceSyncStatePort {
  read(): Promise<StoredSyncState>;
  write(state: SalesforceSyncState): Promise<void>;
}
