/**
 * The proxy-object rules every host class shares, as office.js applies them: methods and property
 * writes are queued and run at `context.sync()`; a scalar property can be read only after it was
 * loaded and a sync returned it (the value is a snapshot of that moment); `isNullObject` is known
 * only after a sync.
 */
import { HostApiError, itemNotFound, propertyNotLoaded } from "./errors";
import { Session } from "./session";

export type LoadOption = string | string[] | { select?: string | string[] };

function loadNames(option: LoadOption | undefined, known: readonly string[], typeName: string): string[] {
  const raw = option === undefined ? [...known] : typeof option === "string" || Array.isArray(option) ? option : (option.select ?? [...known]);
  const names = (Array.isArray(raw) ? raw : raw.split(",")).map((name) => name.trim()).filter((name) => name !== "");
  for (const name of names) {
    if (!known.includes(name)) {
      throw new HostApiError("InvalidArgument", `The host's ${typeName} cannot load '${name}' (not a scalar property it implements).`, `${typeName}.load`);
    }
  }
  return names;
}

/**
 * Queues a collection load of "items" or "items/a,items/b": at sync each item gets a proxy with
 * those properties loaded; `commit` receives the proxies when the whole sync succeeds.
 */
export function queueItemsLoad<P extends HostObject<unknown>>(session: Session, ownerId: number, option: LoadOption | undefined, makeItems: () => P[], commit: (items: P[]) => void): void {
  const raw = option === undefined ? ["items"] : typeof option === "string" ? option.split(",") : Array.isArray(option) ? option : [];
  const names = raw.map((n) => n.trim()).filter((n) => n !== "");
  if (!names.every((n) => n === "items" || n.startsWith("items/"))) {
    throw new HostApiError("InvalidArgument", `The host's collections load only "items" or "items/<property>" (got ${JSON.stringify(option)}).`, "Collection.load");
  }
  const itemProps = names.filter((n) => n.startsWith("items/")).map((n) => n.slice("items/".length));
  session.enqueue({
    payload: { a: "load", o: ownerId, p: names },
    apply: () => {
      const items = makeItems();
      const snapshots = items.map((item) => item.snapshotFor(itemProps.length > 0 ? itemProps : undefined));
      session.onCommit(() => {
        items.forEach((item, i) => item.adoptSnapshot(snapshots[i]));
        commit(items);
      });
    },
  });
}

export abstract class HostObject<T> {
  readonly _id: number;
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: { target: T | null } | undefined;

  constructor(
    protected readonly session: Session,
    path: unknown,
  ) {
    this._id = session.registerProxy(path);
  }

  protected abstract readonly typeName: string;
  /** The scalar properties `load()` accepts. */
  protected abstract readonly scalarProperties: readonly string[];
  /** Finds the object in the workbook when a sync first uses this proxy; null makes a null object. */
  protected abstract locate(): T | null;
  /** Reads one scalar property from the workbook, metering the response. */
  protected abstract readProperty(target: T, name: string): unknown;
  /** Whether the located object still exists (a deleted sheet or table makes its proxies fail). */
  protected stillExists(_target: T): boolean {
    return true;
  }

  /** Resolves once and keeps the binding, as Excel binds an object path when first used. */
  resolve(): T | null {
    if (!this.bound) this.bound = { target: this.locate() };
    const target = this.bound.target;
    if (target !== null && !this.stillExists(target)) throw itemNotFound(`${this.typeName} was deleted`, this.typeName);
    return target;
  }

  protected required(): T {
    const target = this.resolve();
    if (target === null) throw itemNotFound(`${this.typeName} is a null object`, this.typeName);
    return target;
  }

  load(option?: LoadOption): this {
    const names = loadNames(option, this.scalarProperties, this.typeName);
    this.session.enqueue({
      payload: { a: "load", o: this._id, p: names },
      apply: () => {
        const target = this.resolve();
        const snapshot = new Map<string, unknown>();
        for (const name of names) {
          const value = target === null ? null : this.readProperty(target, name);
          this.session.addValue(value);
          snapshot.set(name, value);
        }
        this.session.onCommit(() => {
          for (const [name, value] of snapshot) this.loaded.set(name, value);
          this.nullState = target === null;
        });
      },
    });
    return this;
  }

  /** Queues the existence query that `*OrNullObject` methods carry, answering `isNullObject`. */
  trackNullObject(): void {
    this.session.enqueue({
      payload: { a: "query", o: this._id },
      apply: () => {
        const isNull = this.resolve() === null;
        this.session.onCommit(() => (this.nullState = isNull));
      },
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullState;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; `apply` runs at sync against the located object. */
  protected set(name: string, value: unknown, apply: (target: T) => void): void {
    this.session.enqueue({ payload: { a: "set", o: this._id, n: name, v: value }, apply: () => apply(this.required()) });
  }

  /** Queues a method call; `apply` runs at sync against the located object. */
  protected call(method: string, args: unknown[], apply: (target: T) => void): void {
    this.session.enqueue({ payload: { a: "call", o: this._id, n: method, v: args }, apply: () => apply(this.required()) });
  }

  /** Marks properties loaded from a collection's `items/...` load (office.js fills each item the same way). */
  adoptSnapshot(snapshot: ReadonlyMap<string, unknown>): void {
    for (const [name, value] of snapshot) this.loaded.set(name, value);
    this.nullState = false;
  }

  /** Reads properties for a collection load at sync time (metered as response). */
  snapshotFor(names: readonly string[] | undefined): Map<string, unknown> {
    const target = this.required();
    const snapshot = new Map<string, unknown>();
    for (const name of loadNames(names ? [...names] : undefined, this.scalarProperties, this.typeName)) {
      const value = this.readProperty(target, name);
      this.session.addValue(value);
      snapshot.set(name, value);
    }
    return snapshot;
  }

  /** Like office.js: the loaded properties, for logging and jest messages. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
