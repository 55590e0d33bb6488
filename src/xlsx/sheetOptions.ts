/**
 * Sheet-level settings of a description → ExcelJS worksheet options: visibility, tab colour, the
 * view (frozen panes, gridlines, selected tab) and print setup.
 */
import type ExcelJS from "exceljs";
import type { PrintSetup, SheetDescription } from "../workbook/description";
import { argbColor } from "./colors";
import { XlsxDescriptionError } from "./errors";

/** ExcelJS writes `tabSelected` from a view but leaves it out of its types. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function view(sheet: SheetDescription, selected: boolean): SheetView {
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  const common = { showGridLines: sheet.showGridlines ?? true, tabSelected: selected };
  if (rows === 0 && columns === 0) return { ...common, state: "normal" };
  return { ...common, state: "frozen", xSplit: columns, ySplit: rows };
}

/** "1:4" or "$1:$4" → "1:4", the form ExcelJS turns into the sheet's _xlnm.Print_Titles name. */
function titleRows(rows: string, path: string): string {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(rows);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < Number(match[1])) throw new XlsxDescriptionError(path, `"${rows}" is not a row range such as 1:4.`);
  return `${match[1]}:${match[2]}`;
}

function pageSetup(print: PrintSetup, path: string): Partial<ExcelJS.PageSetup> {
  return {
    orientation: print.orientation === "Landscape" ? "landscape" : "portrait",
    // One page wide, as many tall as needed: fitToHeight 0 means "automatic" in the file format.
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(print.titleRows ? { printTitlesRow: titleRows(print.titleRows, `${path} print titles`) } : {}),
  };
}

/**
 * @example worksheetOptions({ name: "Summary", blocks: [], freeze: { rows: 4, columns: 1 }, tabColor: "#1F4E79" }, true)
 * // { state: "visible", properties: { tabColor: { argb: "FF1F4E79" } }, views: [{ state: "frozen", xSplit: 1, ySplit: 4, … }] }
 */
export function worksheetOptions(sheet: SheetDescription, selected: boolean): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: sheet.hidden ? "hidden" : "visible",
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argbColor(sheet.tabColor, `${sheet.name} tab colour`) } } } : {}),
    views: [view(sheet, selected)],
    ...(sheet.print ? { pageSetup: pageSetup(sheet.print, sheet.name) } : {}),
  };
}
