/** Excel.TableCollection (workbook-wide or one sheet's): create tables and look them up by name. */
import { Rect, intersects, parseRect, splitSheet } from "./a1";
import { HostObject, LoadOption, queueItemsLoad } from "./clientObject";
import { HostApiError, itemNotFound } from "./errors";
import { SheetModel, TableModel, cellAt, newId } from "./model";
import { HostRange } from "./range";
import { Session } from "./session";
import { HostTable } from "./table";
import { takenNames } from "./tableParts";
import { readText } from "./valueSemantics";

/** Header cells become unique text, as Excel does: blanks become "ColumnN", repeats get a number. */
function normalizeHeaders(sheet: SheetModel, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.columnCount; c++) {
    const cell = cellAt(sheet, rect.row, rect.column + c, true);
    let text = readText(cell).trim() === "" ? `Column${c + 1}` : readText(cell);
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${readText(cell) || `Column${c + 1}`}${n}`;
    seen.add(text.toLowerCase());
    Object.assign(cell, { value: text, formula: null, cachedResult: null });
  }
}

interface Scope {
  sheet: SheetModel | null;
}

export class HostTableCollection extends HostObject<Scope> {
  protected readonly typeName = "TableCollection";
  protected readonly scalarProperties = ["count"];
  private loadedItems: HostTable[] | null = null;

  /** `sheet` scopes the collection to a worksheet; without it, it is the workbook's. */
  constructor(
    session: Session,
    path: unknown,
    private readonly sheet?: () => SheetModel,
  ) {
    super(session, path);
  }
  protected locate(): Scope {
    return { sheet: this.sheet ? this.sheet() : null };
  }
  private scope(): TableModel[] {
    const { sheet } = this.required();
    return this.session.model.tables.filter((t) => sheet === null || t.sheetId === sheet.id);
  }
  protected readProperty(): unknown {
    return this.scope().length;
  }
  get count(): number {
    return this.get("count");
  }

  private tableProxy(method: string, args: unknown[], locate: () => TableModel | null): HostTable {
    return new HostTable(this.session, { parent: this._id, n: method, v: args }, locate);
  }

  /** Creates a table over `address` (a string or a Range); the first row becomes the header row. */
  add(address: string | HostRange, hasHeaders: boolean): HostTable {
    let created: TableModel | null = null;
    const args = [typeof address === "string" ? address : { range: address._id }, hasHeaders];
    this.session.enqueue({
      payload: { a: "call", o: this._id, n: "add", v: args },
      apply: () => {
        const model = this.session.model;
        if (!hasHeaders) throw new HostApiError("NotImplemented", "The host creates tables from ranges with headers only (hasHeaders: true).", "TableCollection.add");
        const { sheet, rect } = this.targetOf(address);
        if (model.tables.some((t) => t.sheetId === sheet.id && intersects(t.rect, rect))) {
          throw new HostApiError("InvalidOperation", "A table can't overlap another table.", "TableCollection.add");
        }
        const full = rect.rowCount === 1 ? { ...rect, rowCount: 2 } : rect;
        normalizeHeaders(sheet, full);
        let name = "";
        for (let n = 1; name === "" || takenNames(model, null).some((t) => t.toLowerCase() === name.toLowerCase()); n++) name = `Table${n}`;
        created = { id: newId(model, "{table-"), name, sheetId: sheet.id, rect: full, style: "TableStyleMedium2", showTotals: false, showBandedRows: true };
        model.tables.push(created);
      },
    });
    return this.tableProxy("add", args, () => created);
  }

  private targetOf(address: string | HostRange): { sheet: SheetModel; rect: Rect } {
    if (typeof address !== "string") {
      const target = address.resolve();
      if (target === null) throw itemNotFound("range is a null object", "TableCollection.add");
      return target;
    }
    const { sheet: sheetName, local } = splitSheet(address);
    const model = this.session.model;
    const scoped = this.required().sheet;
    const sheet =
      sheetName === null ? (scoped ?? model.sheets.find((s) => s.id === model.activeSheetId)) : model.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) throw itemNotFound(`worksheet of "${address}"`, "TableCollection.add");
    return { sheet, rect: parseRect(local) };
  }

  private find(key: string): TableModel | null {
    return this.scope().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null;
  }
  getItem(key: string): HostTable {
    return this.tableProxy("getItem", [key], () => {
      const table = this.find(key);
      if (!table) throw itemNotFound(`table "${key}"`, "TableCollection.getItem");
      return table;
    });
  }
  getItemOrNullObject(key: string): HostTable {
    const proxy = this.tableProxy("getItemOrNullObject", [key], () => this.find(key));
    proxy.trackNullObject();
    return proxy;
  }

  override load(option?: LoadOption): this {
    if (option === "count" || (Array.isArray(option) && option.length === 1 && option[0] === "count")) return super.load(option);
    queueItemsLoad(this.session, this._id, option, () => this.scope().map((t) => this.tableProxy("_item", [t.id], () => t)), (items) => (this.loadedItems = items));
    return this;
  }
  get items(): HostTable[] {
    if (this.loadedItems === null) return this.get("items");
    return this.loadedItems;
  }
}
