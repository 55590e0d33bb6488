/**
 * The pure half of writing one block of a description: what `range.values` or `range.formulas`
 * receives (text kept as text, the way cellInput.ts does it), the number formats (as rectangles, or
 * as one grid when the cells' formats vary too much for rectangles to pay), and the styles grouped
 * into rectangles.
 */
import { parseCellAddress, cellAddress } from "../workbook/a1";
import { BlockDescription, CellStyle, ScalarValue, isCellDescription } from "../workbook/description";
import { InvalidCellValueError, toExcelInput } from "./cellInput";
import { groupRects, KeyedRect } from "./cellRects";
import { rowPayloadBytes } from "./payloadBudget";
import { formatRectBytes } from "./requestCosts";
import { WorkbookDescriptionError } from "./workbookErrors";

export type ExcelInput = string | number | boolean;

export interface StyleRect {
  rect: KeyedRect;
  style: CellStyle;
}

export interface BlockPlan {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  /** Row by row, padded to the block's width ("" is an empty cell). */
  inputs: ExcelInput[][];
  /** Whether any cell holds a formula (then the block is written through `range.formulas`). */
  useFormulas: boolean;
  /** Bytes each row adds to a request: its inputs, plus its formats when they travel as a grid. */
  rowBytes: number[];
  /** The number formats row by row (null leaves a cell's format alone), when cheaper than rectangles; else null. */
  formatGrid: (string | null)[][] | null;
  /** Number formats as rectangles (key = the format), when `formatGrid` is null. */
  formatRects: KeyedRect[];
  styleRects: StyleRect[];
  table: BlockDescription["table"];
}

const STYLE_FIELDS: readonly (keyof CellStyle)[] = ["bold", "italic", "fontSize", "fontColor", "fill", "horizontalAlignment", "wrapText", "borderTop", "borderBottom", "indentLevel"];

/** A style as a key that is equal for equal styles (fields in a fixed order), or null for no style. */
function styleKey(style: CellStyle | undefined): string | null {
  if (!style) return null;
  const fields = STYLE_FIELDS.filter((field) => style[field] !== undefined).map((field) => [field, style[field]]);
  return fields.length === 0 ? null : JSON.stringify(fields);
}

const styleOf = (key: string): CellStyle => Object.fromEntries(JSON.parse(key) as [string, unknown][]) as CellStyle;

/** Borders belong to each row's cells, so rows with them never merge into one rectangle (an edge border would draw once). */
const stackable = (key: string): boolean => !key.includes('"borderTop"') && !key.includes('"borderBottom"');

const cellPath = (sheetName: string, row: number, column: number) => `${sheetName}!${cellAddress(row, column)}`;

/** A constant as `values` must receive it; typed columns never apply: the description's text is always text (description.ts). */
function input(value: ScalarValue, sheetName: string, row: number, column: number): ExcelInput {
  try {
    return toExcelInput(value, false);
  } catch (error) {
    if (error instanceof InvalidCellValueError) throw new WorkbookDescriptionError(cellPath(sheetName, row, column), error.message);
    throw error;
  }
}

/**
 * `rewrite` points a formula's references at the sheets and tables as they are named while writing.
 * @example planBlock("S", { at: "B2", rows: [["a", 1]] }, (f) => f).inputs // [["a", 1]]
 */
export function planBlock(sheetName: string, block: BlockDescription, rewrite: (formula: string) => string): BlockPlan | null {
  const rowCount = block.rows.length;
  const columnCount = block.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rowCount === 0 || columnCount === 0) {
    if (block.table) throw new WorkbookDescriptionError(`${sheetName}!${block.at}`, `table "${block.table.name}" needs at least a header row.`);
    return null;
  }
  const at = parseCellAddress(block.at);
  const headerRows = block.headerRows ?? (block.table ? 1 : 0);
  const inputs: ExcelInput[][] = [];
  const formats: (string | null)[][] = [];
  // Only blocks with a styled cell get a style grid: large data blocks have none.
  let styles: (string | null)[][] | null = null;
  let useFormulas = false;
  for (let r = 0; r < rowCount; r++) {
    const source = block.rows[r];
    const inputRow: ExcelInput[] = new Array(columnCount);
    const formatRow: (string | null)[] = new Array(columnCount);
    const columnFormats = r >= headerRows ? block.columnFormats : undefined;
    for (let c = 0; c < columnCount; c++) {
      const entry = source[c];
      if (isCellDescription(entry)) {
        if (entry.formula !== undefined) {
          if (!entry.formula.startsWith("=")) throw new WorkbookDescriptionError(cellPath(sheetName, at.row + r, at.column + c), `a formula starts with "=" (got ${JSON.stringify(entry.formula)}).`);
          inputRow[c] = rewrite(entry.formula);
          useFormulas = true;
        } else inputRow[c] = input(entry.value ?? null, sheetName, at.row + r, at.column + c);
        formatRow[c] = entry.numberFormat ?? columnFormats?.[c] ?? null;
        const key = styleKey(entry.style);
        if (key !== null) {
          styles ??= Array.from({ length: rowCount }, () => new Array<string | null>(columnCount).fill(null));
          styles[r][c] = key;
        }
      } else {
        inputRow[c] = input(entry ?? null, sheetName, at.row + r, at.column + c);
        formatRow[c] = columnFormats?.[c] ?? null;
      }
    }
    inputs.push(inputRow);
    formats.push(formatRow);
  }

  const rects = groupRects(rowCount, columnCount, (r, c) => formats[r][c], () => true);
  const rectBytes = rects.reduce((sum, rect) => sum + formatRectBytes(rect.key), 0);
  const gridBytes = formats.reduce((sum, row) => sum + rowPayloadBytes(row), 0);
  const useGrid = rectBytes > gridBytes;
  const styleGrid = styles as (string | null)[][] | null;
  const styleRects = styleGrid ? groupRects(rowCount, columnCount, (r, c) => styleGrid[r][c], stackable).map((rect) => ({ rect, style: styleOf(rect.key) })) : [];
  return {
    row: at.row,
    column: at.column,
    rowCount,
    columnCount,
    inputs,
    useFormulas,
    rowBytes: inputs.map((row, r) => rowPayloadBytes(row) + (useGrid ? rowPayloadBytes(formats[r]) : 0)),
    formatGrid: useGrid ? formats : null,
    formatRects: useGrid ? [] : rects,
    styleRects,
    table: block.table,
  };
}
