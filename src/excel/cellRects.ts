/**
 * Groups cells that share a format into as few rectangles as the layout allows, so formatting a
 * block takes a handful of range operations rather than one per cell: runs of equal keys along each
 * row, then runs of identical row-runs down the rows.
 */

export interface KeyedRect {
  /** 0-based, relative to the grid. */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  key: string;
}

/**
 * `keyAt` gives a cell's format key, or null for a cell left alone; `stackable(key)` says whether
 * equal runs in consecutive rows may merge (a top border, for one, belongs to each row's cells).
 * @example groupRects(2, 2, () => "bold", () => true) // [{ row: 0, column: 0, rowCount: 2, columnCount: 2, key: "bold" }]
 */
export function groupRects(rowCount: number, columnCount: number, keyAt: (row: number, column: number) => string | null, stackable: (key: string) => boolean): KeyedRect[] {
  const done: KeyedRect[] = [];
  /** Rectangles that may still grow downwards, by "first column:last column:key". */
  let open = new Map<string, KeyedRect>();
  for (let row = 0; row < rowCount; row++) {
    const next = new Map<string, KeyedRect>();
    let column = 0;
    while (column < columnCount) {
      const key = keyAt(row, column);
      let end = column + 1;
      while (end < columnCount && keyAt(row, end) === key) end += 1;
      if (key !== null) {
        const slot = `${column}:${end}:${key}`;
        const above = open.get(slot);
        if (above && stackable(key)) {
          above.rowCount += 1;
          open.delete(slot);
          next.set(slot, above);
        } else {
          const rect = { row, column, rowCount: 1, columnCount: end - column, key };
          done.push(rect);
          next.set(slot, rect);
        }
      }
      column = end;
    }
    open = next;
  }
  return done;
}
