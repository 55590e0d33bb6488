/**
 * Renders a workbook description to .xlsx: ExcelJS writes the sheets, then the package is opened
 * again (with JSZip, the zip library ExcelJS itself uses) to add what ExcelJS cannot write:
 * defined names as given (formulas, comments) and native charts.
 */
import JSZip from "jszip";
import type { WorkbookDescription } from "../workbook/description";
import { buildWorkbook } from "./buildWorkbook";
import { addChartParts } from "./charts/addChartParts";
import { addDefinedNames } from "./package/definedNames";
import { WORKBOOK_PART } from "./package/worksheetParts";

async function addNames(zip: JSZip, description: WorkbookDescription): Promise<void> {
  const names = description.names ?? [];
  if (names.length === 0) return;
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`The package ExcelJS wrote has no ${WORKBOOK_PART}.`);
  zip.file(WORKBOOK_PART, addDefinedNames(await part.async("string"), names));
}

/**
 * The .xlsx file of a description: every sheet, cell, format, style, table, conditional format,
 * view and print setting, the defined names and the charts, with each formula's cached result.
 *
 * @example
 * const xlsx = await writeWorkbookXlsx({ sheets: [{ name: "Summary", blocks: [{ at: "A1", rows: [["Total", { formula: "=SUM(2,3)", result: 5 }]] }] }] });
 * @throws XlsxDescriptionError when the description cannot make a valid file (a bad colour, a duplicate name…).
 */
export async function writeWorkbookXlsx(description: WorkbookDescription): Promise<Buffer> {
  const workbook = buildWorkbook(description);
  // ExcelJS types its result as its own Buffer interface; at run time it is a Node Buffer.
  const written = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const hasCharts = description.sheets.some((sheet) => (sheet.charts ?? []).length > 0);
  if (!hasCharts && (description.names ?? []).length === 0) return written;
  const zip = await JSZip.loadAsync(written);
  await addNames(zip, description);
  await addChartParts(zip, description);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
