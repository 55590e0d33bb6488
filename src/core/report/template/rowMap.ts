/**
 * Where each template row lands in the filled sheet. Marker rows are removed; a block's rows are
 * written `copies` times in a row (once per item); every row below moves down by what the blocks
 * above it added. References follow the rows as Excel's own row insertion and deletion would move
 * them, plus one rule of templates: a range ending on a block's last row (or on its {{/each}} row)
 * grows to the block's last expanded row, so a total under the block covers every item.
 */
import type { RowBlock } from "./blockLayout";

export interface ExpandedBlock extends RowBlock {
  /** Rows between the markers. */
  height: number;
  /** How many times they are written (at least 1: an empty list leaves one blank copy). */
  copies: number;
  /** Output row of the first copy's first row. */
  outStart: number;
}

export interface RowMap {
  /** Output rows the template's rows take. */
  rowCount: number;
  blocks: readonly ExpandedBlock[];
  /** The output row of a kept row (a block row's first copy), or null for a removed marker row. */
  first(row: number): number | null;
  /** Where a range whose top is at `row` starts: a removed marker row gives the row after it. */
  start(row: number): number;
  /** Where a range whose bottom is at `row` ends: a block's last row or {{/each}} row gives its last expanded row. */
  end(row: number): number;
  /** The block whose repeated rows hold `row`, if any. */
  blockOf(row: number): ExpandedBlock | null;
}

/**
 * The row map of a sheet of `rowCount` template rows with these blocks (top to bottom) and copy counts.
 *
 * @example
 * const map = rowMap(8, [{ list: "reps", open: 3, close: 5, address: "A4" }], [3]);
 * [map.first(4), map.end(4), map.first(6)] // [3, 5, 6]
 */
export function rowMap(rowCount: number, blocks: readonly RowBlock[], copies: readonly number[]): RowMap {
  const firstOut: (number | null)[] = new Array<number | null>(rowCount).fill(null);
  const nextOut: number[] = new Array<number>(rowCount).fill(0);
  const owner: (ExpandedBlock | null)[] = new Array<ExpandedBlock | null>(rowCount).fill(null);
  const expanded: ExpandedBlock[] = [];
  let out = 0;
  let t = 0;
  blocks.forEach((block, index) => {
    for (; t < block.open; t++) firstOut[t] = out++;
    const height = block.close - block.open - 1;
    const current: ExpandedBlock = { ...block, height, copies: Math.max(1, copies[index] ?? 1), outStart: out };
    expanded.push(current);
    nextOut[block.open] = out;
    for (t = block.open + 1; t < block.close; t++) {
      firstOut[t] = out + (t - block.open - 1);
      owner[t] = current;
    }
    out += height * current.copies;
    nextOut[block.close] = out;
    t = block.close + 1;
  });
  for (; t < rowCount; t++) firstOut[t] = out++;
  // Rows past the template's last row (a formula may point below it) move with everything below.
  const below = out - rowCount;
  const inside = (row: number) => row < rowCount;

  const first = (row: number) => (inside(row) ? firstOut[row] : row + below);
  const blockOf = (row: number) => (inside(row) ? owner[row] : null);
  const lastOf = (block: ExpandedBlock) => block.outStart + block.height * block.copies - 1;
  return {
    rowCount: out,
    blocks: expanded,
    first,
    blockOf,
    start: (row) => first(row) ?? nextOut[row],
    end: (row) => {
      const block = blockOf(row);
      if (block && row === block.close - 1) return lastOf(block);
      return first(row) ?? nextOut[row] - 1;
    },
  };
}
