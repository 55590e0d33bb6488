/** The shapes the adapters accept: the workbook description's, the same the app's `WorkbookPort` uses. */
import type { ProgressListener, TableData } from "../workbook/tableData";

export type TableToWrite = TableData;
export type WriteProgress = ProgressListener;

/** `Excel.run`'s shape: the task pane passes the real one, tests pass the in-memory host's. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
