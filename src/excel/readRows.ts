/**
 * Reads the values of a large range in row chunks, because Excel on the web refuses a response
 * over 5 MB (and a read over 5,000,000 cells). Each chunk's size is set from the bytes the previous
 * one returned, and a chunk refused for its size is retried at half the rows.
 */
import type { CellValue } from "../core/model/canonicalFiles";
import { SYNC_PAYLOAD_BUDGET_BYTES, utf8Length } from "./payloadBudget";

/** A first guess of cells per read: at ~40 bytes a cell it stays near the 4 MB budget. */
export const FIRST_READ_CELLS = 100_000;

const isResponseTooLarge = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/**
 * The values of `range` (already loaded with rowCount and columnCount), top to bottom.
 * Blank cells read as "" (what Excel returns); formula cells read as their computed values.
 */
export async function readRangeInChunks(context: Excel.RequestContext, range: Excel.Range, rowCount: number, columnCount: number): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let chunkRows = Math.max(1, Math.floor(FIRST_READ_CELLS / Math.max(columnCount, 1)));
  let start = 0;
  // One sync per chunk is the point of chunking; the number of chunks is bounded by the response budget, not by rows.
  while (start < rowCount) {
    const count = Math.min(chunkRows, rowCount - start);
    const chunk = range.getCell(start, 0).getResizedRange(count - 1, columnCount - 1).load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per size-bounded chunk, never per row
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      chunkRows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const values = chunk.values as CellValue[][];
    for (const row of values) rows.push(row);
    const bytes = values.reduce((sum, row) => sum + utf8Length(JSON.stringify(row)), 0);
    chunkRows = Math.max(1, Math.floor((count * SYNC_PAYLOAD_BUDGET_BYTES) / Math.max(bytes, 1)));
    start += count;
  }
  return rows;
}
