/*
 * "Lock period": the payouts of a period as they were approved, kept in the workbook's
 * CommissionLocks table. A later recalculation passes them to the engine, which never changes a
 * locked payout: it reports the difference, and the next period pays it as an adjustment.
 */
import { z } from "zod";
import type { CommissionRun, LockedPayout } from "../core/commission";
import type { CellValue } from "../core/model/canonicalFiles";
import { parseFiscalLabel } from "../core/model/fiscalCalendar";
import type { Issue, Result } from "../core/model/result";
import type { TableData, WorkbookPort } from "./ports";

export const COMMISSION_LOCKS_TABLE = "CommissionLocks";
export const LOCK_COLUMNS = ["rep_id", "period", "payout", "locked_at", "locked_by"] as const;
/** Text but the payout: the timestamp must not become a date, nor a name starting with "=" a formula. */
const LOCK_FORMATS = ["@", "@", "#,##0.00", "@", "@"];

export const commissionLockSchema = z.object({
  repId: z.string().trim().min(1),
  period: z
    .string()
    .trim()
    .toUpperCase()
    .refine((label) => parseFiscalLabel(label) !== null, "must be a fiscal period such as FY2027-Q3"),
  payout: z.number().finite(),
  /** ISO timestamp of the lock. */
  lockedAt: z.string().trim().min(1),
  lockedBy: z.string().trim().min(1, "must name who locked the period"),
});
export type CommissionLock = z.infer<typeof commissionLockSchema>;

const FIELDS: Record<(typeof LOCK_COLUMNS)[number], keyof CommissionLock> = { rep_id: "repId", period: "period", payout: "payout", locked_at: "lockedAt", locked_by: "lockedBy" };
const normalize = (header: CellValue) => String(header ?? "").trim().toLowerCase().replace(/[\s_]+/g, "_");

function readNumber(cell: CellValue): unknown {
  if (typeof cell !== "string") return cell;
  const text = cell.trim().replace(/,/g, "");
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : cell;
}

/**
 * The locks stored in the workbook; no table is no locks. A row that cannot be read is reported
 * with its row number (header = 1) and left out; if two rows lock the same rep and period, the
 * later one counts.
 * @example const { locks } = await readCommissionLocks(port);
 */
export async function readCommissionLocks(port: WorkbookPort): Promise<{ locks: CommissionLock[]; issues: Issue[] }> {
  const rows = await port.readTable(COMMISSION_LOCKS_TABLE);
  if (rows === null || rows.length === 0) return { locks: [], issues: [] };
  const header = rows[0].map(normalize);
  const index = Object.fromEntries(LOCK_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<(typeof LOCK_COLUMNS)[number], number>;
  const absent = LOCK_COLUMNS.filter((column) => index[column] < 0);
  if (absent.length > 0) {
    return { locks: [], issues: [{ code: "invalid_locks", path: [COMMISSION_LOCKS_TABLE], message: `The ${COMMISSION_LOCKS_TABLE} table lacks the column${absent.length > 1 ? "s" : ""} ${absent.join(", ")}: restore ${absent.length > 1 ? "them" : "it"} (or delete the table to start without locks).` }] };
  }
  const byKey = new Map<string, CommissionLock>();
  const issues: Issue[] = [];
  rows.slice(1).forEach((row, i) => {
    if (row.every((cell) => cell === null || cell === "")) return;
    const raw = Object.fromEntries(LOCK_COLUMNS.map((column) => [FIELDS[column], column === "payout" ? readNumber(row[index[column]]) : String(row[index[column]] ?? "")]));
    const parsed = commissionLockSchema.safeParse(raw);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      const column = LOCK_COLUMNS.find((name) => FIELDS[name] === problem.path[0]) ?? "rep_id";
      issues.push({ code: "invalid_lock", path: [COMMISSION_LOCKS_TABLE, i + 2, column], message: `${COMMISSION_LOCKS_TABLE} row ${i + 2}, column ${column}: ${problem.message}. The lock is ignored until the row is fixed.` });
      return;
    }
    byKey.set(`${parsed.data.repId}\u0000${parsed.data.period}`, parsed.data);
  });
  return { locks: [...byKey.values()], issues };
}

