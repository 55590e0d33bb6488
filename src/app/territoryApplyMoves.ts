import { ACCOUNTS_FILE } from "../core/model/canonicalFiles";
import type { DataSet } from "../core/model/dataSet";
import type { Issue, Result } from "../core/model/result";
import { AccountMove, MOVES_TABLE_NAME } from "../core/territory";
import { accountsTableData, reassignAccountRows, TerritoryChange } from "./territoryAccountsTable";
import { MovePlanOptions, MovePreview, previewMoves } from "./territoryMovePreview";
import { appendMoveLog } from "./territoryMovesLog";
import { writeAccountsWithRecord } from "./territoryTableWrite";
import type { WorkbookPort } from "./ports";

export interface ApplyMovesRequest {
  /** The data the moves were planned on (as the pane read it). */
  dataSet: DataSet;
  moves: readonly AccountMove[];
  options: MovePlanOptions;
  /** When the user applied them (ISO timestamp, from the surface's clock): logged with each move. */
  recordedAt: string;
}

export interface AppliedMoves {
  /** The plan that was applied, as the preview showed it. */
  preview: MovePreview;
  /** Accounts whose territory changed in the Accounts table. */
  accountsChanged: number;
  /** Rows added to the TerritoryMoves log, and the rows it holds now. */
  logged: number;
  logRows: number;
}

/** Each account's territory before its first move and after its last (moves apply in date order). */
function netChanges(preview: MovePreview): TerritoryChange[] {
  const ordered = preview.outcomes.map((outcome, index) => ({ outcome, index })).sort((a, b) => a.outcome.move.effectiveDate.localeCompare(b.outcome.move.effectiveDate) || a.index - b.index);
  const changes = new Map<string, TerritoryChange>();
  for (const { outcome } of ordered) {
    const { accountId, from, to } = outcome.move;
    const change = changes.get(accountId);
    changes.set(accountId, { accountId, from: change ? change.from : from, to });
  }
  // An account moved away and back again keeps its territory; only the log shows the round trip.
  return [...changes.values()].filter((change) => change.from !== change.to);
}

/**
 * Applies planned account moves to the workbook: each account's territory changes in the Accounts
 * table, and each move is appended to the TerritoryMoves log with the quota transfer it implies (the
 * Quotas table is not changed: the log says what to transfer, for whoever owns quotas). Nothing is
 * written when a move is rejected by the plan, when an account's territory in the workbook is no
 * longer the one planned from, or when a TerritoryMoves table of another shape is in the way (all
 * returned as issues). A failing write throws a TerritoryWriteError; both tables are then as they
 * were unless it says otherwise.
 * @example
 * const moves = movesTo(dataSet, ["ACC-0001"], "TER-NA-ENT-02", "2026-12-01");
 * await applyMoves(port, { dataSet, moves, options: { asOf: "2026-11-27", period: "FY2027-Q4", metric: "potential" }, recordedAt: new Date().toISOString() });
 */
export async function applyMoves(port: WorkbookPort, request: ApplyMovesRequest): Promise<Result<AppliedMoves>> {
  const preview = previewMoves(request.dataSet, request.moves, request.options);
  if (preview.outcomes.length === 0) return { ok: false, issues: [{ code: "no_moves", path: ["moves"], message: "There is no move to apply: pick at least one account and a territory." }] };
  if (!preview.applicable) return { ok: false, issues: blockingIssues(preview) };
  const accountRows = await port.readTable(ACCOUNTS_FILE.tableName);
  if (accountRows === null) {
    return { ok: false, issues: [{ code: "missing_table", path: [ACCOUNTS_FILE.tableName], message: `The workbook has no ${ACCOUNTS_FILE.tableName} table any more. Choose Refresh, then plan again.` }] };
  }
  const changes = netChanges(preview);
  const reassigned = reassignAccountRows(accountRows, changes);
  if (!reassigned.ok) return reassigned;
  const existingLog = await port.readTable(MOVES_TABLE_NAME);
  const { options } = request;
  const entries = preview.outcomes.map((outcome) => ({ outcome, period: options.period, currency: preview.currency, shareBasis: options.share ?? "potential", recordedAt: request.recordedAt }));
  const log = appendMoveLog(existingLog, entries);
  if (!log.ok) return log;
  await writeAccountsWithRecord(port, { accounts: accountsTableData(reassigned.value), previousAccounts: accountsTableData(accountRows), record: log.value });
  return { ok: true, value: { preview, accountsChanged: changes.length, logged: entries.length, logRows: log.value.rows.length - 1 } };
}

/**
 * The moves the plan rejected (unknown account, wrong territory, same territory, bad date), which stop
 * it from being applied; caveats such as a share basis of 0 do not.
 * @example blockingIssues(previewMoves(dataSet, [{ accountId: "A1", from: "T1", to: "T1", effectiveDate: "2026-12-01" }], options))[0].code // "same_territory"
 */
export function blockingIssues(preview: MovePreview): Issue[] {
  const rejected = new Set(preview.outcomes.flatMap((outcome, index) => (outcome.applied ? [] : [index])));
  return preview.issues.filter((issue) => issue.path[0] === "moves" && rejected.has(issue.path[1] as number));
}
