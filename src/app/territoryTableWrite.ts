/*
 * Writing the Accounts table and a table that records the change (the TerritoryMoves log) so that a
 * failure leaves both as they were. The port replaces one table at a time, each safely (the Excel
 * adapter stages a replacement and swaps it in only in its last request), but not two together: a
 * failure on the second table would leave the first one written. So Accounts, which always exists
 * beforehand, goes first; if the log then fails, Accounts is written back as it was read.
 */
import type { TableData, WorkbookPort } from "./ports";

/** A write that stopped: which table failed, and whether the workbook is as it was before. */
export class TerritoryWriteError extends Error {
  override readonly name = "TerritoryWriteError";
  constructor(
    /** The table whose write failed. */
    readonly tableName: string,
    /** True when every table is as it was; false when Accounts was changed and could not be put back. */
    readonly unchanged: boolean,
    override readonly cause: unknown,
  ) {
    super(`Writing the ${tableName} table failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Writes `accounts`, then `record`; when `record` fails, writes `previousAccounts` back. Throws a
 * TerritoryWriteError saying which table failed and whether everything is as it was; the port's own
 * error is its cause (its code tells the pane what to advise).
 * @example await writeAccountsWithRecord(port, { accounts: newAccounts, previousAccounts: oldAccounts, record: movesLog })
 */
export async function writeAccountsWithRecord(port: WorkbookPort, tables: { accounts: TableData; previousAccounts: TableData; record: TableData }): Promise<void> {
  try {
    await port.writeTables([tables.accounts]);
  } catch (cause) {
    throw new TerritoryWriteError(tables.accounts.tableName, true, cause);
  }
  try {
    await port.writeTables([tables.record]);
  } catch (cause) {
    let restored = true;
    try {
      await port.writeTables([tables.previousAccounts]);
    } catch {
      // The record's failure is the one to report; `unchanged: false` says Accounts kept the change.
      restored = false;
    }
    throw new TerritoryWriteError(tables.record.tableName, restored, cause);
  }
}
