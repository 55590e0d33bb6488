/**
 * Declares an Excel table over a block. ExcelJS's addTable writes the header and rows into the
 * cells itself and keeps `{ formula, result }` values as they are, so formula columns keep their
 * cached results; the block writer then writes the same values with their formats and styles.
 */
import type ExcelJS from "exceljs";
import { cellAddress } from "../workbook/a1";
import type { BlockDescription } from "../workbook/description";
import { XlsxDescriptionError } from "./errors";

type TableDescription = NonNullable<BlockDescription["table"]>;

/** The table's column names from its header cells; Excel repairs a table whose names are empty or repeat. */
export function columnNames(header: readonly ExcelJS.CellValue[], path: string): string[] {
  const seen = new Set<string>();
  return header.map((value, c) => {
    const name = typeof value === "string" ? value : "";
    // Names compare case-insensitively.
    if (name.trim() === "") throw new XlsxDescriptionError(path, `column ${c + 1} of the table has no header.`);
    if (seen.has(name.toLowerCase())) throw new XlsxDescriptionError(path, `the table has two columns named "${name}".`);
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * @param values the block's cell values, header row first, every row as wide as the header.
 * @example addTable(worksheet, { name: "Deals" }, { row: 0, column: 0 }, [["region", "amount"], ["NA", 100]], "Data!A1")
 */
export function addTable(worksheet: ExcelJS.Worksheet, table: TableDescription, origin: { row: number; column: number }, values: readonly ExcelJS.CellValue[][], path: string): void {
  const [header = [], ...data] = values;
  const names = columnNames(header, path);
  // A table needs at least one data row: a header-only ref makes Excel repair the file.
  const rows = data.length > 0 ? data.map((row) => [...row]) : [names.map(() => null)];
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(origin.row, origin.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showBandedRows ?? true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
}
