/**
 * A workbook described as plain data: what report builders (src/core/report) produce and what the
 * writers render — through Office.js (src/excel/writeWorkbook) into the open workbook, and with
 * ExcelJS (src/xlsx) into an .xlsx file. Both writers render the same description to the same
 * cells, so the description is the single place a report's layout lives.
 *
 * Addresses are A1 text local to the sheet ("B4", "B4:F20"); the helpers in ./a1.ts build them.
 * Formulas use Excel's English function names, A1 references and structured references
 * (`Opportunities[amount]`), limited to functions present in Excel 2016 so perpetual Office and
 * LibreOffice compute the same numbers.
 */

/** A constant cell value. Text is always written as text, never parsed as a formula or a number. */
export type ScalarValue = string | number | boolean | null;

export type HorizontalAlignment = "Left" | "Center" | "Right";
export type BorderWeight = "Thin" | "Medium";

/** Cell formatting a report needs; colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  wrapText?: boolean;
  borderTop?: BorderWeight;
  borderBottom?: BorderWeight;
  indentLevel?: number;
}

/** One cell: a constant or a formula (with the result the engine expects it to compute). */
export interface CellDescription {
  value?: ScalarValue;
  /** Starts with "=". */
  formula?: string;
  /**
   * What the formula evaluates to over the data the report was built from: the cached result in
   * the .xlsx (so a reader that does not recalculate still sees numbers) and what tests compare
   * against an independent spreadsheet engine.
   */
  result?: ScalarValue;
  numberFormat?: string;
  style?: CellStyle;
}

/** A grid entry: a bare scalar is a constant with no format or style of its own. */
export type CellEntry = ScalarValue | CellDescription;

/**
 * A rectangle of cells written together. `at` is its top-left cell; `rows` may be ragged (missing
 * entries are empty cells). `columnFormats` applies one number format per column under the first
 * `headerRows` rows, which keeps large data blocks free of per-cell objects.
 */
export interface BlockDescription {
  at: string;
  rows: readonly (readonly CellEntry[])[];
  columnFormats?: readonly (string | null)[];
  /** Rows at the top that `columnFormats` skips (a header). Default 0, or 1 when `table` is set. */
  headerRows?: number;
  /** Makes the block an Excel table: its first row is the header, the rest the data. */
  table?: { name: string; style?: string; showBandedRows?: boolean };
}

export type ConditionalOperator = "Between" | "GreaterThan" | "GreaterThanOrEqual" | "LessThan" | "LessThanOrEqual" | "EqualTo";

/** A cell-value rule: cells in `range` meeting the condition get the fill and font colour. */
export interface ConditionalFormatDescription {
  range: string;
  operator: ConditionalOperator;
  /** A number or a formula ("=0.7"); `formula2` only for "Between". */
  formula1: string;
  formula2?: string;
  fill?: string;
  fontColor?: string;
}

export type ChartKind = "ColumnClustered" | "ColumnStacked" | "Line" | "BarClustered";

export interface ChartDescription {
  /** Unique on the sheet; the Office.js writer names the chart so a regenerated report replaces it. */
  name: string;
  kind: ChartKind;
  title: string;
  /**
   * The source on the same sheet, first row the series names and first column the categories,
   * one series per column after the first.
   */
  source: string;
  /** Where the chart sits: its top-left and bottom-right cells. */
  from: string;
  to: string;
  /** Series (by index in the source, 0-based) drawn without fill: the invisible base of a waterfall built as a stacked column. */
  hiddenSeries?: readonly number[];
  /** Number format of the value axis. */
  valueFormat?: string;
}

export interface PrintSetup {
  orientation: "Landscape" | "Portrait";
  /** Scale to one page wide (as many pages tall as needed). */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. "1:4". */
  titleRows?: string;
}

export interface SheetDescription {
  /** Excel's rules apply: 1–31 characters, none of []:*?/\ . */
  name: string;
  blocks: readonly BlockDescription[];
  /** Widths in characters of the default font (Excel's own unit in the column-width box), by 0-based column. */
  columnWidths?: readonly { column: number; width: number }[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; columns: number };
  conditionalFormats?: readonly ConditionalFormatDescription[];
  charts?: readonly ChartDescription[];
  print?: PrintSetup;
  tabColor?: string;
  showGridlines?: boolean;
  /** The sheet exists for formulas to read (e.g. a data copy) and is hidden from the tab bar. */
  hidden?: boolean;
}

/** A workbook-scope defined name, e.g. `Report_Period` → `='Summary'!$B$2`. */
export interface NamedRangeDescription {
  name: string;
  /** A formula starting with "=", usually a sheet-qualified absolute reference. */
  reference: string;
  comment?: string;
}

export interface WorkbookDescription {
  sheets: readonly SheetDescription[];
  names?: readonly NamedRangeDescription[];
  /** The sheet shown when the workbook opens (or after generation in Excel). */
  activeSheet?: string;
}

export function isCellDescription(entry: CellEntry | undefined): entry is CellDescription {
  return typeof entry === "object" && entry !== null;
}
