/** Excel.WorksheetCollection: add, look up, and list sheets. */
import { HostObject, LoadOption, queueItemsLoad } from "./clientObject";
import { itemNotFound } from "./errors";
import { SheetModel, newSheet } from "./model";
import { checkSheetName } from "./nameRules";
import { Session } from "./session";
import { HostWorksheet } from "./worksheet";

const byName = (sheets: readonly SheetModel[], name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;

export class HostWorksheetCollection extends HostObject<SheetModel[]> {
  protected readonly typeName = "WorksheetCollection";
  protected readonly scalarProperties = [];
  private loadedItems: HostWorksheet[] | null = null;

  constructor(session: Session, path: unknown) {
    super(session, path);
  }
  protected locate(): SheetModel[] {
    return this.session.model.sheets;
  }
  protected readProperty(): unknown {
    return null;
  }

  private sheetProxy(method: string, args: unknown[], locate: () => SheetModel | null): HostWorksheet {
    return new HostWorksheet(this.session, { parent: this._id, n: method, v: args }, locate);
  }

  /** Adds a sheet at the end (Excel names it "SheetN" when no name is given). */
  add(name?: string): HostWorksheet {
    let added: SheetModel | null = null;
    this.call("add", [name], (sheets) => {
      let chosen = name;
      for (let n = sheets.length + 1; chosen === undefined; n++) if (!byName(sheets, `Sheet${n}`)) chosen = `Sheet${n}`;
      checkSheetName(chosen, sheets.map((s) => s.name), "WorksheetCollection.add");
      added = newSheet(this.session.model, chosen);
      sheets.push(added);
    });
    return this.sheetProxy("add", [name], () => added);
  }

  /** Fails at sync with ItemNotFound when there is no such sheet (names ignore case). */
  getItem(key: string): HostWorksheet {
    return this.sheetProxy("getItem", [key], () => {
      const sheet = byName(this.session.model.sheets, key) ?? this.session.model.sheets.find((s) => s.id === key);
      if (!sheet) throw itemNotFound(`worksheet "${key}"`, "WorksheetCollection.getItem");
      return sheet;
    });
  }

  getItemOrNullObject(key: string): HostWorksheet {
    const proxy = this.sheetProxy("getItemOrNullObject", [key], () => byName(this.session.model.sheets, key) ?? this.session.model.sheets.find((s) => s.id === key) ?? null);
    proxy.trackNullObject();
    return proxy;
  }

  getActiveWorksheet(): HostWorksheet {
    return this.sheetProxy("getActiveWorksheet", [], () => {
      const model = this.session.model;
      const sheet = model.sheets.find((s) => s.id === model.activeSheetId);
      if (!sheet) throw itemNotFound("active worksheet", "WorksheetCollection.getActiveWorksheet");
      return sheet;
    });
  }

  override load(option?: LoadOption): this {
    queueItemsLoad(
      this.session,
      this._id,
      option,
      () => this.session.model.sheets.map((sheet) => this.sheetProxy("_item", [sheet.id], () => sheet)),
      (items) => (this.loadedItems = items),
    );
    return this;
  }

  get items(): HostWorksheet[] {
    if (this.loadedItems === null) return this.get("items");
    return this.loadedItems;
  }
}
