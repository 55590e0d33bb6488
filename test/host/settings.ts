/**
 * Workbook.settings (ExcelApi 1.4): the add-in's key/value pairs, saved in the workbook file and
 * scoped to one add-in in one file. What office.js does on the client is reproduced here:
 * - `add(key, value)` and `setting.value = v` send the value through JSON at call time, with each
 *   Date replaced by the string "Date(<ms since 1970>)", so what is stored is plain JSON data (a
 *   later change to the object passed in changes nothing; a function or `undefined` value throws
 *   the SyntaxError JSON.parse throws in office.js);
 * - reading `value` revives every such "Date(ms)" string, at any depth, as a Date.
 * `add` of an existing key replaces its value. Keys are compared exactly: the Excel reference does not
 * say, and Office.Settings (documented as the same store) is a case-sensitive dictionary.
 * Setting `value` to null or undefined is sent unchanged by office.js and what Excel then does is not
 * documented: the host refuses it (NotImplemented) rather than make something up.
 */
import { HostClientResult } from "./cellProperties";
import { HostObject, LoadOption, queueItemsLoad } from "./clientObject";
import { HostApiError, itemNotFound } from "./errors";
import { WorkbookModel } from "./model";
import { Session } from "./session";

const DATE_PREFIX = "Date(";
const DATE_SUFFIX = ")";

/** office.js's client-side encoding of a setting value: JSON data, dates as "Date(ms)". */
export function encodeSettingValue(value: unknown): unknown {
  const text = JSON.stringify(value, function dateAsText(this: Record<string, unknown>, key: string, encoded: unknown) {
    // `this[key]` is the value before Date.prototype.toJSON turned it into an ISO string.
    const original = this[key];
    return original instanceof Date ? `${DATE_PREFIX}${original.getTime()}${DATE_SUFFIX}` : encoded;
  });
  // JSON.stringify gives undefined for undefined and functions; JSON.parse then throws, as in office.js.
  return JSON.parse(text as string);
}

/** What `value` reads as: a fresh copy of the stored data with "Date(ms)" strings back as dates. */
export function decodeSettingValue(stored: unknown): unknown {
  return JSON.parse(JSON.stringify(stored) ?? "null", (_key, value: unknown) => {
    if (typeof value === "string" && value.length > DATE_PREFIX.length + 1 && value.startsWith(DATE_PREFIX) && value.endsWith(DATE_SUFFIX)) {
      const date = new Date(parseInt(value.slice(DATE_PREFIX.length, -DATE_SUFFIX.length), 10));
      if (!Number.isNaN(date.getTime())) return date;
    }
    return value;
  });
}

interface SettingTarget {
  store: Map<string, unknown>;
  key: string;
}

export class HostSetting extends HostObject<SettingTarget> implements Pick<Excel.Setting, "key" | "value" | "isNullObject"> {
  protected readonly typeName = "Setting";
  protected readonly scalarProperties = ["key", "value"];
  constructor(
    session: Session,
    path: unknown,
    private readonly target: () => SettingTarget | null,
  ) {
    super(session, path);
  }
  protected locate(): SettingTarget | null {
    return this.target();
  }
  protected override stillExists({ store, key }: SettingTarget): boolean {
    return store.has(key);
  }
  protected readProperty({ store, key }: SettingTarget, name: string): unknown {
    return name === "key" ? key : decodeSettingValue(store.get(key));
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(value: unknown) {
    if (value === null || value === undefined) {
      throw new HostApiError("NotImplemented", "The host does not model setting a Setting's value to null or undefined (office.js sends it as is; Excel's answer is not documented). Delete the setting instead.", "Setting.value");
    }
    const encoded = encodeSettingValue(value);
    this.set("value", encoded, ({ store, key }) => store.set(key, encoded));
  }
  delete(): void {
    this.call("delete", [], ({ store, key }) => store.delete(key));
  }
}

export class HostSettingCollection extends HostObject<WorkbookModel> {
  protected readonly typeName = "SettingCollection";
  protected readonly scalarProperties: readonly string[] = [];
  private loadedItems: HostSetting[] | null = null;
  protected locate(): WorkbookModel {
    return this.session.model;
  }
  protected readProperty(): unknown {
    return undefined;
  }

  /** Sets the value of `key`, adding the setting when the workbook has none by that name. */
  add(key: string, value: unknown): HostSetting {
    const encoded = encodeSettingValue(value);
    this.call("add", [key, encoded], (model) => model.settings.set(key, encoded));
    return this.item("add", key, true);
  }
  getItem(key: string): HostSetting {
    return this.item("getItem", key, true);
  }
  getItemOrNullObject(key: string): HostSetting {
    const proxy = this.item("getItemOrNullObject", key, false);
    proxy.trackNullObject();
    return proxy;
  }
  getCount(): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this.session.enqueue({
      payload: { a: "call", o: this._id, n: "getCount", v: [] },
      apply: () => {
        const count = this.session.model.settings.size;
        this.session.addValue(count);
        this.session.onCommit(() => result.resolve(count));
      },
    });
    return result;
  }
  override load(option?: LoadOption): this {
    const store = this.session.model.settings;
    const makeItems = () => [...store.keys()].map((key) => new HostSetting(this.session, { parent: this._id, n: "_item", v: [key] }, () => ({ store, key })));
    queueItemsLoad(this.session, this._id, option, makeItems, (items) => (this.loadedItems = items));
    return this;
  }
  get items(): HostSetting[] {
    if (this.loadedItems === null) return this.get("items");
    return this.loadedItems;
  }

  private item(method: string, key: string, mustExist: boolean): HostSetting {
    return new HostSetting(this.session, { parent: this._id, n: method, v: [key] }, () => {
      const store = this.session.model.settings;
      if (store.has(key)) return { store, key };
      if (mustExist) throw itemNotFound(`setting "${key}"`, "SettingCollection.getItem");
      return null;
    });
  }
}
