import { z } from "zod";
import type { CellValue } from "../model/canonicalFiles";
import { excelSerialToIsoDate, isIsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import type { AccountMove } from "./moveTypes";

/** The moves table's columns, as the `TerritoryMoves` table and a `--moves` CSV hold them. */
export const MOVE_COLUMNS = ["account_id", "from", "to", "effective_date"] as const;
export const MOVES_TABLE_NAME = "TerritoryMoves";

const moveSchema = z.object({
  accountId: z.string().trim().min(1, "an account id is required"),
  from: z.string().trim().min(1, "the territory the account leaves is required"),
  to: z.string().trim().min(1, "the territory the account joins is required"),
  effectiveDate: z.string().refine(isIsoDate, "a date in the form YYYY-MM-DD (or an Excel date)"),
});
const FIELD = { account_id: "accountId", from: "from", to: "to", effective_date: "effectiveDate" } as const;
const COLUMN_OF = { accountId: "account_id", from: "from", to: "to", effectiveDate: "effective_date" } as const;

/** @example movesToRows([{ accountId: "A1", from: "T1", to: "T2", effectiveDate: "2026-12-01" }])[1] // ["A1", "T1", "T2", "2026-12-01"] */
export function movesToRows(moves: readonly AccountMove[]): CellValue[][] {
  return [[...MOVE_COLUMNS], ...moves.map((move) => MOVE_COLUMNS.map((column) => move[FIELD[column]]))];
}

/**
 * Reads the moves table (header first, columns in any order, spaces or underscores alike; dates as
 * ISO text or Excel serials). Bad rows are reported by row number — the header is `firstRowNumber`,
 * 1 by default — and left out; blank rows are skipped.
 * @example movesFromRows([["account_id", "from", "to", "effective_date"], ["A1", "T1", "T2", 46357]]).moves[0].effectiveDate // "2026-12-01"
 */
export function movesFromRows(rows: readonly (readonly CellValue[])[], options: { firstRowNumber?: number } = {}): { moves: AccountMove[]; issues: Issue[] } {
  const first = options.firstRowNumber ?? 1;
  if (rows.length === 0) return { moves: [], issues: [] };
  const header = rows[0].map((cell) => String(cell ?? "").trim().toLowerCase().replace(/[\s-]+/g, "_"));
  const missing = MOVE_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return { moves: [], issues: [{ code: "missing_column", path: [first, ...missing], message: `The moves table lacks ${missing.join(", ")}: its header must be ${MOVE_COLUMNS.join(", ")}.` }] };
  const moves: AccountMove[] = [];
  const issues: Issue[] = [];
  rows.slice(1).forEach((row, offset) => {
    const rowNumber = first + offset + 1;
    if (row.every((cell) => cell === null || cell === "")) return;
    const cell = (column: (typeof MOVE_COLUMNS)[number]): CellValue => row[header.indexOf(column)] ?? null;
    const date = cell("effective_date");
    const parsed = moveSchema.safeParse({
      accountId: String(cell("account_id") ?? ""),
      from: String(cell("from") ?? ""),
      to: String(cell("to") ?? ""),
      effectiveDate: typeof date === "number" ? (excelSerialToIsoDate(date) ?? String(date)) : String(date ?? "").trim(),
    });
    if (parsed.success) {
      moves.push(parsed.data);
      return;
    }
    const problem = parsed.error.issues[0];
    const column = COLUMN_OF[problem.path[0] as keyof typeof COLUMN_OF];
    issues.push({ code: "invalid_move", path: [rowNumber, column], message: `Move row ${rowNumber}, ${column}: ${problem.message}. Fix the row; it is left out until then.` });
  });
  return { moves, issues };
}
