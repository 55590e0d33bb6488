/**
 * The shapes the adapters accept. They mirror `TableData` and `ProgressListener` in
 * src/app/ports.ts structurally (this layer may not import app/, see ARCHITECTURE.md), so the
 * adapters satisfy the app's `WorkbookPort` where the entry points wire them in; the excel tests
 * check that assignment at compile time.
 */
import type { CellValue } from "../core/model/canonicalFiles";

export interface TableToWrite {
  sheetName: string;
  tableName: string;
  /** Header row first. */
  rows: CellValue[][];
  /** One Excel number format per column; null leaves General. */
  numberFormats?: (string | null)[];
}

export type WriteProgress = (done: number, total: number, label: string) => void;

/** `Excel.run`'s shape: the task pane passes the real one, tests pass the in-memory host's. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
