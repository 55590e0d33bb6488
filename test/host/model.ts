/** The host's workbook state: plain data that batches mutate when `context.sync()` applies them. */
import { MAX_COLUMNS, Rect } from "./a1";

export type ScalarValue = string | number | boolean;

export interface CellModel {
  /** The constant in the cell, or null when it is empty or holds a formula. */
  value: ScalarValue | null;
  /** Formula text with its leading "=", or null. */
  formula: string | null;
  /** What `values` returns for a formula cell (the host does not evaluate formulas; tests record results). */
  cachedResult: ScalarValue | null;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  /** Points. */
  fontSize?: number;
  horizontalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  /** Borders set on the cell's edges (the host keeps each cell's own, as the file format does). */
  borders?: Partial<Record<BorderEdge, BorderModel>>;
}

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderModel {
  style: string;
  weight: string;
  color: string;
}

export interface ChartRecord {
  id: string;
  name: string;
  type: string;
  sourceAddress: string;
  seriesBy: string;
  series: ChartSeriesRecord[];
  title: string | null;
  /** Where `setPosition` put the chart: its top-left and bottom-right cells, or null (Excel's default place). */
  position: { from: string; to: string | null } | null;
  valueAxisNumberFormat: string;
}

export interface ChartSeriesRecord {
  name: string;
  valuesAddress: string;
  /** "Automatic" (the chart's palette), "None" after `format.fill.clear()`, or the colour set. */
  fill: string;
  /** "Automatic", or "None" after `format.line.clear()`. */
  line: string;
}

/** A cell-value conditional format (the only type the host implements). */
export interface ConditionalFormatModel {
  id: string;
  type: "CellValue";
  rect: Rect;
  rule: { formula1: string; formula2?: string; operator: string } | null;
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$1:$4", or null when no rows repeat. */
  printTitleRows: string | null;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, CellModel>;
  charts: ChartRecord[];
  customProperties: Map<string, string>;
  /** Column ranges autofit was requested for (record only: the host has no fonts to measure). */
  autofitColumns: string[];
  /** Points, by 0-based column (Office.js `format.columnWidth`). */
  columnWidths: Map<number, number>;
  /** "" when the tab has no colour. */
  tabColor: string;
  showGridlines: boolean;
  /** Rows and columns frozen at the top-left, or null. */
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutModel;
  conditionalFormats: ConditionalFormatModel[];
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row included. */
  rect: Rect;
  style: string;
  showTotals: boolean;
  showBandedRows: boolean;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  /**
   * Workbook.settings: the add-in's key/value pairs saved in the file. Values are stored as office.js
   * sends them (JSON data, dates as "Date(ms)" strings), see settings.ts.
   */
  settings: Map<string, unknown>;
  activeSheetId: string | null;
  nextId: number;
}

export const cellKey = (row: number, column: number): number => row * MAX_COLUMNS + column;

export function emptyCell(): CellModel {
  return { value: null, formula: null, cachedResult: null, numberFormat: "General" };
}

export function newId(model: WorkbookModel, prefix: string): string {
  model.nextId += 1;
  return `${prefix}${model.nextId}`;
}

export function newSheet(model: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(model, "{sheet-"),
    name,
    visibility: "Visible",
    cells: new Map(),
    charts: [],
    customProperties: new Map(),
    autofitColumns: [],
    columnWidths: new Map(),
    tabColor: "",
    showGridlines: true,
    freeze: null,
    pageLayout: { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null },
    conditionalFormats: [],
  };
}

export function createWorkbookModel(): WorkbookModel {
  const model: WorkbookModel = { sheets: [], tables: [], names: [], settings: new Map(), activeSheetId: null, nextId: 0 };
  const first = newSheet(model, "Sheet1");
  model.sheets.push(first);
  model.activeSheetId = first.id;
  return model;
}

/** Whether a cell holds anything `getUsedRange(true)` counts (a value or formula). */
export const hasContent = (cell: CellModel): boolean => cell.value !== null || cell.formula !== null;

/** Whether a cell differs from a fresh one in any way `getUsedRange()` counts (content or format). */
export const isUsed = (cell: CellModel): boolean => hasContent(cell) || cell.numberFormat !== "General" || FORMAT_FIELDS.some((field) => cell[field] !== undefined);

/** The per-cell format fields besides the number format; `clear("Formats")` resets them all. */
export const FORMAT_FIELDS = ["bold", "italic", "fontColor", "fill", "fontSize", "horizontalAlignment", "wrapText", "indentLevel", "borders"] as const;

/** The bounding rectangle of the used cells, or null for an empty sheet. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of sheet.cells) {
    if (!(valuesOnly ? hasContent(cell) : isUsed(cell))) continue;
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    r0 = Math.min(r0, row);
    r1 = Math.max(r1, row);
    c0 = Math.min(c0, column);
    c1 = Math.max(c1, column);
  }
  return r1 < 0 ? null : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/** The cell at (row, column): created when `create` (writes); undefined when absent otherwise (reads). */
export function cellAt(sheet: SheetModel, row: number, column: number, create: true): CellModel;
export function cellAt(sheet: SheetModel, row: number, column: number, create: false): CellModel | undefined;
export function cellAt(sheet: SheetModel, row: number, column: number, create: boolean): CellModel | undefined {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell && create) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}
