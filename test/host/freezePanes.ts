/** Worksheet.freezePanes: the rows and columns frozen at the sheet's top-left (ExcelApi 1.7). */
import { MAX_COLUMNS, MAX_ROWS, Rect, parseRect, splitSheet } from "./a1";
import { HostObject } from "./clientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { SheetModel } from "./model";
import { HostRange } from "./range";
import { Session } from "./session";

export class HostWorksheetFreezePanes extends HostObject<SheetModel> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarProperties = [];
  constructor(
    session: Session,
    path: unknown,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(session, path);
  }
  protected locate(): SheetModel | null {
    return this.sheet();
  }
  protected readProperty(): unknown {
    return null;
  }

  private rectOf(sheet: SheetModel, range: HostRange | string): Rect {
    if (typeof range === "string") {
      const { sheet: other, local } = splitSheet(range);
      if (other !== null && other.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`freezeAt takes a range on its own sheet (got "${range}").`, "WorksheetFreezePanes.freezeAt");
      return parseRect(local.replace(/\$/g, ""));
    }
    const target = range.resolve();
    if (target === null) throw itemNotFound("range is a null object", "WorksheetFreezePanes.freezeAt");
    if (target.sheet !== sheet) throw invalidArgument("freezeAt takes a range on its own sheet.", "WorksheetFreezePanes.freezeAt");
    return target.rect;
  }

  /** Freezes the panes above and left of the range's bottom-right corner: the range is the frozen top-left pane. */
  freezeAt(frozenRange: HostRange | string): void {
    this.call("freezeAt", [typeof frozenRange === "string" ? frozenRange : { range: frozenRange._id }], (sheet) => {
      const rect = this.rectOf(sheet, frozenRange);
      const rows = rect.rowCount === MAX_ROWS ? 0 : rect.row + rect.rowCount;
      const columns = rect.columnCount === MAX_COLUMNS ? 0 : rect.column + rect.columnCount;
      sheet.freeze = rows === 0 && columns === 0 ? null : { rows, columns };
    });
  }
  /** Freezes the top `count` rows (1 by default; 0 unfreezes), replacing any other freeze. */
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (freezeRows ${count})`, "WorksheetFreezePanes.freezeRows");
      sheet.freeze = count === 0 ? null : { rows: count, columns: 0 };
    });
  }
  /** Freezes the left `count` columns (1 by default; 0 unfreezes), replacing any other freeze. */
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (freezeColumns ${count})`, "WorksheetFreezePanes.freezeColumns");
      sheet.freeze = count === 0 ? null : { rows: 0, columns: count };
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], (sheet) => (sheet.freeze = null));
  }
  /** The frozen top-left pane, or a null object when nothing is frozen. */
  getLocationOrNullObject(): HostRange {
    const range = new HostRange(this.session, { parent: this._id, n: "getLocationOrNullObject" }, () => {
      const sheet = this.resolve();
      if (sheet === null || sheet.freeze === null) return null;
      const { rows, columns } = sheet.freeze;
      return { sheet, rect: { row: 0, column: 0, rowCount: rows === 0 ? MAX_ROWS : rows, columnCount: columns === 0 ? MAX_COLUMNS : columns } };
    });
    range.trackNullObject();
    return range;
  }
}
