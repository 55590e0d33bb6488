import { parseCellAddress } from "../../src/workbook/a1";
import { isCellDescription, ScalarValue, WorkbookDescription } from "../../src/workbook/description";

export interface FormulaCell {
  sheet: string;
  address: string;
  row: number;
  column: number;
  formula: string;
  expected: ScalarValue | undefined;
}

/** Every formula cell a description holds, with the result its builder expects. */
export function formulaCells(description: WorkbookDescription): FormulaCell[] {
  const cells: FormulaCell[] = [];
  for (const sheet of description.sheets) {
    for (const block of sheet.blocks) {
      const origin = parseCellAddress(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((entry, c) => {
          if (!isCellDescription(entry) || entry.formula === undefined) return;
          const rowIndex = origin.row + r;
          const columnIndex = origin.column + c;
          cells.push({ sheet: sheet.name, address: `${String.fromCharCode(65 + columnIndex)}${rowIndex + 1}`, row: rowIndex, column: columnIndex, formula: entry.formula, expected: entry.result });
        }),
      );
    }
  }
  return cells;
}

/** Equal as a spreadsheet shows them: numbers within a relative 1e-9, text exactly, blanks as "". */
export function sameResult(expected: ScalarValue | undefined, actual: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  const norm = (v: unknown) => (v === null || v === undefined ? "" : v);
  return norm(expected) === norm(actual);
}
