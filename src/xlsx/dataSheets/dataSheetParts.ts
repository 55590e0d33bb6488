/**
 * Completes the data sheets in the package ExcelJS wrote. ExcelJS writes each plain-table sheet
 * without its block (so views, widths, tab colour, print setup, conditional formats and charts are
 * its own), and this adds what the block makes: a cell format per column format in the styles
 * part, the table part with its relationship and content type, the sheet's dimension and
 * `<tableParts>`, and — as streams, when the package is zipped — the rows and the shared strings
 * they add.
 */
import type JSZip from "jszip";
import { parseCellAddress, rangeAddress } from "../../workbook/a1";
import type { SheetDescription, WorkbookDescription } from "../../workbook/description";
import { addContentTypeOverride } from "../package/contentTypes";
import { ChunkPool } from "../package/chunkPool";
import { addNumberFormatStyles } from "../package/numberFormatStyles";
import { addRelationship, relationshipsPath } from "../package/relationships";
import { SHARED_STRINGS_PART, SharedStrings } from "../package/sharedStrings";
import { TABLE_CONTENT_TYPE, TABLE_RELATIONSHIP_TYPE, tablePartXml } from "../package/tablePartXml";
import { WORKBOOK_PART, WORKBOOK_RELATIONSHIPS, worksheetParts } from "../package/worksheetParts";
import { startTags } from "../package/xmlRead";
import { XlsxDescriptionError } from "../errors";
import { columnNames } from "../writeTable";
import { PlainTableBlock, plainTableBlock } from "./plainTable";
import { sheetDataChunks } from "./sheetDataXml";

const STYLES_PART = "xl/styles.xml";
const CONTENT_TYPES_PART = "[Content_Types].xml";
/** Bytes of sheet XML per chunk: large enough to compress well, small enough to keep a few in flight. */
const CHUNK_BYTES = 1 << 21;

/** A worksheet part as chunks, and where its chunks go back once compressed. */
export interface StreamedPart {
  content: Iterable<Buffer>;
  release: (chunk: Buffer) => void;
}

export interface DataSheet {
  sheet: SheetDescription;
  block: PlainTableBlock;
}

/** The sheets the writer renders itself, in description order. */
export function dataSheetsOf(description: WorkbookDescription): DataSheet[] {
  return description.sheets.flatMap((sheet) => {
    const block = plainTableBlock(sheet);
    return block ? [{ sheet, block }] : [];
  });
}

