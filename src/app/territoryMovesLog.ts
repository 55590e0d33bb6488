/*
 * The TerritoryMoves table: a log of the account moves applied from the pane, one row per move, that
 * `movesFromRows` (and `salesops territory --moves`) read back. Earlier rows are kept exactly as the
 * workbook holds them, extra columns included: the table is rewritten whole, so nothing may be lost.
 */
import type { CellValue } from "../core/model/canonicalFiles";
import { normalizeHeader } from "../core/import/headers";
import { isoDateToExcelSerial } from "../core/model/isoDate";
import type { Issue, Result } from "../core/model/result";
import { MOVES_TABLE_NAME, MOVE_COLUMNS, MoveOutcome } from "../core/territory";
import type { TableData } from "./ports";

export const MOVES_SHEET_NAME = MOVES_TABLE_NAME;

/** What the pane records beside each move: the quota transfer it planned, so the quota team can act on it. */
const LOG_COLUMNS = [...MOVE_COLUMNS, "quota_period", "quota_transfer", "currency", "share_basis", "share", "time_factor", "pipeline_moved", "recorded_at"] as const;
type LogColumn = (typeof LOG_COLUMNS)[number];

/**
 * The effective date is a real date (a serial shown as yyyy-mm-dd) as in the canonical tables; the
 * timestamp and the period are text so Excel does not turn them into dates.
 */
const FORMATS: Record<LogColumn, string> = {
  account_id: "@",
  from: "@",
  to: "@",
  effective_date: "yyyy-mm-dd",
  quota_period: "@",
  quota_transfer: "#,##0.00",
  currency: "@",
  share_basis: "@",
  share: "0.00%",
  time_factor: "0.0000",
  pipeline_moved: "#,##0.00",
  recorded_at: "@",
};

/** One applied move and the context it was planned in. */
export interface MoveLogEntry {
  outcome: MoveOutcome;
  period: string;
  currency: string;
  shareBasis: string;
  /** ISO timestamp of the Apply, from the surface's clock. */
  recordedAt: string;
}

function cellsOf(entry: MoveLogEntry): Record<LogColumn, CellValue> {
  const { outcome } = entry;
  return {
    account_id: outcome.move.accountId,
    from: outcome.move.from,
    to: outcome.move.to,
    effective_date: isoDateToExcelSerial(outcome.move.effectiveDate) ?? outcome.move.effectiveDate,
    quota_period: entry.period,
    quota_transfer: outcome.quotaTransfer,
    currency: entry.currency,
    share_basis: entry.shareBasis,
    share: outcome.share,
    time_factor: outcome.timeFactor,
    pipeline_moved: outcome.pipelineMoved,
    recorded_at: entry.recordedAt,
  };
}

/**
 * The TerritoryMoves table with `entries` appended to what the workbook holds (`existing`, header
 * first, or null when there is no table yet). The existing header and rows stay as they are; log
 * columns the table lacks are added at the end, blank on the earlier rows. A table that lacks the
 * move columns themselves is someone else's table of that name: refused, so it is never rewritten.
 * @example appendMoveLog(null, [entry]).value.rows[0].slice(0, 4) // ["account_id", "from", "to", "effective_date"]
 */
export function appendMoveLog(existing: readonly (readonly CellValue[])[] | null, entries: readonly MoveLogEntry[]): Result<TableData> {
  const oldHeader = existing && existing.length > 0 ? existing[0].map((cell) => (cell === null ? "" : String(cell))) : [];
  const keys = oldHeader.map(normalizeHeader);
  if (oldHeader.length > 0) {
    const missing = MOVE_COLUMNS.filter((column) => !keys.includes(normalizeHeader(column)));
    if (missing.length > 0) {
      const issue: Issue = {
        code: "unexpected_moves_table",
        path: [MOVES_TABLE_NAME, ...missing],
        message: `The workbook's ${MOVES_TABLE_NAME} table has no ${missing.join(", ")} column, so it is not a moves log the add-in can append to. Rename that table (or add the columns), then apply again.`,
      };
      return { ok: false, issues: [issue] };
    }
  }
  const added = LOG_COLUMNS.filter((column) => !keys.includes(normalizeHeader(column)));
  const header: CellValue[] = [...oldHeader, ...added];
  const position = new Map<string, number>(header.map((cell, index) => [normalizeHeader(String(cell)), index]));
  const width = header.length;
  // A table's rows are as wide as its header: only the added columns need filling.
  const pad = (row: readonly CellValue[]): CellValue[] => [...row, ...new Array<CellValue>(Math.max(0, width - row.length)).fill("")];
  const oldRows = existing ? existing.slice(1).map(pad) : [];
  const newRows = entries.map((entry) => {
    const cells = cellsOf(entry);
    const row = new Array<CellValue>(width).fill("");
    for (const column of LOG_COLUMNS) row[position.get(normalizeHeader(column)) as number] = cells[column];
    return row;
  });
  const formatOf = new Map(LOG_COLUMNS.map((column) => [normalizeHeader(column), FORMATS[column]]));
  return {
    ok: true,
    value: {
      sheetName: MOVES_SHEET_NAME,
      tableName: MOVES_TABLE_NAME,
      rows: [header, ...oldRows, ...newRows],
      // A column of the user's keeps Excel's General format: we do not know what it holds.
      numberFormats: header.map((cell) => formatOf.get(normalizeHeader(String(cell))) ?? null),
    },
  };
}
