/**
 * Reads a custom report template from the open workbook: the named sheet's cells from A1 to the
 * end of its used range (values, formulas, number formats and, through `getCellProperties`, their
 * formatting), column widths, frozen panes, gridlines, tab colour and print setup. One sync finds
 * the sheet and its used range; the cells then come in row chunks of at most CHUNK_CELLS, one
 * sync each, because per-cell formatting is a few hundred bytes a cell and Excel on the web
 * refuses a response over 5 MB. The settings ride along with the first chunk.
 */
import { cellAddress } from "../workbook/a1";
import type { ScalarValue } from "../workbook/description";
import type { TemplateCell, TemplateSheet, TemplateSheetSettings } from "../workbook/templateSheet";
import { fail, ok, type Result } from "../core/model/result";
import { hasPlaceholder, lossCollector, type LossCollector } from "../core/report/template";
import { cellPropertiesStyle, TEMPLATE_CELL_PROPERTIES } from "./readTemplateSheetStyle";

/** Cells per chunk: at ~400 bytes of values and formatting a cell, about 2 MB a response. */
export const CHUNK_CELLS = 5_000;
/** A designed sheet is small; past this its used range is likely stray formatting far below. */
export const MAX_TEMPLATE_CELLS = 50_000;

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel's standard column: 8.43 characters of Calibri 11, 64 px, 48 points (see ./columnWidth.ts). */
const STANDARD_WIDTH_POINTS = 48;

/**
 * Points (what Office.js reports) → characters of the default font (what the description takes):
 * the inverse of columnWidthPoints, to two decimals.
 * @example characterWidthFromPoints(48) // 8.43
 */
export function characterWidthFromPoints(points: number): number {
  const px = points / 0.75;
  return Math.round(((px - 5) / 7) * 100) / 100;
}

interface Chunk {
  row: number;
  grid: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

interface SettingsProxies {
  widths: Excel.RangeFormat[];
  freeze: Excel.Range;
  page: Excel.PageLayout;
  titleRows: Excel.Range;
}

function queueChunk(sheet: Excel.Worksheet, row: number, rows: number, columns: number): Chunk {
  const grid = sheet.getRangeByIndexes(row, 0, rows, columns).load("values,formulas,numberFormat");
  return { row, grid, properties: grid.getCellProperties(TEMPLATE_CELL_PROPERTIES) };
}

function queueSettings(sheet: Excel.Worksheet, columns: number): SettingsProxies {
  return {
    widths: Array.from({ length: columns }, (_, c) => sheet.getRangeByIndexes(0, c, 1, 1).format.load("columnWidth")),
    freeze: sheet.freezePanes.getLocationOrNullObject().load("rowCount,columnCount"),
    page: sheet.pageLayout.load("orientation,zoom"),
    titleRows: sheet.pageLayout.getPrintTitleRowsOrNullObject().load("rowIndex,rowCount"),
  };
}

/** A formula cell's `formulas` entry is its "=…" text, which differs from its value; a constant's is the value itself. */
function contentOf(value: unknown, formula: unknown): { value: ScalarValue } | { formula: string } | null {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula };
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? { value } : null;
}

