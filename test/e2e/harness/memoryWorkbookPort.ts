import type { CellValue } from "../../../src/core/model/canonicalFiles";
import type { ProgressListener, TableData, TableListingPort, WorkbookPort, WorkbookTableInfo } from "../../../src/app/ports";

export interface MemoryPortOptions {
  /** Rows per simulated request: progress is reported after each one. */
  rowsPerRequest?: number;
  /** Waited on before each simulated write request (a delay, or a gate a test opens). */
  beforeRequest?: () => Promise<void>;
  /** Waited on before each table read (a gate a test opens). */
  beforeRead?: () => Promise<void>;
  /** Tables whose write fails with an Office-like error carrying this code. */
  failOn?: { tableName: string; code: string; message: string };
}

/** A WorkbookPort that keeps tables in memory and reports progress the way a chunked writer does. */
export class MemoryWorkbookPort implements WorkbookPort, TableListingPort {
  readonly tables = new Map<string, TableData>();
  readonly calls: string[][] = [];

  constructor(private readonly options: MemoryPortOptions = {}) {}

  async writeTables(tables: readonly TableData[], onProgress?: ProgressListener): Promise<void> {
    this.calls.push(tables.map((t) => t.tableName));
    const rowsPerRequest = this.options.rowsPerRequest ?? 1000;
    for (const table of tables) {
      const fail = this.options.failOn;
      if (fail && fail.tableName === table.tableName) throw Object.assign(new Error(fail.message), { code: fail.code });
      const total = table.rows.length - 1;
      for (let done = 0; done < total; ) {
        await this.options.beforeRequest?.();
        done = Math.min(total, done + rowsPerRequest);
        onProgress?.(done, total, table.tableName);
      }
      this.tables.set(table.tableName.toLowerCase(), table);
    }
  }

  async readTable(tableName: string): Promise<CellValue[][] | null> {
    // A read is one request too: a test can hold the pane mid-read.
    await this.options.beforeRead?.();
    return this.tables.get(tableName.toLowerCase())?.rows ?? null;
  }

  async listTables(): Promise<WorkbookTableInfo[]> {
    return [...this.tables.values()].map((t) => ({ name: t.tableName, sheet: t.sheetName, rows: t.rows.length - 1 }));
  }
}
