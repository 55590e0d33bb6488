/*
 * The task pane's Salesforce refresh: the pull (salesforcePullRun.ts) into the workbook's canonical
 * tables, then the workbook read back into the session so the views and the SALESOPS functions see
 * the new data, as an import does (importDataCommit.ts).
 * - Reading the tables and pulling can be cancelled; the workbook is then untouched. The tables are
 *   replaced all or nothing (replaceTables.ts): from the first write on, the change completes or is
 *   rolled back.
 * - The sync state lives in the workbook (Workbook.settings through src/excel/salesforceSyncState.ts),
 *   so the next refresh of this file pulls only the changes.
 * This module is the pane's one entry to the pull: it re-exports the types the pane needs.
 */
import { ok, type Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";
import { OPPORTUNITIES_FILE } from "../core/model/canonicalFiles";
import { dataSetTables } from "./loadSampleData";
import { loadWorkbookData } from "./loadWorkbookData";
import type { TableListingPort, WorkbookPort } from "./ports";
import { readBackAfterWrite, type RefreshedData } from "./refreshData";
import { replaceTablesAllOrNothing } from "./replaceTables";
import type { PipelineSource, SalesforceSyncStatePort } from "./salesforcePorts";
import { type PipelineStore, runSalesforcePull, type SalesforcePullControl, type SalesforcePullOutcome } from "./salesforcePullRun";

export type { PipelineSource, PipelineSourceConnection, PipelineSourceProgress, PipelineSourceRequest, PulledPipeline, PulledRecordProblem, SalesforceSyncStatePort, StoredSyncState } from "./salesforcePorts";
export type { HeldData, PipelineStore, SalesforcePullControl, SalesforcePullOutcome, SalesforcePullProgress } from "./salesforcePullRun";
export { runSalesforcePull } from "./salesforcePullRun";
export type { PipelineChanges } from "./salesforceMerge";
export type { SalesforceSyncState, SyncFieldMapping, SyncStateStorage } from "./salesforceSyncState";
export { decodeSalesforceSyncState, encodeSalesforceSyncState, memorySyncStateStorage, salesforceSyncStatePort } from "./salesforceSyncState";
export { ImportWriteError } from "./replaceTables";

export interface SalesforceWorkbookPullOutcome extends SalesforcePullOutcome {
  /** The workbook's data as the session now has it; null when reading it back failed. */
  refreshed: RefreshedData | null;
  /** Why reading the workbook back failed after a complete write (the pane then asks for a Refresh); null otherwise. */
  refreshError: unknown;
}

const TABLE = OPPORTUNITIES_FILE.tableName;

/**
 * The workbook as a PipelineStore: its canonical tables read as loadWorkbookData reads them, and
 * replaced all or nothing.
 * @example const held = await workbookPipelineStore(port, settings).read({});
 */
export function workbookPipelineStore(port: WorkbookPort & TableListingPort, settings: Settings): PipelineStore {
  return {
    label: "the workbook",
    opportunitiesName: `the ${TABLE} table`,
    async read(control) {
      const { dataSet, issues } = await loadWorkbookData(port, settings, {
        pause: control.pause,
        onProgress: (p) => control.onProgress?.({ step: "reading", label: `Reading ${p.tableName} (table ${p.table} of ${p.tables})`, done: p.table - 1, total: p.tables, unit: "tables", cancellable: true }),
      });
      const missing = issues.some((issue) => issue.code === "missing_table" && issue.path[0] === TABLE);
      const rejectedRows = new Set(issues.filter((issue) => issue.path[0] === TABLE && issue.code !== "missing_table").map((issue) => String(issue.path[1] ?? "header")));
      return {
        opportunities: missing ? null : dataSet.opportunities,
        rejectedOpportunityRows: rejectedRows.size,
        accounts: dataSet.accounts,
        reps: dataSet.reps,
        snapshots: dataSet.snapshots,
        issues: issues.filter((issue) => issue.code !== "missing_table"),
      };
    },
    async write(records, control, untouched) {
      const replaced = await replaceTablesAllOrNothing(port, dataSetTables(records), control, untouched);
      return replaced.ok ? ok(replaced.value.map((table) => ({ name: table.tableName, rows: table.rows }))) : replaced;
    },
  };
}

/**
 * Pulls from Salesforce into the workbook and refreshes the session (see the file comment). A
 * failure result carries the connector's code and message (sign_in_required: show the sign-in card;
 * cors, api_limit, network, invalid_field…: show the message), or "cancelled", "no_previous_data",
 * "no_opportunities". A failed write throws ImportWriteError after the rollback.
 * @example
 * const source = salesforcePipelineSource(client, { customFields, multiCurrency: true }, settings);
 * const result = await pullSalesforceIntoWorkbook(port, source, syncStatePort, settings, { signal, onProgress, snapshot: true });
 * if (!result.ok && result.issues[0].code === "sign_in_required") showSignIn();
 */
export async function pullSalesforceIntoWorkbook(
  port: WorkbookPort & TableListingPort,
  source: PipelineSource,
  syncState: SalesforceSyncStatePort,
  settings: Settings,
  control: SalesforcePullControl = {},
): Promise<Result<SalesforceWorkbookPullOutcome>> {
  const pulled = await runSalesforcePull(workbookPipelineStore(port, settings), source, syncState, settings, control);
  if (!pulled.ok) return pulled;
  // The control's progress takes every step a pull reports, "refreshing" among them.
  const outcome: SalesforceWorkbookPullOutcome = { ...pulled.value, ...(await readBackAfterWrite(port, settings, control)) };
  return { ok: true, value: outcome };
}
