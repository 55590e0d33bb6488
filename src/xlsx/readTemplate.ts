/**
 * Reads a custom report template from an .xlsx file (ExcelJS): every visible sheet with at least
 * one placeholder becomes a TemplateSheet — its cells from A1 with values, formulas, number formats
 * and styles, and its column widths, frozen panes, gridlines, tab colour, print setup and
 * cell-value conditional formats. What a report cannot keep is listed in each sheet's `lost`.
 */
import ExcelJS from "exceljs";
import type { TemplateCell, TemplateSheet } from "../workbook/templateSheet";
import { fail, ok, type Result } from "../core/model/result";
import { hasPlaceholder, lossCollector } from "../core/report/template";
import { readTemplateCell } from "./readTemplateCell";
import { readTemplateSettings } from "./readTemplateSettings";
import { themePalette } from "./readTemplateTheme";

function hasAnyPlaceholder(worksheet: ExcelJS.Worksheet): boolean {
  let found = false;
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      // `cell.text` is the plain text of strings and rich text alike.
      if (!found && cell.type !== ExcelJS.ValueType.Formula && hasPlaceholder(cell.text)) found = true;
    });
  });
  return found;
}

function readSheet(worksheet: ExcelJS.Worksheet, palette: readonly string[]): TemplateSheet {
  const lost = lossCollector();
  const cells: (TemplateCell | null)[][] = [];
  // rowCount and cellCount reach the last row and column holding a value or a format.
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    const cellsOfRow: (TemplateCell | null)[] = [];
    for (let c = 1; row && c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      cellsOfRow.push(cell ? readTemplateCell(cell, palette, lost) : null);
    }
    while (cellsOfRow.length > 0 && cellsOfRow[cellsOfRow.length - 1] === null) cellsOfRow.pop();
    cells.push(cellsOfRow);
  }
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  const settings = readTemplateSettings(worksheet, palette, lost);
  const losses = lost.losses();
  return { name: worksheet.name, cells, ...settings, ...(losses.length > 0 ? { lost: losses } : {}) };
}

/**
 * The template sheets of an .xlsx file, in tab order; a file that cannot be read, or has no visible
 * sheet with a placeholder, is an issue saying so.
 *
 * @example
 * const read = await readTemplateXlsx(readFileSync("qbr-template.xlsx"));
 * if (read.ok) read.value.map((sheet) => sheet.name) // ["My QBR"]
 */
export async function readTemplateXlsx(data: ArrayBuffer | Uint8Array, fileName = "the template"): Promise<Result<TemplateSheet[]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type; at run time it takes any binary buffer.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    return fail("template_unreadable", [fileName], `${fileName} could not be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}). Save it from Excel as "Excel Workbook (.xlsx)".`);
  }
  const palette = themePalette(workbook);
  const sheets = workbook.worksheets.filter((worksheet) => worksheet.state === "visible" && hasAnyPlaceholder(worksheet)).map((worksheet) => readSheet(worksheet, palette));
  if (sheets.length === 0) {
    return fail("template_no_placeholders", [fileName], `No visible sheet of ${fileName} holds a placeholder such as {{period}} or {{kpi.bookings}}: there is nothing to fill.`);
  }
  return ok(sheets);
}
