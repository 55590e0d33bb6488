/*
 * The Data view's operations over any workbook port that can also list its tables: the Office.js
 * adapter in excelOperations.ts, the memory port in the browser harness. Only the port and the
 * settings differ between them; the use cases are the app's (importData*.ts, refreshData.ts).
 */
import { commitImport, ImportCommitted } from "../app/importDataCommit";
import type { MappingDraft } from "../app/importDataMapping";
import { ImportPreview, previewImport } from "../app/importDataPreview";
import { ImportSource, ImportSourceRequest, readImportSource } from "../app/importDataSource";
import type { ImportControl } from "../app/importDataTypes";
import type { LoadWorkbookDataOptions } from "../app/loadWorkbookData";
import type { TableListingPort, WorkbookPort, WorkbookTableInfo } from "../app/ports";
import { RefreshedData, refreshWorkbookData } from "../app/refreshData";
import type { Result } from "../core/model/result";
import type { Settings } from "../core/model/settings";

/** Import from a CSV file or a workbook table, and Refresh. Optional in TaskPaneOperations like the other views'. */
export interface DataOperations {
  /** The workbook's tables, for the "table in this workbook" source. */
  listTables(): Promise<WorkbookTableInfo[]>;
  /** Reads the source's rows and finds its header; nothing is written. */
  readSource(request: ImportSourceRequest, control?: ImportControl): Promise<Result<ImportSource>>;
  /** The dry run with a mapping: counts, the first mapped rows, every rejected row; nothing is written. */
  preview(source: ImportSource, draft: MappingDraft, control?: ImportControl): Promise<Result<ImportPreview>>;
  /** Writes what the preview computed as the canonical tables and shares the data with the session; throws ImportWriteError after a rollback. */
  commit(preview: ImportPreview, control?: ImportControl): Promise<Result<ImportCommitted>>;
  /** Reads the canonical tables again into the session. */
  refresh(options?: LoadWorkbookDataOptions): Promise<RefreshedData>;
  /** The settings in force (corporate currency and stage map), which the import applies. */
  settings(): Settings;
}

export function dataOperations(port: WorkbookPort & TableListingPort, settings: () => Settings): DataOperations {
  return {
    listTables: () => port.listTables(),
    readSource: (request, control) => readImportSource(port, request, control),
    preview: (source, draft, control) => previewImport(source, draft, settings(), control),
    commit: (preview, control) => commitImport(port, preview, settings(), control),
    refresh: (options) => refreshWorkbookData(port, settings(), options),
    settings,
  };
}
