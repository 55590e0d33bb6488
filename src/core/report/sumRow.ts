import type { CellDescription } from "../../workbook/description";
import { STYLES } from "./layout";

/** A total as a live =SUM over a column's rows, with the exact sum of the values written there. */
export function sumCell(column: string, firstRow: number, lastRow: number, values: readonly number[], numberFormat: string): CellDescription {
  const formula = lastRow >= firstRow ? `=SUM(${column}${firstRow}:${column}${lastRow})` : "=0";
  return { formula, result: values.reduce((a, b) => a + b, 0), numberFormat, style: STYLES.total };
}
