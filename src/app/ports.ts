import type { Result } from "../core/model/result";
import type { WorkbookDescription } from "../workbook/description";
import type { TemplateSheet } from "../workbook/templateSheet";
import type { CellValue, ProgressListener, TableData } from "../workbook/tableData";

export type { ProgressListener, TableData, WorkbookDescription };

/** What the use cases need from a workbook; the Office.js adapter and the test host both provide it. */
export interface WorkbookPort {
  /** Writes each table, replacing a table of the same name; the user's other sheets are untouched. */
  writeTables(tables: readonly TableData[], onProgress?: ProgressListener): Promise<void>;
  /** The header row and data rows of a table, or null when the workbook has no such table. */
  readTable(tableName: string): Promise<CellValue[][] | null>;
}

/** A table of the workbook, as the import's source picker lists it. */
export interface WorkbookTableInfo {
  name: string;
  /** The sheet it is on. */
  sheet: string;
  /** Data rows, without the header (and without a totals row). */
  rows: number;
}

/**
 * Lists the workbook's tables. Kept apart from WorkbookPort so the many ports that only read and
 * write tables (test fakes among them) need not list them; the Office.js port and the pane
 * harness's memory port provide both.
 */
export interface TableListingPort {
  /** Every table of the workbook, in the order Excel lists them. */
  listTables(): Promise<WorkbookTableInfo[]>;
}

/** Where each described sheet ended up: its own name, or a free one when a sheet of the user's had it. */
export interface WrittenSheet {
  requested: string;
  written: string;
}

/**
 * Renders a workbook description (a report, statements) into a workbook: the Office.js writer into
 * the open workbook, the ExcelJS writer into an .xlsx file. A sheet SalesOps generated before is
 * replaced; a sheet of the user's with the same name is never touched (the new sheet gets a free
 * name). On any failure the workbook is left as it was.
 */
export interface WorkbookWriterPort {
  writeWorkbook(description: WorkbookDescription, onProgress?: ProgressListener): Promise<WrittenSheet[]>;
}

/** The settings a workbook holds: null when it holds none, or none usable (then the issues name the field and say why). */
export interface StoredSettings {
  settings: import("../core/model/settings").Settings | null;
  issues: import("../core/model/result").Issue[];
}

/**
 * Where the add-in's settings live in the workbook, so they travel with the file: Workbook.settings
 * through Office.js, a map in the pane harness. Reading validates and upgrades older versions.
 */
export interface SettingsPort {
  read(): Promise<StoredSettings>;
  write(settings: import("../core/model/settings").Settings): Promise<void>;
  /**
   * Recalculates every formula in the workbook. Custom functions read the settings from the shared
   * session, which Excel's dependency tree cannot see: only a full recalculation reruns them.
   */
  recalculate(): Promise<void>;
}

/** Where custom report templates come from in the open workbook: sheets a user designed with {{placeholders}}. */
export interface TemplatePort {
  /** The visible sheets a user could have designed as a template, in tab order. */
  sheetNames(): Promise<string[]>;
  /** One sheet read as a template; an issue when it is missing, empty of placeholders or too large. */
  readTemplate(sheetName: string): Promise<Result<TemplateSheet>>;
}