/** What the engine takes from the stored locks. @example calculateCommissionPeriod(dataSet, setup, "FY2027-Q4", { locked: lockedPayouts(locks) }) */
export function lockedPayouts(locks: readonly CommissionLock[]): LockedPayout[] {
  return locks.map((lock) => ({ repId: lock.repId, period: lock.period, payout: lock.payout }));
}

/** The locks as the CommissionLocks table on its own sheet, text columns formatted as text. @example locksTable([]).rows // [["rep_id", "period", "payout", "locked_at", "locked_by"]] */
export function locksTable(locks: readonly CommissionLock[]): TableData {
  return {
    sheetName: COMMISSION_LOCKS_TABLE,
    tableName: COMMISSION_LOCKS_TABLE,
    rows: [[...LOCK_COLUMNS], ...locks.map((lock) => LOCK_COLUMNS.map((column): CellValue => lock[FIELDS[column]]))],
    numberFormats: LOCK_FORMATS,
  };
}

export interface LockRequest {
  lockedBy: string;
  /** ISO timestamp: the surface's clock. */
  at: string;
  /** Replace earlier locks of the same reps and period; without it, such a lock refuses. */
  relock?: boolean;
  /** Only these reps; every rep computed in the run when absent. */
  repIds?: readonly string[];
}

export interface LockOutcome {
  /** Every lock in the table after the write. */
  locks: CommissionLock[];
  /** The locks this call wrote. */
  locked: CommissionLock[];
  /** How many earlier locks of the same rep and period they replaced. */
  replaced: number;
}

/**
 * Stores the run's payouts as locked, appended to the earlier locks. A rep already locked for the
 * period is replaced only with `relock: true`; otherwise nothing is written and the issue
 * (code "already_locked") says who locked it and when. The table is rewritten whole, so a table
 * with unreadable rows is refused too: rewriting would drop them.
 * @example await lockPeriod(port, run, { lockedBy: "Maya Lee", at: new Date().toISOString() })
 */
export async function lockPeriod(port: WorkbookPort, run: CommissionRun, request: LockRequest): Promise<Result<LockOutcome>> {
  const fail = (code: string, message: string): Result<LockOutcome> => ({ ok: false, issues: [{ code, path: [COMMISSION_LOCKS_TABLE, run.period], message }] });
  const wanted = request.repIds ? new Set(request.repIds) : null;
  const reps = run.reps.filter((rep) => !wanted || wanted.has(rep.repId));
  if (reps.length === 0) return fail("nothing_to_lock", `No payout was computed for ${run.period}: there is nothing to lock.`);
  const fresh = reps.map((rep) => commissionLockSchema.safeParse({ repId: rep.repId, period: run.period, payout: rep.payout, lockedAt: request.at, lockedBy: request.lockedBy }));
  const invalid = fresh.find((entry) => !entry.success);
  if (invalid && !invalid.success) return fail("invalid_lock", `The lock's ${String(invalid.error.issues[0].path[0])} ${invalid.error.issues[0].message}.`);
  const locked = fresh.flatMap((entry) => (entry.success ? [entry.data] : []));

  const current = await readCommissionLocks(port);
  if (current.issues.length > 0) return fail("unreadable_locks", `The ${COMMISSION_LOCKS_TABLE} table has rows that can't be read, and saving would drop them. ${current.issues[0].message}`);
  const key = (lock: { repId: string; period: string }) => `${lock.repId}\u0000${lock.period}`;
  const newKeys = new Set(locked.map(key));
  const earlier = current.locks.filter((lock) => newKeys.has(key(lock)));
  if (earlier.length > 0 && !request.relock) {
    const last = earlier.reduce((a, b) => (a.lockedAt >= b.lockedAt ? a : b));
    return fail(
      "already_locked",
      `${run.period} is already locked for ${earlier.length === 1 ? `${earlier[0].repId}` : `${earlier.length} reps`} (last on ${last.lockedAt.slice(0, 10)} by ${last.lockedBy}). Relock to replace ${earlier.length === 1 ? "that payout" : "those payouts"} with the figures shown now.`,
    );
  }
  const locks = [...current.locks.filter((lock) => !newKeys.has(key(lock))), ...locked];
  await port.writeTables([locksTable(locks)]);
  return { ok: true, value: { locks, locked, replaced: earlier.length } };
}
