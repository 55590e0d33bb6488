/** Worksheet.customProperties: string key/value pairs stored with the sheet. */
import { HostObject } from "./clientObject";
import { itemNotFound } from "./errors";
import { SheetModel } from "./model";
import { Session } from "./session";

interface PropertyTarget {
  sheet: SheetModel;
  key: string;
}

export class HostCustomProperty extends HostObject<PropertyTarget> implements Pick<Excel.WorksheetCustomProperty, "key" | "value" | "isNullObject"> {
  protected readonly typeName = "WorksheetCustomProperty";
  protected readonly scalarProperties = ["key", "value"];
  constructor(
    session: Session,
    path: unknown,
    private readonly target: () => PropertyTarget | null,
  ) {
    super(session, path);
  }
  protected locate(): PropertyTarget | null {
    return this.target();
  }
  protected readProperty({ sheet, key }: PropertyTarget, name: string): unknown {
    return name === "key" ? key : sheet.customProperties.get(key);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): string {
    return this.get("value");
  }
  set value(value: string) {
    this.set("value", value, ({ sheet, key }) => sheet.customProperties.set(key, value));
  }
  delete(): void {
    this.call("delete", [], ({ sheet, key }) => sheet.customProperties.delete(key));
  }
}

export class HostCustomPropertyCollection extends HostObject<SheetModel> {
  protected readonly typeName = "WorksheetCustomPropertyCollection";
  protected readonly scalarProperties = ["count"];
  constructor(
    session: Session,
    path: unknown,
    private readonly sheet: () => SheetModel,
  ) {
    super(session, path);
  }
  protected locate(): SheetModel {
    return this.sheet();
  }
  protected readProperty(sheet: SheetModel): unknown {
    return sheet.customProperties.size;
  }
  get count(): number {
    return this.get("count");
  }
  /** Keys ignore case; adding an existing key overwrites its value (as documented for Excel). */
  private keyIn(sheet: SheetModel, key: string): string | null {
    return [...sheet.customProperties.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) ?? null;
  }
  add(key: string, value: string): HostCustomProperty {
    this.call("add", [key, value], (sheet) => sheet.customProperties.set(this.keyIn(sheet, key) ?? key, value));
    return this.item("add", key, true);
  }
  private item(method: string, key: string, mustExist: boolean): HostCustomProperty {
    return new HostCustomProperty(this.session, { parent: this._id, n: method, v: [key] }, () => {
      const sheet = this.required();
      const found = this.keyIn(sheet, key);
      if (found === null && mustExist) throw itemNotFound(`custom property "${key}"`, "WorksheetCustomPropertyCollection.getItem");
      return found === null ? null : { sheet, key: found };
    });
  }
  getItem(key: string): HostCustomProperty {
    return this.item("getItem", key, true);
  }
  getItemOrNullObject(key: string): HostCustomProperty {
    const proxy = this.item("getItemOrNullObject", key, false);
    proxy.trackNullObject();
    return proxy;
  }
}
