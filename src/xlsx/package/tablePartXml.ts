/**
 * A table part (xl/tables/tableN.xml, ECMA-376 Part 1 §18.5.1.2) for a table the writer renders
 * itself: its range with a header row and no totals row, an autofilter over it, the column names
 * (which must equal the header cells' text) and the table style.
 */
import { XML_DECLARATION, escapeXml } from "../xml";

export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const TABLE_RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

export interface TablePart {
  /** Unique among the workbook's tables. */
  id: number;
  name: string;
  /** "A1:O1000001", header row included. */
  ref: string;
  columns: readonly string[];
  style: string;
  showBandedRows: boolean;
}

/**
 * @example tablePartXml({ id: 3, name: "Quotas", ref: "A1:B2", columns: ["owner_id", "amount"], style: "TableStyleLight9", showBandedRows: true })
 */
export function tablePartXml(table: TablePart): string {
  const name = escapeXml(table.name);
  const columns = table.columns.map((column, i) => `<tableColumn id="${i + 1}" name="${escapeXml(column)}"/>`).join("");
  return (
    `${XML_DECLARATION}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${table.id}" name="${name}" displayName="${name}" ref="${table.ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showBandedRows ? 1 : 0}" showColumnStripes="0"/></table>`
  );
}
