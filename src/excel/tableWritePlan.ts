/** The pure half of writing a table: check its shape, convert its cells, and split it into requests. */
import type { TableToWrite } from "./types";
import { isTypedFormat, toExcelInput } from "./cellInput";
import { RowChunk, planRowChunks } from "./payloadBudget";

export type ExcelInput = string | number | boolean;

export interface TableWritePlan {
  sheetName: string;
  tableName: string;
  /** Header row first, converted so Excel stores each value as given (see cellInput.ts). */
  rows: ExcelInput[][];
  columnCount: number;
  numberFormats: (string | null)[];
  chunks: RowChunk[];
}

/** A table whose rows don't fit its header (a programming error in the caller). */
export class TableShapeError extends Error {
  override readonly name = "TableShapeError";
}

/**
 * @example planTableWrite({ sheetName: "Reps", tableName: "Reps", rows: [["id"], ["R1"]] }).chunks.length // 1
 */
export function planTableWrite(table: TableToWrite, budget?: number): TableWritePlan {
  const header = table.rows[0];
  if (!header || header.length === 0) throw new TableShapeError(`Table "${table.tableName}" needs a header row with at least one column.`);
  const columnCount = header.length;
  const numberFormats = table.numberFormats ?? new Array<string | null>(columnCount).fill(null);
  if (numberFormats.length !== columnCount) throw new TableShapeError(`Table "${table.tableName}" has ${columnCount} columns but ${numberFormats.length} number formats.`);
  const typed = numberFormats.map(isTypedFormat);
  const rows = table.rows.map((row, index) => {
    if (row.length !== columnCount) throw new TableShapeError(`Row ${index + 1} of table "${table.tableName}" has ${row.length} cells; the header has ${columnCount}.`);
    // Header cells are always text in a table, so they never take the typed-column exception.
    return row.map((value, column) => toExcelInput(value, index > 0 && typed[column]));
  });
  return { sheetName: table.sheetName, tableName: table.tableName, rows, columnCount, numberFormats, chunks: planRowChunks(rows, budget) };
}
