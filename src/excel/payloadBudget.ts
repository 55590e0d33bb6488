/**
 * How big a request may get. Excel on the web refuses a request or response over 5 MB; the
 * adapters aim for 4 MB per sync, leaving room for the calls and object paths that go with the values.
 */
import type { CellValue } from "../core/model/canonicalFiles";

export const SYNC_PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
/** Kept free in every chunk for the calls, object paths and formats that travel with the values. */
export const REQUEST_OVERHEAD_RESERVE_BYTES = 32 * 1024;

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The bytes a row adds to a request's values array: its JSON plus the separating comma. */
export function rowPayloadBytes(row: readonly CellValue[]): number {
  return utf8Length(JSON.stringify(row)) + 1;
}

export interface RowChunk {
  /** Index of the first row of the chunk in the rows written. */
  start: number;
  count: number;
  /** Estimated bytes of the chunk's values array. */
  bytes: number;
}

/** A single row larger than a request can carry (Excel limits a cell to 32,767 characters, so this is malformed data). */
export class RowTooLargeError extends Error {
  override readonly name = "RowTooLargeError";
}

/**
 * Splits rows into consecutive chunks whose values stay within `budget` bytes, greedily, so the
 * number of syncs is the smallest a row-wise split allows.
 * @example planRowChunks([["a"], ["b"]], 1024) // [{ start: 0, count: 2, bytes: 14 }]
 */
export function planRowChunks(rows: readonly (readonly CellValue[])[], budget = SYNC_PAYLOAD_BUDGET_BYTES - REQUEST_OVERHEAD_RESERVE_BYTES): RowChunk[] {
  const chunks: RowChunk[] = [];
  let current: RowChunk | null = null;
  rows.forEach((row, index) => {
    const bytes = rowPayloadBytes(row);
    if (bytes + 2 > budget) throw new RowTooLargeError(`Row ${index + 1} needs ${bytes} bytes, more than one request may carry (${budget}).`);
    if (current === null || current.bytes + bytes > budget) {
      current = { start: index, count: 0, bytes: 2 };
      chunks.push(current);
    }
    current.count += 1;
    current.bytes += bytes;
  });
  return chunks;
}