/** The description ExcelJS writes: data sheets keep everything but their block. */
export function withoutDataBlocks(description: WorkbookDescription, dataSheets: readonly DataSheet[]): WorkbookDescription {
  const names = new Set(dataSheets.map(({ sheet }) => sheet.name));
  return { ...description, sheets: description.sheets.map((sheet) => (names.has(sheet.name) ? { ...sheet, blocks: [] } : sheet)) };
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The package ExcelJS wrote has no ${path}.`);
  return file.async("string");
}

/** The highest table id and part number in use, so new tables take the next ones. */
async function tablesInUse(zip: JSZip): Promise<{ id: number; part: number }> {
  let id = 0;
  let part = 0;
  for (const path of Object.keys(zip.files)) {
    const match = /^xl\/tables\/table(\d+)\.xml$/.exec(path);
    if (!match) continue;
    part = Math.max(part, Number(match[1]));
    id = Math.max(id, Number(startTags(await text(zip, path), "table")[0]?.id ?? 0));
  }
  return { id, part };
}

/** The stub's XML around its empty sheetData, with the block's dimension and the table's part reference. */
function splitWorksheet(xml: string, ref: string, relationshipId: string, path: string): { head: string; tail: string } {
  const empty = /<sheetData\s*\/>|<sheetData><\/sheetData>/.exec(xml);
  if (!empty) throw new Error(`The worksheet part ${path} ExcelJS wrote for a data sheet has cells already.`);
  if (/<tableParts[\s>]/.test(xml)) throw new Error(`The worksheet part ${path} has tables already.`);
  const tableParts = `<tableParts count="1"><tablePart r:id="${relationshipId}"/></tableParts>`;
  // tableParts comes after everything but extLst (ECMA-376 Part 1 §18.3.1.99).
  const extension = xml.search(/<extLst[\s>]/);
  const closing = extension >= 0 ? extension : xml.lastIndexOf("</worksheet>");
  const withTable = `${xml.slice(0, closing)}${tableParts}${xml.slice(closing)}`;
  const at = withTable.indexOf(empty[0]);
  const head = `${withTable.slice(0, at)}<sheetData>`.replace(/<dimension ref="[^"]*"\s*\/>/, () => `<dimension ref="${ref}"/>`);
  return { head, tail: `</sheetData>${withTable.slice(at + empty[0].length)}` };
}

function* worksheetChunks(head: string, rows: Iterable<Buffer>, tail: string): Generator<Buffer> {
  yield Buffer.from(head, "utf8");
  yield* rows;
  yield Buffer.from(tail, "utf8");
}

/**
 * Adds the data sheets' styles, tables, relationships and content types to the package and returns
 * each data sheet's worksheet part as chunks to stream into the ZIP (by part path).
 *
 * @example const streamed = await addDataSheetParts(zip, dataSheetsOf(description))
 */
export async function addDataSheetParts(zip: JSZip, dataSheets: readonly DataSheet[]): Promise<Map<string, StreamedPart>> {
  const streamed = new Map<string, StreamedPart>();
  if (dataSheets.length === 0) return streamed;
  const parts = worksheetParts(await text(zip, WORKBOOK_PART), await text(zip, WORKBOOK_RELATIONSHIPS));
  const formats = dataSheets.flatMap(({ block }) => (block.columnFormats ?? []).filter((format): format is string => format !== null && format !== undefined));
  const styles = addNumberFormatStyles(await text(zip, STYLES_PART), formats);
  zip.file(STYLES_PART, styles.xml);
  const sharedStrings = await SharedStrings.open(zip, CONTENT_TYPES_PART);
  let contentTypes = await text(zip, CONTENT_TYPES_PART);
  let { id: tableId, part: tablePart } = await tablesInUse(zip);
  for (const { sheet, block } of dataSheets) {
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) throw new Error(`The package ExcelJS wrote has no part for sheet "${sheet.name}".`);
    const origin = parseCellAddress(block.at);
    const width = block.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    const header = Array.from({ length: width }, (_, c) => {
      const value = block.rows[0]?.[c];
      return value === null || value === undefined ? null : String(value);
    });
    if (width === 0) throw new XlsxDescriptionError(`${sheet.name}!${block.at}`, "the table has no columns.");
    const columns = columnNames(header, `${sheet.name}!${block.at}`);
    // A table needs at least one data row: a header-only ref makes Excel repair the file.
    const ref = rangeAddress(origin.row, origin.column, Math.max(block.rows.length, 2), width);
    tableId += 1;
    tablePart += 1;
    const tablePath = `xl/tables/table${tablePart}.xml`;
    zip.file(tablePath, tablePartXml({ id: tableId, name: block.table.name, ref, columns, style: block.table.style ?? "TableStyleMedium2", showBandedRows: block.table.showBandedRows ?? true }));
    contentTypes = addContentTypeOverride(contentTypes, `/${tablePath}`, TABLE_CONTENT_TYPE);
    const relsPath = relationshipsPath(sheetPath);
    const existingRels = zip.file(relsPath);
    const relationship = addRelationship(existingRels ? await existingRels.async("string") : null, TABLE_RELATIONSHIP_TYPE, `../tables/table${tablePart}.xml`);
    zip.file(relsPath, relationship.xml);
    const { head, tail } = splitWorksheet(await text(zip, sheetPath), ref, relationship.id, sheetPath);
    const headerRows = block.headerRows ?? 1;
    const styleIds = Array.from({ length: width }, (_, c) => {
      const format = block.columnFormats?.[c];
      return format === null || format === undefined ? 0 : (styles.styleIds.get(format) ?? 0);
    });
    const pool = new ChunkPool(CHUNK_BYTES);
    const rows = sheetDataChunks(block.rows, { origin, width, headerRows, styleIds, sharedStrings, sheetName: sheet.name }, pool);
    streamed.set(sheetPath, { content: worksheetChunks(head, rows, tail), release: (chunk) => pool.release(chunk) });
  }
  zip.file(CONTENT_TYPES_PART, contentTypes);
  // Texts the rows share are known once the rows are built: the part is streamed after the sheets.
  streamed.set(SHARED_STRINGS_PART, { content: sharedStrings.partXml(), release: () => undefined });
  return streamed;
}
