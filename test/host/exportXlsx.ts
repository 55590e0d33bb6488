/**
 * Writes the host's workbook to .xlsx with ExcelJS: every sheet with its values, formulas (cached
 * results where recorded), number formats, fonts, fills, alignment and borders, conditional formats,
 * column widths, frozen panes, gridlines, tab colour and print setup, the tables and the range names,
 * so a real spreadsheet engine (LibreOffice, test/oracles/libreoffice.ts) can open and recalculate it.
 * Charts are recorded by the host but not exported.
 */
import ExcelJS from "exceljs";
import { MAX_COLUMNS, formatRect } from "./a1";
import { BorderModel, CellModel, SheetModel, WorkbookModel, cellKey } from "./model";
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

const BORDER_STYLES: Record<string, ExcelJS.BorderStyle> = { Hairline: "hair", Thin: "thin", Medium: "medium", Thick: "thick" };

function border(model: BorderModel | undefined): Partial<ExcelJS.Border> | undefined {
  if (!model) return undefined;
  const color = argb(model.color);
  const style: ExcelJS.BorderStyle = model.style === "Continuous" ? (BORDER_STYLES[model.weight] ?? "thin") : model.style === "Double" ? "double" : model.style === "Dot" ? "dotted" : "dashed";
  return { style, ...(color ? { color: { argb: color } } : {}) };
}

const HORIZONTAL: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

function writeCell(target: ExcelJS.Cell, cell: CellModel): void {
  target.value = xlsxValue(cell);
  if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
  const color = argb(cell.fontColor);
  if (cell.bold || cell.italic || color || cell.fontSize !== undefined) {
    target.font = { bold: cell.bold, italic: cell.italic, ...(cell.fontSize !== undefined ? { size: cell.fontSize } : {}), ...(color ? { color: { argb: color } } : {}) };
  }
  const fill = argb(cell.fill);
  if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (cell.horizontalAlignment !== undefined || cell.wrapText !== undefined || cell.indentLevel !== undefined) {
    const horizontal = HORIZONTAL[cell.horizontalAlignment ?? "General"];
    target.alignment = { ...(horizontal ? { horizontal } : {}), ...(cell.wrapText !== undefined ? { wrapText: cell.wrapText } : {}), ...(cell.indentLevel ? { indent: cell.indentLevel } : {}) };
  }
  if (cell.borders) {
    const { EdgeTop, EdgeBottom, EdgeLeft, EdgeRight } = cell.borders;
    target.border = { top: border(EdgeTop), bottom: border(EdgeBottom), left: border(EdgeLeft), right: border(EdgeRight) };
  }
}

/** Office.js widths are points; the file's width counts characters of a 7-pixel digit (points ÷ 0.75 = pixels). */
const fileColumnWidth = (points: number): number => Math.round((points / 0.75 / 7) * 256) / 256;

const CF_OPERATORS: Record<string, string> = {
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThan: "lessThan",
  LessThanOrEqual: "lessThanOrEqual",
  Between: "between",
  NotBetween: "notBetween",
};

function addConditionalFormats(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  sheet.conditionalFormats.forEach((format, index) => {
    if (!format.rule) return;
    const fill = argb(format.fillColor ?? undefined);
    const font = argb(format.fontColor ?? undefined);
    const formulae = [format.rule.formula1, format.rule.formula2].filter((f): f is string => f !== undefined).map((f) => (f.startsWith("=") ? f.slice(1) : f));
    const rule = {
      type: "cellIs",
      // ExcelJS writes any OOXML operator; its type lists only four of them.
      operator: CF_OPERATORS[format.rule.operator] as ExcelJS.CellIsOperators,
      formulae,
      priority: index + 1,
      style: { ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } } } : {}), ...(font ? { font: { color: { argb: font } } } : {}) },
    } as ExcelJS.CellIsRuleType;
    worksheet.addConditionalFormatting({ ref: formatRect(format.rect), rules: [rule] });
  });
}

function sheetOptions(sheet: SheetModel): Partial<ExcelJS.AddWorksheetOptions> {
  const state = sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
  const tab = argb(sheet.tabColor);
  const freeze = sheet.freeze;
  const view: Partial<ExcelJS.WorksheetView> = freeze ? { state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows, showGridLines: sheet.showGridlines } : { state: "normal", showGridLines: sheet.showGridlines };
  const { orientation, zoom, printTitleRows } = sheet.pageLayout;
  const fits = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    orientation: orientation === "Landscape" ? "landscape" : "portrait",
    ...(fits ? { fitToPage: true, fitToWidth: zoom.horizontalFitToPages ?? 0, fitToHeight: zoom.verticalFitToPages ?? 0 } : { scale: zoom.scale ?? 100 }),
    ...(printTitleRows ? { printTitlesRow: printTitleRows.replace(/\$/g, "") } : {}),
  };
  return { state, views: [view], pageSetup, ...(tab ? { properties: { tabColor: { argb: tab } } } : {}) };
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
    worksheet.addTable({ name: table.name, displayName: table.name, ref: formatRect({ row, column, rowCount: 1, columnCount: 1 }), headerRow: true, columns, rows, style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showBandedRows } });
  }
}

export async function exportToXlsx(source: ExcelHost | WorkbookModel): Promise<Buffer> {
  const model = "model" in source ? source.model : source;
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, sheetOptions(sheet));
    // Tables first: ExcelJS writes a table's rows into its cells, then the cells get their formats.
    addTables(model, sheet, worksheet);
    for (const [key, cell] of sheet.cells) writeCell(worksheet.getCell(Math.floor(key / MAX_COLUMNS) + 1, (key % MAX_COLUMNS) + 1), cell);
    for (const [column, points] of sheet.columnWidths) worksheet.getColumn(column + 1).width = fileColumnWidth(points);
    addConditionalFormats(sheet, worksheet);
  }
  for (const name of model.names) {
    // Only range references map onto ExcelJS's defined names; constant or formula names are left out.
    if (/^=('[^']+'|[^!=]+)!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.test(name.formula)) workbook.definedNames.add(name.formula.slice(1), name.name);
  }
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(active, 0), visibility: "visible" }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
