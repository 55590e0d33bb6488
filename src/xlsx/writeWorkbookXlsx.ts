/**
 * Renders a workbook description to .xlsx. ExcelJS writes the report sheets; data sheets (one
 * table of constants each, see ./dataSheets) are written without their rows, which are streamed in
 * when the package is zipped. The package is then opened again (with JSZip, the zip library ExcelJS
 * itself uses) to add what ExcelJS cannot write — defined names as given (formulas, comments),
 * native charts, the data sheets' tables and cell formats — and zipped with native zlib.
 */
import JSZip from "jszip";
import type { WorkbookDescription } from "../workbook/description";
import { buildWorkbook } from "./buildWorkbook";
import { addChartParts } from "./charts/addChartParts";
import { addDataSheetParts, dataSheetsOf, StreamedPart, withoutDataBlocks } from "./dataSheets/dataSheetParts";
import { addDefinedNames } from "./package/definedNames";
import { SHARED_STRINGS_PART } from "./package/sharedStrings";
import { WORKBOOK_PART } from "./package/worksheetParts";
import { PackageEntry, zipPackage } from "./package/zipPackage";
import { validateDescription } from "./validateDescription";

async function addNames(zip: JSZip, description: WorkbookDescription): Promise<void> {
  const names = description.names ?? [];
  if (names.length === 0) return;
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`The package ExcelJS wrote has no ${WORKBOOK_PART}.`);
  zip.file(WORKBOOK_PART, addDefinedNames(await part.async("string"), names));
}

/**
 * Every part of the package in the order ExcelJS wrote them, data sheets as their streams, and the
 * shared strings last: the data sheets add to them as they are built.
 */
async function packageEntries(zip: JSZip, streamed: ReadonlyMap<string, StreamedPart>): Promise<PackageEntry[]> {
  const entries: PackageEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const part = streamed.get(file.name);
    entries.push(part ? { name: file.name, ...part } : { name: file.name, content: await file.async("nodebuffer") });
  }
  const last = (entry: PackageEntry) => (entry.name === SHARED_STRINGS_PART ? 1 : 0);
  return entries.sort((a, b) => last(a) - last(b));
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
  validateDescription(description);
  const dataSheets = dataSheetsOf(description);
  const workbook = buildWorkbook(withoutDataBlocks(description, dataSheets));
  // Stored, not compressed: the parts are read back at once and compressed natively below.
  // ExcelJS passes `zip` on to JSZip but leaves it out of its types.
  const stored = (await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJSWriteOptions)) as ArrayBuffer;
  const zip = await JSZip.loadAsync(stored);
  await addNames(zip, description);
  await addChartParts(zip, description);
  const streamed = await addDataSheetParts(zip, dataSheets);
  return zipPackage(await packageEntries(zip, streamed));
}

type ExcelJSWriteOptions = Parameters<ReturnType<typeof buildWorkbook>["xlsx"]["writeBuffer"]>[0];
