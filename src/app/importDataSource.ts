/*
 * The first step of the pane's import: a CSV file's text or a workbook table, read into rows with
 * the header found and named, or the reason the source cannot be imported at all.
 */
import { cellText, isBlankCell, isBlankRow } from "../core/import/cells";
import { coerceAmount } from "../core/import/coerceAmount";
import { coerceDate } from "../core/import/coerceDate";
import { headerNames } from "../core/import/headers";
import type { CellValue } from "../core/model/canonicalFiles";
import type { Result } from "../core/model/result";
import { parseCsvForImport } from "./importDataCsv";
import { cancelled, ImportControl } from "./importDataTypes";
import type { WorkbookPort } from "./ports";

/** What to import from: a CSV file's text (the pane reads the file), or a table of the open workbook. */
export type ImportSourceRequest = { kind: "csv"; name: string; text: string } | { kind: "table"; name: string };

/** A source read and ready to map. */
export interface ImportSource {
  kind: ImportSourceRequest["kind"];
  /** The file's or the table's name, for messages. */
  name: string;
  /** Every row as read, blank ones kept, so the importer numbers rows as the file or table does. */
  rows: CellValue[][];
  /** Index in `rows` of the header row: the first row that is not blank. */
  headerIndex: number;
  /** The header's columns by unique name (a blank one is "column 7", a repeat "Amount (2)"). */
  headers: string[];
  /** Data rows after the header, blank ones included. */
  dataRows: number;
}

const issue = <T>(code: string, path: (string | number)[], message: string): Result<T> => ({ ok: false, issues: [{ code, path, message }] });

/** A cell that reads as an amount or a date is a value: column names are words. */
const looksLikeValue = (cell: CellValue): boolean => !isBlankCell(cell) && (coerceAmount(cell).ok || coerceDate(cell).ok);

/**
 * Finds the header of rows read from a source, refusing a source with no rows and, for a CSV file
 * (whose first line can be anything, where an Excel table's header is always its column names), a
 * first line that holds values rather than names.
 * @example sourceFromRows("csv", "deals.csv", [["", ""], ["Deal Name", "Amount"], ["Renewal", "100"]]).ok // true: headerIndex 1
 * @example sourceFromRows("csv", "deals.csv", [["O-1", "1200", "2026-12-01"]]).ok // false: "no_header"
 */
export function sourceFromRows(kind: ImportSource["kind"], name: string, rows: CellValue[][]): Result<ImportSource> {
  let headerIndex = 0;
  while (headerIndex < rows.length && isBlankRow(rows[headerIndex])) headerIndex += 1;
  const what = kind === "csv" ? name : `Table ${name}`;
  if (headerIndex >= rows.length) {
    return issue("empty_file", [name], `${what} is empty: it has no header row and no data. ${kind === "csv" ? "Export the report again with its column headers and choose the new file." : "Choose a table with data."}`);
  }
  const header = rows[headerIndex];
  if (kind === "csv" && header.some(looksLikeValue)) {
    const shown = header.map(cellText).join(", ");
    return issue(
      "no_header",
      [name, headerIndex + 1],
      `${name} has no header row: its first line (${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}) holds values, not column names. Add a first line naming the columns (for example Opportunity ID, Amount, Close Date), save the file and choose it again.`,
    );
  }
  return { ok: true, value: { kind, name, rows, headerIndex, headers: headerNames(header), dataRows: rows.length - headerIndex - 1 } };
}

/**
 * Reads the rows of a CSV file's text (chunked, with progress and Cancel; see importDataCsv.ts) or
 * of a workbook table (one read through the port), then finds the header. Nothing is written.
 * @example const source = await readImportSource(port, { kind: "csv", name: "deals.csv", text }, { signal, onProgress });
 * @example const source = await readImportSource(port, { kind: "table", name: "Deals" });
 */
export async function readImportSource(port: WorkbookPort, request: ImportSourceRequest, control: ImportControl = {}): Promise<Result<ImportSource>> {
  if (request.kind === "csv") {
    const parsed = await parseCsvForImport(request.text, request.name, control);
    return parsed.ok ? sourceFromRows("csv", request.name, parsed.value) : parsed;
  }
  control.onProgress?.({ step: "reading", label: `Reading table ${request.name}`, done: 0, total: 1, unit: "tables", cancellable: true });
  const rows = await port.readTable(request.name);
  if (control.signal?.aborted) return cancelled(`Table ${request.name} was not imported; nothing was written.`);
  if (rows === null) return issue("missing_table", [request.name], `The workbook has no table named ${request.name} any more: choose the source again from the refreshed list.`);
  control.onProgress?.({ step: "reading", label: `Reading table ${request.name}`, done: 1, total: 1, unit: "tables", cancellable: true });
  return sourceFromRows("table", request.name, rows);
}
