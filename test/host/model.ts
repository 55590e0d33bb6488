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
}

export interface ChartRecord {
  id: string;
  name: string;
  type: string;
  sourceAddress: string;
  seriesBy: string;
  series: { name: string; valuesAddress: string }[];
  title: string | null;
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
  columnWidths: Map<number, number>;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row included. */
  rect: Rect;
  style: string;
  showTotals: boolean;
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
  return { id: newId(model, "{sheet-"), name, visibility: "Visible", cells: new Map(), charts: [], customProperties: new Map(), autofitColumns: [], columnWidths: new Map() };
}

export function createWorkbookModel(): WorkbookModel {
  const model: WorkbookModel = { sheets: [], tables: [], names: [], activeSheetId: null, nextId: 0 };
  const first = newSheet(model, "Sheet1");
  model.sheets.push(first);
  model.activeSheetId = first.id;
  return model;
}

/** Whether a cell holds anything `getUsedRange(true)` counts (a value or formula). */
export const hasContent = (cell: CellModel): boolean => cell.value !== null || cell.formula !== null;

/** Whether a cell differs from a fresh one in any way `getUsedRange()` counts (content or format). */
export const isUsed = (cell: CellModel): boolean =>
  hasContent(cell) || cell.numberFormat !== "General" || cell.bold !== undefined || cell.italic !== undefined || cell.fontColor !== undefined || cell.fill !== undefined;

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