function chunkCells(chunk: Chunk, lost: LossCollector): (TemplateCell | null)[][] {
  const values = chunk.grid.values;
  const formulas = chunk.grid.formulas;
  const formats = chunk.grid.numberFormat;
  const properties = chunk.properties.value;
  return values.map((row, r) => {
    const cells = row.map((value, c): TemplateCell | null => {
      const address = cellAddress(chunk.row + r, c);
      const content = contentOf(value, formulas[r][c]);
      const format = formats[r][c];
      const numberFormat = typeof format === "string" && format !== "General" ? format : undefined;
      const style = cellPropertiesStyle(properties[r]?.[c], lost, address);
      if (!content && numberFormat === undefined && style === undefined) return null;
      return { ...(content ?? {}), ...(numberFormat !== undefined ? { numberFormat } : {}), ...(style !== undefined ? { style } : {}) };
    });
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
}

function settingsOf(sheet: Excel.Worksheet, proxies: SettingsProxies): TemplateSheetSettings {
  const settings: TemplateSheetSettings = {};
  const widths = proxies.widths.map((format, column) => ({ column, points: format.columnWidth })).filter(({ points }) => points !== STANDARD_WIDTH_POINTS);
  if (widths.length > 0) settings.columnWidths = widths.map(({ column, points }) => ({ column, width: characterWidthFromPoints(points) }));
  if (!proxies.freeze.isNullObject) {
    // The frozen pane spans whole columns when only rows are frozen, and whole rows when only columns are.
    const rows = proxies.freeze.rowCount >= MAX_ROWS ? 0 : proxies.freeze.rowCount;
    const columns = proxies.freeze.columnCount >= MAX_COLUMNS ? 0 : proxies.freeze.columnCount;
    if (rows > 0 || columns > 0) settings.freeze = { rows, columns };
  }
  if (!sheet.showGridlines) settings.showGridlines = false;
  if (/^#[0-9A-Fa-f]{6}$/.test(sheet.tabColor)) settings.tabColor = sheet.tabColor.toUpperCase();
  const landscape = proxies.page.orientation === "Landscape";
  const fitToWidth = proxies.page.zoom.horizontalFitToPages === 1;
  const titleRows = proxies.titleRows.isNullObject ? undefined : `${proxies.titleRows.rowIndex + 1}:${proxies.titleRows.rowIndex + proxies.titleRows.rowCount}`;
  if (landscape || fitToWidth || titleRows) settings.print = { orientation: landscape ? "Landscape" : "Portrait", fitToWidth, ...(titleRows ? { titleRows } : {}) };
  return settings;
}

const hasAnyPlaceholder = (cells: readonly (readonly (TemplateCell | null)[])[]) =>
  cells.some((row) => row.some((cell) => typeof cell?.value === "string" && cell.formula === undefined && hasPlaceholder(cell.value)));

/**
 * The template on the sheet named `sheetName`, or an issue: no such sheet, a sheet without any
 * placeholder, or a used range too large to be a designed sheet. Conditional formats, merged
 * cells and other sheet features are not read here (see docs/report-templates.md).
 *
 * @example
 * const read = await readTemplateSheet(context, "My QBR");
 * if (read.ok) fillTemplate(read.value, catalogue, "QBR FY2027-Q3");
 */
export async function readTemplateSheet(context: Excel.RequestContext, sheetName: string): Promise<Result<TemplateSheet>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name,tabColor,showGridlines");
  const used = sheet.getUsedRangeOrNullObject(false).load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (sheet.isNullObject) return fail("template_sheet_missing", [sheetName], `The workbook has no sheet named "${sheetName}" to use as a template.`);
  const noPlaceholder = fail<TemplateSheet>("template_no_placeholders", [sheetName], `Sheet "${sheetName}" holds no placeholder such as {{period}} or {{kpi.bookings}}: there is nothing to fill.`);
  if (used.isNullObject) return noPlaceholder;

  // The grid starts at A1 so template addresses are the sheet's own.
  const rowCount = used.rowIndex + used.rowCount;
  const columnCount = used.columnIndex + used.columnCount;
  if (rowCount * columnCount > MAX_TEMPLATE_CELLS) {
    return fail("template_too_large", [sheetName], `Sheet "${sheetName}" uses A1:${cellAddress(rowCount - 1, columnCount - 1)}, more than ${MAX_TEMPLATE_CELLS.toLocaleString("en-US")} cells: clear the formatting of the rows and columns past the template and try again.`);
  }
  const rowsPerChunk = Math.max(1, Math.floor(CHUNK_CELLS / columnCount));
  const lost = lossCollector();
  const cells: (TemplateCell | null)[][] = [];
  let proxies: SettingsProxies | null = null;
  // One sync per chunk, the number of chunks bounded by MAX_TEMPLATE_CELLS / CHUNK_CELLS.
  for (let row = 0; row < rowCount; row += rowsPerChunk) {
    const chunk = queueChunk(sheet, row, Math.min(rowsPerChunk, rowCount - row), columnCount);
    proxies ??= queueSettings(sheet, columnCount);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per size-bounded chunk, at most MAX_TEMPLATE_CELLS / CHUNK_CELLS of them
    await context.sync();
    cells.push(...chunkCells(chunk, lost));
  }
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  if (!hasAnyPlaceholder(cells)) return noPlaceholder;
  const losses = lost.losses();
  return ok({ name: sheet.name, cells, ...settingsOf(sheet, proxies as SettingsProxies), ...(losses.length > 0 ? { lost: losses } : {}) });
}
