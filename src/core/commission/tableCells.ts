/**
 * Reading and writing the cells of the plan tables: numbers (or "10%" text), booleans (TRUE/FALSE,
 * yes/no, 1/0), lists ("New Business; Expansion") and dates (ISO text or Excel serials). A cell that
 * cannot be read is an issue naming the table, row and column — never a guess.
 */
import type { CellValue } from "../model/canonicalFiles";
import { excelSerialToIsoDate, isIsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";

export type CellKind = "text" | "number" | "boolean" | "list" | "date";

export const isBlank = (cell: CellValue | undefined): boolean => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Where a cell is, for issues: the table, its row as Excel numbers it (header = 1) and the column. */
export interface CellAt {
  table: string;
  row: number;
  column: string;
}

/**
 * A cell's value of a kind, undefined when blank, or an issue.
 * @example readCell("12.5%", "number", at) // { value: 0.125 }
 * @example readCell("New Business; Renewal", "list", at) // { value: ["New Business", "Renewal"] }
 */
export function readCell(cell: CellValue | undefined, kind: CellKind, at: CellAt): { value: unknown } | { issue: Issue } {
  if (isBlank(cell)) return { value: undefined };
  const bad = (expected: string): { issue: Issue } => ({
    issue: { code: "invalid_cell", path: [at.table, at.row, at.column], message: `${at.table} row ${at.row}, column ${at.column}: "${String(cell)}" is not ${expected}.` },
  });
  switch (kind) {
    case "text":
      return { value: String(cell).trim() };
    case "number": {
      if (typeof cell === "number") return { value: cell };
      const text = String(cell).trim().replace(/,/g, "");
      const percent = text.endsWith("%");
      const number = Number(percent ? text.slice(0, -1) : text);
      return Number.isFinite(number) && text !== "" ? { value: percent ? number / 100 : number } : bad("a number");
    }
    case "boolean": {
      if (typeof cell === "boolean") return { value: cell };
      const text = String(cell).trim().toLowerCase();
      if (["true", "yes", "y", "1"].includes(text)) return { value: true };
      if (["false", "no", "n", "0"].includes(text)) return { value: false };
      return bad("TRUE or FALSE");
    }
    case "list":
      return { value: String(cell).split(/[;,]/).map((item) => item.trim()).filter((item) => item !== "") };
    case "date": {
      if (typeof cell === "number") {
        const iso = excelSerialToIsoDate(cell);
        return iso ? { value: iso } : bad("a date");
      }
      const text = String(cell).trim();
      return isIsoDate(text) ? { value: text } : bad("a date in the form YYYY-MM-DD");
    }
  }
}

/** A value as a cell: lists joined with "; ", null and undefined blank. */
export function writeCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join("; ");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export interface TableRecord {
  /** The row as Excel numbers it within the table (header = 1). */
  row: number;
  cells: Map<string, CellValue>;
}

/** A header as matched: case, spaces and underscores ignored. */
export const normalizeHeader = (header: CellValue): string => String(header ?? "").trim().toLowerCase().replace(/[\s_]+/g, "_");

/** Rows of a table as records by header, blank rows skipped (their numbers kept for issues). */
export function tableRecords(rows: readonly (readonly CellValue[])[]): TableRecord[] {
  const [header = [], ...body] = rows;
  const names = header.map(normalizeHeader);
  const records: TableRecord[] = [];
  body.forEach((row, i) => {
    if (row.some((cell) => !isBlank(cell))) records.push({ row: i + 2, cells: new Map(names.map((name, c) => [name, row[c] ?? null])) });
  });
  return records;
}
