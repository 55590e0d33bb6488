import type { SheetDescription } from "./description";
import type { TableData } from "./tableData";

/**
 * A data table as a sheet of its own, the table at A1: how a generated .xlsx carries the tables its
 * formulas read (in Excel those tables are already in the workbook).
 * @example tableSheet({ sheetName: "Quotas", tableName: "Quotas", rows: [["owner_id"], ["R1"]] }).blocks[0].table?.name // "Quotas"
 */
export function tableSheet(table: TableData): SheetDescription {
  const columns = table.rows[0]?.length ?? 0;
  return {
    name: table.sheetName,
    blocks: [{ at: "A1", rows: table.rows, columnFormats: table.numberFormats, table: { name: table.tableName, style: "TableStyleLight9" } }],
    columnWidths: Array.from({ length: columns }, (_, column) => ({ column, width: 14 })),
    freeze: { rows: 1, columns: 0 },
  };
}
