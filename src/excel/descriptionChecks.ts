/**
 * Checks a description against the rules Excel enforces when it is written, before the workbook is
 * touched, so a report builder's mistake fails up front with the place named rather than half-way
 * through a write.
 */
import { parseRangeAddress } from "../workbook/a1";
import { SheetDescription, WorkbookDescription, isCellDescription } from "../workbook/description";
import { WorkbookDescriptionError } from "./workbookErrors";

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;
/** Table and defined names: a letter, "_" or "\" first, then letters, digits, "_", "." or "\". */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
/** Names Excel reads as a cell reference (A1 or R1C1 style) and refuses. */
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function checkSheetName(name: string, path: string): void {
  const problem =
    name.trim() === "" || name.length > 31
      ? "a sheet name has 1 to 31 characters."
      : SHEET_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")
        ? "a sheet name cannot hold any of []:*?/\\ or start or end with an apostrophe."
        : name.toLowerCase() === "history"
          ? '"History" is a sheet name Excel reserves.'
          : null;
  if (problem) throw new WorkbookDescriptionError(path, problem);
}

export const isValidName = (name: string): boolean => name.length <= 255 && NAME.test(name) && !CELL_LIKE.test(name);

function checkRange(address: string, path: string): ReturnType<typeof parseRangeAddress> {
  try {
    return parseRangeAddress(address);
  } catch {
    throw new WorkbookDescriptionError(path, `"${address}" is not a range address such as B4:F20.`);
  }
}

/** Excel makes a table's header cells unique text; a description that relies on that renaming would not read back as written. */
function checkTableHeader(sheet: SheetDescription, block: SheetDescription["blocks"][number]): void {
  const path = `${sheet.name}!${block.at} table ${block.table?.name ?? ""}`;
  const header = block.rows[0] ?? [];
  if (block.rows.some((row) => row.length > header.length)) throw new WorkbookDescriptionError(path, "the header row is shorter than the table's rows.");
  const seen = new Set<string>();
  for (const entry of header) {
    const value = isCellDescription(entry) ? (entry.formula === undefined ? entry.value : undefined) : entry;
    const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
    if (text === "") throw new WorkbookDescriptionError(path, "every header cell of a table holds a name (text or a number, no formula).");
    if (seen.has(text.toLowerCase())) throw new WorkbookDescriptionError(path, `the header names "${text}" twice (Excel compares column names ignoring case).`);
    seen.add(text.toLowerCase());
  }
}

function checkSheetParts(sheet: SheetDescription): void {
  for (const block of sheet.blocks) {
    checkRange(block.at, `${sheet.name} block at ${block.at}`);
    if (block.table) checkTableHeader(sheet, block);
  }
  for (const format of sheet.conditionalFormats ?? []) {
    const path = `${sheet.name} conditional format on ${format.range}`;
    checkRange(format.range, path);
    if (format.operator === "Between" && format.formula2 === undefined) throw new WorkbookDescriptionError(path, '"Between" needs formula2.');
  }
  const charts = new Set<string>();
  for (const chart of sheet.charts ?? []) {
    const path = `${sheet.name} chart ${chart.name}`;
    if (charts.has(chart.name.toLowerCase())) throw new WorkbookDescriptionError(path, "two charts on the sheet have this name.");
    charts.add(chart.name.toLowerCase());
    const source = checkRange(chart.source, path);
    checkRange(chart.from, path);
    checkRange(chart.to, path);
    if (source.rowCount < 2 || source.columnCount < 2) throw new WorkbookDescriptionError(path, `the source ${chart.source} needs a header row, a category column and at least one series.`);
    for (const index of chart.hiddenSeries ?? []) {
      if (!Number.isInteger(index) || index < 0 || index >= source.columnCount - 1) throw new WorkbookDescriptionError(path, `hidden series ${index} is not one of the ${source.columnCount - 1} series.`);
    }
  }
  const freeze = sheet.freeze;
  if (freeze && !(Number.isInteger(freeze.rows) && Number.isInteger(freeze.columns) && freeze.rows >= 0 && freeze.columns >= 0)) {
    throw new WorkbookDescriptionError(`${sheet.name} freeze`, "frozen rows and columns are whole numbers of 0 or more.");
  }
  const titles = sheet.print?.titleRows;
  if (titles !== undefined && !/^\$?\d+:\$?\d+$/.test(titles)) throw new WorkbookDescriptionError(`${sheet.name} print titles`, `"${titles}" is not a row range such as 1:4.`);
}

/**
 * @example checkDescription({ sheets: [{ name: "Summary", blocks: [] }] }) // passes
 * @throws WorkbookDescriptionError naming the first problem.
 */
export function checkDescription(description: WorkbookDescription): void {
  if (description.sheets.length === 0) throw new WorkbookDescriptionError("workbook", "a description needs at least one sheet.");
  const sheets = new Set<string>();
  const names = new Set<string>();
  const checkName = (name: string, path: string) => {
    if (!isValidName(name)) throw new WorkbookDescriptionError(path, `"${name}" is not a valid Excel name.`);
    if (names.has(name.toLowerCase())) throw new WorkbookDescriptionError(path, `the name "${name}" is used twice (tables and defined names share one namespace).`);
    names.add(name.toLowerCase());
  };
  for (const sheet of description.sheets) {
    checkSheetName(sheet.name, `sheet "${sheet.name}"`);
    if (sheets.has(sheet.name.toLowerCase())) throw new WorkbookDescriptionError(`sheet "${sheet.name}"`, "two sheets have this name (Excel compares names ignoring case).");
    sheets.add(sheet.name.toLowerCase());
    for (const block of sheet.blocks) if (block.table) checkName(block.table.name, `${sheet.name}!${block.at} table`);
    checkSheetParts(sheet);
  }
  for (const item of description.names ?? []) {
    checkName(item.name, `name ${item.name}`);
    if (!item.reference.startsWith("=")) throw new WorkbookDescriptionError(`name ${item.name}`, `a reference starts with "=" (got ${JSON.stringify(item.reference)}).`);
  }
  if (description.activeSheet !== undefined) {
    const active = description.sheets.find((sheet) => sheet.name.toLowerCase() === description.activeSheet?.toLowerCase());
    if (!active) throw new WorkbookDescriptionError("workbook", `the active sheet "${description.activeSheet}" is not one of the sheets.`);
    if (active.hidden) throw new WorkbookDescriptionError("workbook", `the active sheet "${active.name}" is hidden.`);
  }
}
