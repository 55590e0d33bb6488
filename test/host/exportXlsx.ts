/**
 * Writes the host's workbook to .xlsx with ExcelJS: every sheet with its values, formulas (cached
 * results where recorded), number formats, fonts and fills, the tables and the range names, so a
 * real spreadsheet engine (LibreOffice, test/oracles/libreoffice.ts) can open and recalculate it.
 */
import ExcelJS from "exceljs";
import { MAX_COLUMNS, formatRect } from "./a1";
import { CellModel, SheetModel, WorkbookModel, cellKey } from "./model";
import type { ExcelHost } from "./host";

type XlsxValue = ExcelJS.CellValue;

function xlsxValue(cell: CellModel): XlsxValue {
  if (cell.formula !== null) {
    const formula = cell.formula.slice(1);
    return cell.cachedResult === null ? { formula } : ({ formula, result: cell.cachedResult } as ExcelJS.CellFormulaValue);
  }
  return cell.value;
}

/** "#RRGGBB" → ExcelJS's "FFRRGGBB"; named colours other than hex are left out. */
const argb = (color: string | undefined): string | null => (color && /^#[0-9A-Fa-f]{6}$/.test(color) ? `FF${color.slice(1).toUpperCase()}` : null);

function writeCell(target: ExcelJS.Cell, cell: CellModel): void {
  target.value = xlsxValue(cell);
  if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
  const color = argb(cell.fontColor);
  if (cell.bold || cell.italic || color) target.font = { bold: cell.bold, italic: cell.italic, ...(color ? { color: { argb: color } } : {}) };
  const fill = argb(cell.fill);
  if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
}

function addTables(model: WorkbookModel, sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  for (const table of model.tables.filter((t) => t.sheetId === sheet.id)) {
    const { row, column, rowCount, columnCount } = table.rect;
    const at = (r: number, c: number) => sheet.cells.get(cellKey(r, c));
    const columns = Array.from({ length: columnCount }, (_, c) => ({ name: String(at(row, column + c)?.value ?? `Column${c + 1}`), filterButton: true }));
    const rows = Array.from({ length: rowCount - 1 }, (_, r) => Array.from({ length: columnCount }, (_, c) => {
      const cell = at(row + 1 + r, column + c);
      return cell ? xlsxValue(cell) : null;
    }));
    worksheet.addTable({ name: table.name, displayName: table.name, ref: formatRect({ row, column, rowCount: 1, columnCount: 1 }), headerRow: true, columns, rows, style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true } });
  }
}

export async function exportToXlsx(source: ExcelHost | WorkbookModel): Promise<Buffer> {
  const model = "model" in source ? source.model : source;
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const state = sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
    const worksheet = workbook.addWorksheet(sheet.name, { state });
    // Tables first: ExcelJS writes a table's rows into its cells, then the cells get their formats.
    addTables(model, sheet, worksheet);
    for (const [key, cell] of sheet.cells) writeCell(worksheet.getCell(Math.floor(key / MAX_COLUMNS) + 1, (key % MAX_COLUMNS) + 1), cell);
    for (const [column, width] of sheet.columnWidths) worksheet.getColumn(column + 1).width = width / 7;
  }
  for (const name of model.names) {
    // Only range references map onto ExcelJS's defined names; constant or formula names are left out.
    if (/^=('[^']+'|[^!=]+)!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.test(name.formula)) workbook.definedNames.add(name.formula.slice(1), name.name);
  }
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(active, 0), visibility: "visible" }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
