/**
 * Checks a description for what would make Excel repair or refuse the file — checks ExcelJS does
 * not make, or makes only by truncating or renaming — and throws naming the first problem.
 */
import type { WorkbookDescription } from "../workbook/description";
import { XlsxDescriptionError } from "./errors";

/** A defined or table name: starts with a letter, "_" or "\", then letters, digits, "_", "." or "\". */
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
/** Names Excel would read as a cell reference (A1 or R1C1 style), which it refuses as names. */
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function checkSheetNames(description: WorkbookDescription): void {
  const seen = new Set<string>();
  for (const sheet of description.sheets) {
    const name = sheet.name;
    if (name.length < 1 || name.length > 31) throw new XlsxDescriptionError(`sheet "${name}"`, "a sheet name has 1 to 31 characters.");
    if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw new XlsxDescriptionError(`sheet "${name}"`, "a sheet name cannot hold []:*?/\\ or start or end with an apostrophe.");
    if (seen.has(name.toLowerCase())) throw new XlsxDescriptionError(`sheet "${name}"`, "two sheets have this name (Excel compares names case-insensitively).");
    seen.add(name.toLowerCase());
  }
}

/** Table names and workbook names share one namespace in Excel. */
function checkNames(description: WorkbookDescription): void {
  const seen = new Set<string>();
  const check = (name: string, path: string) => {
    if (!NAME.test(name) || CELL_LIKE.test(name) || name.length > 255) throw new XlsxDescriptionError(path, `"${name}" is not a valid Excel name.`);
    if (seen.has(name.toLowerCase())) throw new XlsxDescriptionError(path, `the name "${name}" is used twice (tables and defined names share one namespace).`);
    seen.add(name.toLowerCase());
  };
  for (const sheet of description.sheets) for (const block of sheet.blocks) if (block.table) check(block.table.name, `${sheet.name}!${block.at} table`);
  for (const name of description.names ?? []) check(name.name, `name ${name.name}`);
}

function checkVisibility(description: WorkbookDescription): void {
  if (description.sheets.length === 0) throw new XlsxDescriptionError("workbook", "a workbook needs at least one sheet.");
  if (description.sheets.every((sheet) => sheet.hidden)) throw new XlsxDescriptionError("workbook", "at least one sheet must be visible.");
  if (description.activeSheet === undefined) return;
  const active = description.sheets.find((sheet) => sheet.name === description.activeSheet);
  if (!active) throw new XlsxDescriptionError("workbook", `the active sheet "${description.activeSheet}" is not one of the sheets.`);
  if (active.hidden) throw new XlsxDescriptionError("workbook", `the active sheet "${active.name}" is hidden.`);
}

function checkCharts(description: WorkbookDescription): void {
  for (const sheet of description.sheets) {
    const seen = new Set<string>();
    for (const chart of sheet.charts ?? []) {
      if (seen.has(chart.name)) throw new XlsxDescriptionError(`${sheet.name} chart ${chart.name}`, "two charts on the sheet have this name.");
      seen.add(chart.name);
    }
  }
}

/**
 * @example validateDescription({ sheets: [{ name: "Summary", blocks: [] }] }) // passes
 * @throws XlsxDescriptionError on the first problem found.
 */
export function validateDescription(description: WorkbookDescription): void {
  checkSheetNames(description);
  checkNames(description);
  checkVisibility(description);
  checkCharts(description);
}
