import { argumentFailure } from "./runner";

/** A cell value as Excel hands it to a custom function. */
export type CellArgument = string | number | boolean | null | undefined;

/**
 * A range argument: Excel passes a 2-D array of rows; a single value may stand for a 1×1 range. Typed
 * unknown because the CLI passes whatever JSON it was given: flattenRange checks the shape.
 */
export type RangeArgument = unknown;

function isCell(value: unknown): value is CellArgument {
  return value === null || value === undefined || ["string", "number", "boolean"].includes(typeof value);
}

export interface FlatRange {
  cells: CellArgument[];
  rows: number;
  columns: number;
}

/** Flattens a range row by row, so two ranges of one shape pair up cell by cell. */
export function flattenRange(range: RangeArgument, name: string): FlatRange {
  if (!Array.isArray(range)) {
    if (!isCell(range)) throw argumentFailure(name, "give a range of cells or a single value.");
    return { cells: [range], rows: 1, columns: 1 };
  }
  const rows: unknown[] = range;
  const columns = Array.isArray(rows[0]) ? rows[0].length : 0;
  const cells: CellArgument[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== columns || !row.every(isCell)) throw argumentFailure(name, "give a rectangular range of cells (rows of equal length holding text, numbers or TRUE/FALSE).");
    cells.push(...(row as CellArgument[]));
  }
  return { cells, rows: rows.length, columns };
}

/** Blank cells are skipped where Excel's own statistical functions skip them. */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** Checks that paired ranges have the same size, naming both arguments when they do not. */
export function requireSameShape(first: FlatRange, firstName: string, second: FlatRange, secondName: string): void {
  if (first.rows !== second.rows || first.columns !== second.columns) {
    throw argumentFailure(
      `${firstName}, ${secondName}`,
      `the ranges must be the same size, but ${firstName} is ${first.rows}×${first.columns} and ${secondName} is ${second.rows}×${second.columns}.`,
    );
  }
}

/** A number from a cell, or a failure naming the argument and the cell's position (1-based, row by row). */
export function numberCell(cell: CellArgument, name: string, index: number): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell))) return Number(cell);
  throw argumentFailure(name, `cell ${index + 1} holds ${JSON.stringify(cell)}, which is not a number.`);
}

/** A required single number. */
export function numberArgument(value: unknown, name: string): number {
  if (isBlankCell(value)) throw argumentFailure(name, "a number is required.");
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && Number.isFinite(Number(value.trim()))) return Number(value.trim());
  throw argumentFailure(name, `${JSON.stringify(value)} is not a number.`);
}
