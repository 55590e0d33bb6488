/*
 * The Salesforce pull, the same for the task pane (into the workbook: salesforcePull.ts) and the CLI
 * (into a data folder, src/cli/commands/pull.ts): read what is held, pull (everything, or the changes since the last
 * pull's high-water mark), merge at the canonical level, and only then write, all or nothing.
 * - Nothing is written before the whole pull and its mapping have succeeded: a failure or a cancel
 *   up to then leaves the data exactly as it was.
 * - The tables written: Opportunities, Accounts, Reps; Quotas when the org had quotas (otherwise the
 *   ones held stay); Snapshots when the pull is kept as a dated snapshot.
 * - The sync state is saved after the data. Should that fail, the next pull is a full one (the
 *   opportunities no longer match the old state), so nothing is ever merged twice or lost.
 */
import type { ImportNote } from "../core/import/importTypes";
import type { DataSet } from "../core/model/dataSet";
import type { Account, Opportunity, Rep, SnapshotOpportunity } from "../core/model/entities";
import { fail, type Issue, type Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import type { StageDefinition } from "../core/model/stageMap";
import { CANCELLED, cancelled, type ImportControl, type ImportProgress } from "./importDataTypes";
import { mergePulledPipeline, type PipelineChanges } from "./salesforceMerge";
import type { PipelineSource, PipelineSourcePhase, PulledPipeline, PulledRecordProblem, SalesforceSyncStatePort } from "./salesforcePorts";
import { planPull } from "./salesforcePullPlan";
import { withPipelineSnapshot } from "./salesforceSnapshot";
import { opportunityIdsDigest, SYNC_STATE_VERSION, type SalesforceSyncState } from "./salesforceSyncState";

/** Where a pull is, for a progress bar with counts. Reading and pulling can be cancelled; from the first write on, not. */
export interface SalesforcePullProgress extends Omit<ImportProgress, "step" | "unit"> {
  step: ImportProgress["step"] | "pulling";
  unit: ImportProgress["unit"] | "records";
  /** While pulling: which query. */
  phase?: PipelineSourcePhase;
}

export interface SalesforcePullControl extends Omit<ImportControl, "onProgress"> {
  onProgress?: (progress: SalesforcePullProgress) => void;
  /** Pull everything even when the last pull allows only the changes. */
  full?: boolean;
  /** Pull the changes since this instant (ISO 8601) and merge them into what is held, whatever the sync state says. */
  since?: string;
  /** Keep the pulled open pipeline as a dated snapshot (default: the sync state's keepSnapshots); the choice is saved with the state. */
  snapshot?: boolean;
  /** The snapshot's date, YYYY-MM-DD (default: the UTC date the pull finished). */
  snapshotDate?: string;
}

/** What a workbook or data folder holds before the pull. */
export interface HeldData {
  /** Null when there is no Opportunities table or file. */
  opportunities: Opportunity[] | null;
  /** Opportunity rows that failed their checks: an incremental merge would drop them, so the pull is full. */
  rejectedOpportunityRows: number;
  accounts: Account[];
  reps: Rep[];
  snapshots: SnapshotOpportunity[];
  /** Every problem reading it (rows left out, unreadable tables), for the summary. */
  issues: Issue[];
}

/** Where the pulled data is kept: the workbook's tables, a data folder's files. */
export interface PipelineStore {
  /** "the workbook", "data/": named in messages. */
  readonly label: string;
  /** "the Opportunities table", "opportunities.csv". */
  readonly opportunitiesName: string;
  read(control: SalesforcePullControl): Promise<HeldData>;
  /** Replaces these record sets all or nothing; a cancelled result when stopped before the first write. */
  write(records: Partial<DataSet>, control: SalesforcePullControl, untouched: string): Promise<Result<{ name: string; rows: number }[]>>;
}

export interface SalesforcePullOutcome {
  mode: "full" | "incremental";
  /** Why this mode, in words. */
  reason: string;
  /** The instant changes were pulled from; null for a full pull. */
  since: string | null;
  /** Records written; quotas null when none were written (the org had none, or every one was rejected) and the quotas held stay. */
  counts: { opportunities: number; accounts: number; reps: number; quotas: number | null };
  changes: PipelineChanges;
  /** The snapshot written, or null. */
  snapshot: { date: string; rows: number } | null;
  rejected: PulledRecordProblem[];
  notes: ImportNote[];
  newStages: StageDefinition[];
  /** Problems with what was held (rows left out, an unusable sync state). */
  issues: Issue[];
  requests: number;
  apiUsage: { used: number; limit: number } | null;
  pulledAt: string;
  /** The tables or files written, with their data rows. */
  written: { name: string; rows: number }[];
  syncState: SalesforceSyncState;
  /** Why saving the sync state failed after the data was written (the next pull is then full); null otherwise. */
  syncStateError: unknown;
}

const report = (control: SalesforcePullControl, phase: PipelineSourcePhase, received: number, total: number): void =>
  control.onProgress?.({ step: "pulling", label: `Pulling ${phase} from Salesforce`, done: received, total, unit: "records", cancellable: true, phase });

function nextState(source: PipelineSource, pulled: PulledPipeline, opportunities: readonly Opportunity[], keepSnapshots: boolean): SalesforceSyncState {
  const { connection } = source;
  return {
    version: SYNC_STATE_VERSION,
    instanceUrl: connection.instanceUrl,
    apiVersion: connection.apiVersion,
    highWaterMark: pulled.highWaterMark,
    lastPullAt: pulled.pulledAt,
    lastPullMode: pulled.incremental ? "incremental" : "full",
    mapping: { customFields: connection.customFields.map((mapping) => ({ ...mapping })), multiCurrency: connection.multiCurrency },
    keepSnapshots,
    opportunities: { count: opportunities.length, idsDigest: opportunityIdsDigest(opportunities.map((opportunity) => opportunity.id)) },
  };
}

/**
 * Pulls from `source` into `store` (see the file comment). Every problem the user can act on is a
 * failure result: the source's codes (sign_in_required, api_limit, network, cors, invalid_field…)
 * with its messages unchanged, "cancelled", "no_previous_data" (changes asked for with nothing to
 * merge them into) and "no_opportunities" (nothing to write). A failed write throws the store's
 * error (ImportWriteError for the workbook, after its rollback).
 * @example const pulled = await runSalesforcePull(store, source, syncState, settings, { signal, onProgress });
 */
export async function runSalesforcePull(store: PipelineStore, source: PipelineSource, syncState: SalesforceSyncStatePort, settings: Settings, control: SalesforcePullControl = {}): Promise<Result<SalesforcePullOutcome>> {
  const untouched = `Nothing was pulled into ${store.label}; it is unchanged.`;
  if (control.signal?.aborted) return cancelled(untouched);
  const stored = await syncState.read();
  const held = await store.read(control);
  if (control.signal?.aborted) return cancelled(untouched);
  if (control.since && held.opportunities === null) {
    return fail("no_previous_data", ["since"], `Changes since ${control.since} need opportunities to merge them into, and ${store.label} has no ${store.opportunitiesName.replace(/^the /, "")}: pull everything instead (leave out the start time).`);
  }
  const plan = planPull({ state: stored.state, connection: source.connection, held: held.opportunities, heldRejectedRows: held.rejectedOpportunityRows, heldName: store.opportunitiesName, full: control.full, since: control.since });

  const result = await source.pull({ since: plan.since, signal: control.signal, onProgress: (p) => report(control, p.phase, p.received, p.total) });
  if (!result.ok) return result.issues.some((issue) => issue.code === CANCELLED) ? cancelled(untouched) : result;
  const pulled = result.value;
  const merged = mergePulledPipeline(pulled.incremental ? held : { ...held, opportunities: held.opportunities ?? [] }, pulled);
  if (merged.opportunities.length === 0) {
    const rejected = pulled.rejected.filter((problem) => problem.object === "Opportunity").length;
    const why = rejected > 0 ? `every one of the ${rejected} opportunities Salesforce returned was rejected (see the rejected records)` : "Salesforce returned no opportunity your user can see";
    return fail("no_opportunities", [], `Nothing was written to ${store.label}: ${why}.`);
  }

  const keepSnapshots = control.snapshot ?? stored.state?.keepSnapshots ?? false;
  const records: Partial<DataSet> = { opportunities: merged.opportunities, accounts: merged.accounts, reps: merged.reps };
  // No quotas (no Collaborative Forecasts, no access), or every one rejected (a fiscal year set up
  // differently): the quotas held stay rather than be emptied.
  const everyQuotaRejected = merged.quotas?.length === 0 && pulled.rejected.some((problem) => problem.object === "ForecastingQuota");
  if (merged.quotas && !everyQuotaRejected) records.quotas = merged.quotas;
  let snapshot: SalesforcePullOutcome["snapshot"] = null;
  if (keepSnapshots) {
    const date = control.snapshotDate ?? pulled.pulledAt.slice(0, 10);
    records.snapshots = withPipelineSnapshot(held.snapshots, merged.opportunities, date, [...settings.stageMap, ...pulled.newStages]);
    snapshot = { date, rows: records.snapshots.filter((row) => row.snapshotDate === date).length };
  }
  if (control.signal?.aborted) return cancelled(untouched);
  const written = await store.write(records, control, untouched);
  if (!written.ok) return written;

  const state = nextState(source, pulled, merged.opportunities, keepSnapshots);
  let syncStateError: unknown = null;
  try {
    await syncState.write(state);
  } catch (error) {
    // The data is written: a state that failed to save only makes the next pull a full one.
    syncStateError = error;
  }
  const fullAfterAll = plan.since !== null && !pulled.incremental;
  return {
    ok: true,
    value: {
      mode: pulled.incremental ? "incremental" : "full",
      reason: fullAfterAll ? `Full pull: Salesforce could not be asked for the changes since ${plan.since}.` : plan.reason,
      since: pulled.incremental ? plan.since : null,
      counts: { opportunities: merged.opportunities.length, accounts: merged.accounts.length, reps: merged.reps.length, quotas: records.quotas?.length ?? null },
      changes: merged.changes,
      snapshot,
      rejected: pulled.rejected,
      notes: pulled.notes,
      newStages: pulled.newStages,
      issues: [...stored.issues, ...held.issues],
      requests: pulled.requests,
      apiUsage: pulled.apiUsage,
      pulledAt: pulled.pulledAt,
      written: written.value,
      syncState: state,
      syncStateError,
    },
  };
}
