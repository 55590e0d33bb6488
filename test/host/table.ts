/** Excel.Table: a named, header-first rectangle on a sheet. */
import { Rect } from "./a1";
import { HostObject } from "./clientObject";
import { SheetModel, TableModel, cellKey } from "./model";
import { checkTableOrDefinedName } from "./nameRules";
import { HostRange } from "./range";
import { breakTableIn, renameTableIn, updateFormulas } from "./references";
import { Session } from "./session";
import { HostTableColumnCollection, HostTableRowCollection, takenNames } from "./tableParts";
// A cycle (a sheet has tables, a table has a sheet) that only matters at run time, after both modules load.
import { HostWorksheet } from "./worksheet";

export class HostTable extends HostObject<TableModel> implements Pick<Excel.Table, "name" | "id" | "style" | "showTotals" | "showBandedRows" | "isNullObject"> {
  protected readonly typeName = "Table";
  protected readonly scalarProperties = ["name", "id", "style", "showTotals", "showHeaders", "showBandedRows"];
  readonly rows: HostTableRowCollection;
  readonly columns: HostTableColumnCollection;
  private sheetProxy: HostWorksheet | undefined;

  constructor(
    session: Session,
    path: unknown,
    private readonly locator: () => TableModel | null,
  ) {
    super(session, path);
    this.rows = new HostTableRowCollection(session, { parent: this._id, n: "rows" }, () => this.required());
    this.columns = new HostTableColumnCollection(session, { parent: this._id, n: "columns" }, () => this.required());
  }

  protected locate(): TableModel | null {
    return this.locator();
  }
  protected override stillExists(table: TableModel): boolean {
    return this.session.model.tables.includes(table);
  }
  protected readProperty(table: TableModel, name: string): unknown {
    return name === "showHeaders" ? true : table[name as "name" | "id" | "style" | "showTotals" | "showBandedRows"];
  }

  /** The sheet the table is on (created on first use, so unused navigation adds nothing to a request). */
  get worksheet(): HostWorksheet {
    this.sheetProxy ??= new HostWorksheet(this.session, { parent: this._id, n: "worksheet" }, () => {
      const table = this.resolve();
      return table === null ? null : (this.session.model.sheets.find((s) => s.id === table.sheetId) ?? null);
    });
    return this.sheetProxy;
  }

  get name(): string {
    return this.get("name");
  }
  /** Formulas that name the table follow the rename, as in Excel. */
  set name(value: string) {
    this.set("name", value, (table) => {
      checkTableOrDefinedName(value, takenNames(this.session.model, table), "Table.name");
      const previous = table.name;
      table.name = value;
      updateFormulas(this.session.model, previous, (formula) => renameTableIn(formula, previous, value));
    });
  }
  get id(): string {
    return this.get("id");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value, (table) => (table.style = value));
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  /** Recorded only: the host keeps no totals row. */
  set showTotals(value: boolean) {
    this.set("showTotals", value, (table) => (table.showTotals = value));
  }
  get showBandedRows(): boolean {
    return this.get("showBandedRows");
  }
  /** Recorded only: the host draws no table style. */
  set showBandedRows(value: boolean) {
    this.set("showBandedRows", value, (table) => (table.showBandedRows = value));
  }

  private part(method: string, pick: (rect: Rect) => Rect | null): HostRange {
    return new HostRange(this.session, { parent: this._id, n: method }, () => {
      const table = this.resolve();
      if (table === null) return null;
      const sheet = this.session.model.sheets.find((s) => s.id === table.sheetId) as SheetModel;
      const rect = pick(table.rect);
      return rect ? { sheet, rect } : null;
    });
  }
  getRange(): HostRange {
    return this.part("getRange", (rect) => rect);
  }
  getHeaderRowRange(): HostRange {
    return this.part("getHeaderRowRange", (rect) => ({ ...rect, rowCount: 1 }));
  }
  getDataBodyRange(): HostRange {
    return this.part("getDataBodyRange", (rect) => ({ ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 }));
  }

  /** Deletes the table and the contents and formats of its cells (convertToRange keeps them). */
  delete(): void {
    this.call("delete", [], (table) => {
      const model = this.session.model;
      const sheet = model.sheets.find((s) => s.id === table.sheetId) as SheetModel;
      const { row, column, rowCount, columnCount } = table.rect;
      for (let r = row; r < row + rowCount; r++) for (let c = column; c < column + columnCount; c++) sheet.cells.delete(cellKey(r, c));
      model.tables.splice(model.tables.indexOf(table), 1);
      updateFormulas(model, table.name, (formula) => breakTableIn(formula, table.name));
    });
  }
  convertToRange(): HostRange {
    const range = this.getRange();
    this.call("convertToRange", [], (table) => this.session.model.tables.splice(this.session.model.tables.indexOf(table), 1));
    return range;
  }
}
