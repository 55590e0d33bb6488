/** Workbook.names: defined names that refer to a range or hold a formula. */
import { parseRect, qualify, splitSheet } from "./a1";
import { HostObject, LoadOption, queueItemsLoad } from "./clientObject";
import { itemNotFound } from "./errors";
import { NameModel, WorkbookModel } from "./model";
import { checkTableOrDefinedName } from "./nameRules";
import { HostRange } from "./range";
import { Session } from "./session";
import { takenNames } from "./tableParts";

/** "Sheet1!A1:B2" → "Sheet1!$A$1:$B$2": defined names refer to absolute addresses. */
const absolute = (address: string) => address.replace(/(^|[!:])([A-Z]{1,3})(\d+)/g, "$1$$$2$$$3");

export class HostNamedItem extends HostObject<NameModel> implements Pick<Excel.NamedItem, "name" | "formula" | "comment" | "isNullObject"> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarProperties = ["name", "formula", "comment", "visible", "type"];
  constructor(
    session: Session,
    path: unknown,
    private readonly locator: () => NameModel | null,
  ) {
    super(session, path);
  }
  protected locate(): NameModel | null {
    return this.locator();
  }
  protected override stillExists(item: NameModel): boolean {
    return this.session.model.names.includes(item);
  }
  protected readProperty(item: NameModel, name: string): unknown {
    if (name === "type") return /^=('[^']+'|[^!]+)!\$?[A-Z]/.test(item.formula) ? "Range" : "String";
    return item[name as "name" | "formula" | "comment" | "visible"];
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.set("formula", value, (item) => (item.formula = value.startsWith("=") ? value : `=${value}`));
  }
  get comment(): string {
    return this.get("comment");
  }
  set comment(value: string) {
    this.set("comment", value, (item) => (item.comment = value));
  }
  get type(): string {
    return this.get("type");
  }
  /** The range a name refers to (fails at sync when it refers to no single range). */
  getRange(): HostRange {
    return new HostRange(this.session, { parent: this._id, n: "getRange" }, () => {
      const item = this.required();
      const { sheet: sheetName, local } = splitSheet(item.formula.slice(1));
      const sheet = this.session.model.sheets.find((s) => s.name.toLowerCase() === (sheetName ?? "").toLowerCase());
      if (!sheet) throw itemNotFound(`range of name "${item.name}"`, "NamedItem.getRange");
      return { sheet, rect: parseRect(local.replace(/\$/g, "")) };
    });
  }
  delete(): void {
    this.call("delete", [], (item) => this.session.model.names.splice(this.session.model.names.indexOf(item), 1));
  }
}

export class HostNamedItemCollection extends HostObject<WorkbookModel> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly scalarProperties = ["count"];
  private loadedItems: HostNamedItem[] | null = null;
  protected locate(): WorkbookModel {
    return this.session.model;
  }
  protected readProperty(model: WorkbookModel): unknown {
    return model.names.length;
  }
  get count(): number {
    return this.get("count");
  }
  private find(name: string): NameModel | null {
    return this.session.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  /** `reference` is a Range or a formula/address string ("=Sheet1!$A$1", "=0.25"). */
  add(name: string, reference: HostRange | string, comment = ""): HostNamedItem {
    let created: NameModel | null = null;
    this.call("add", [name, typeof reference === "string" ? reference : { range: reference._id }, comment], (model) => {
      checkTableOrDefinedName(name, takenNames(model, null), "NamedItemCollection.add");
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const target = reference.resolve();
        if (target === null) throw itemNotFound("named range is a null object", "NamedItemCollection.add");
        formula = `=${absolute(qualify(target.sheet.name, target.rect))}`;
      }
      created = { name, formula, comment, visible: true };
      model.names.push(created);
    });
    return new HostNamedItem(this.session, { parent: this._id, n: "add", v: [name] }, () => created);
  }
  getItem(name: string): HostNamedItem {
    return new HostNamedItem(this.session, { parent: this._id, n: "getItem", v: [name] }, () => {
      const found = this.find(name);
      if (!found) throw itemNotFound(`name "${name}"`, "NamedItemCollection.getItem");
      return found;
    });
  }
  getItemOrNullObject(name: string): HostNamedItem {
    const proxy = new HostNamedItem(this.session, { parent: this._id, n: "getItemOrNullObject", v: [name] }, () => this.find(name));
    proxy.trackNullObject();
    return proxy;
  }

  override load(option?: LoadOption): this {
    if (option === "count" || (Array.isArray(option) && option.length === 1 && option[0] === "count")) return super.load(option);
    const makeItems = () => this.session.model.names.map((item) => new HostNamedItem(this.session, { parent: this._id, n: "_item", v: [item.name] }, () => item));
    queueItemsLoad(this.session, this._id, option, makeItems, (items) => (this.loadedItems = items));
    return this;
  }
  get items(): HostNamedItem[] {
    if (this.loadedItems === null) return this.get("items");
    return this.loadedItems;
  }
}
