/**
 * The org's records. Each write replaces a record with a new object (records are never changed in
 * place; treat them as read-only), so a query locator that holds the records of its result keeps
 * the snapshot it was taken at, as a server-side cursor does.
 * Dates are kept as `YYYY-MM-DD` text, datetimes as epoch milliseconds, ids in their 18-character form.
 */
import type { FakeClock } from "./clock";
import { deriveFields } from "./derive";
import { makeId, normalizeId } from "./ids";
import type { FieldDef, ObjectInfo, Schema } from "./schema";
import { toStored } from "./values";

export type StoredValue = string | number | boolean | null;
export type StoredRecord = Readonly<Record<string, StoredValue>> & { readonly Id: string; readonly IsDeleted: boolean };

/** A value as tests write it: dates as `YYYY-MM-DD`, datetimes as ISO text, a Date or epoch milliseconds. */
export type InputValue = string | number | boolean | Date | null;
export type RecordInput = Readonly<Record<string, InputValue | undefined>>;

export interface StoreOptions {
  /** How far each write moves the clock before stamping, so successive writes get increasing SystemModstamps (default 1000 ms; 0 to keep it still). */
  writeTickMs?: number;
  /** CreatedById/LastModifiedById of writes (default: none). */
  actingUserId?: string;
}

interface Table {
  info: ObjectInfo;
  rows: StoredRecord[];
  positions: Map<string, number>;
  next: number;
}

export class RecordStore {
  private readonly tables = new Map<string, Table>();
  private readonly byId = new Map<string, Table>();

  constructor(
    private readonly schema: Schema,
    private readonly clock: FakeClock,
    private readonly options: StoreOptions = {},
  ) {}

  /** Inserts a record and returns its id. Unset fields are null; audit fields come from the clock. */
  insert(objectName: string, values: RecordInput): string {
    return this.insertMany(objectName, [values])[0];
  }

  /** Inserts many records with one clock tick (none with `tick: false`): the fast path of the generators. */
  insertMany(objectName: string, many: readonly RecordInput[], options: { tick?: boolean } = {}): string[] {
    const table = this.table(objectName);
    const stamp = options.tick === false ? this.clock.now() : this.tick();
    const ids: string[] = [];
    // Unset fields are simply absent (reads give null), and names resolve once per batch: 200,000 inserts take about a second.
    const names = new Map<string, FieldDef>();
    const reused = new Set<string>();
    for (const values of many) {
      const record: Record<string, StoredValue> = {};
      const written = this.assign(table.info, record, values, names, reused);
      const id = typeof record.Id === "string" ? record.Id : makeId(table.info.def.keyPrefix, ++table.next);
      if (this.byId.has(id)) throw new Error(`Duplicate id ${id}.`);
      record.Id = id;
      record.IsDeleted = false;
      for (const audit of ["CreatedDate", "LastModifiedDate", "SystemModstamp"]) if (!written.has(audit)) record[audit] = stamp;
      if (!written.has("CreatedById")) record.CreatedById = this.options.actingUserId ?? null;
      if (!written.has("LastModifiedById")) record.LastModifiedById = this.options.actingUserId ?? null;
      deriveFields(table.info.def.name, record, written);
      table.positions.set(id, table.rows.length);
      table.rows.push(record as StoredRecord);
      this.byId.set(id, table);
      ids.push(id);
    }
    return ids;
  }

  /** Updates fields of a record; LastModifiedDate and SystemModstamp move to the (ticked) clock. */
  update(id: string, values: RecordInput): void {
    this.replace(id, (record, info) => {
      const written = this.assign(info, record, values);
      deriveFields(info.def.name, record, written);
    });
  }

  /** Moves a record to the recycle bin: `query` stops returning it, `queryAll` returns it with IsDeleted true. */
  softDelete(id: string): void {
    this.replace(id, (record) => {
      record.IsDeleted = true;
    });
  }

  undelete(id: string): void {
    this.replace(id, (record) => {
      record.IsDeleted = false;
    });
  }

  /** Empties a record from the recycle bin: no query returns it any more. */
  purge(id: string): void {
    const table = this.tableOf(id);
    const position = table.positions.get(id) as number;
    table.rows.splice(position, 1);
    table.positions.clear();
    table.rows.forEach((row, i) => table.positions.set(row.Id, i));
    this.byId.delete(id);
  }

  /** The current version of a record (deleted ones too), by 15- or 18-character id. */
  get(id: string): StoredRecord | undefined {
    const full = normalizeId(id);
    const table = full ? this.byId.get(full) : undefined;
    return table ? table.rows[table.positions.get(full as string) as number] : undefined;
  }

  /** Every record of an object in insertion order, deleted ones included. */
  all(objectName: string): readonly StoredRecord[] {
    return this.table(objectName).rows;
  }

  ids(objectName: string): string[] {
    return this.table(objectName).rows.filter((r) => !r.IsDeleted).map((r) => r.Id);
  }

  private replace(id: string, change: (record: Record<string, StoredValue>, info: ObjectInfo) => void): void {
    const table = this.tableOf(id);
    const full = normalizeId(id) as string;
    const position = table.positions.get(full) as number;
    const record: Record<string, StoredValue> = { ...table.rows[position] };
    change(record, table.info);
    const stamp = this.tick();
    record.LastModifiedDate = stamp;
    record.SystemModstamp = stamp;
    if (this.options.actingUserId) record.LastModifiedById = this.options.actingUserId;
    table.rows[position] = record as StoredRecord;
  }

  private tick(): number {
    this.clock.advance(this.options.writeTickMs ?? 1000);
    return this.clock.now();
  }

  private assign(info: ObjectInfo, record: Record<string, StoredValue>, values: RecordInput, names = new Map<string, FieldDef>(), written = new Set<string>()): Set<string> {
    written.clear();
    for (const name in values) {
      const value = values[name];
      if (value === undefined) continue;
      let field = names.get(name);
      if (!field) {
        field = info.fields.get(name.toLowerCase());
        if (!field) throw new Error(`${info.def.name} has no field ${name}.`);
        names.set(name, field);
      }
      record[field.name] = toStored(info.def.name, field, value);
      written.add(field.name);
    }
    return written;
  }

  private table(objectName: string): Table {
    const key = objectName.toLowerCase();
    let table = this.tables.get(key);
    if (!table) {
      const info = this.schema.object(objectName);
      if (!info) throw new Error(`The fake org has no object ${objectName}.`);
      table = { info, rows: [], positions: new Map(), next: 0 };
      this.tables.set(key, table);
    }
    return table;
  }

  private tableOf(id: string): Table {
    const full = normalizeId(id);
    const table = full ? this.byId.get(full) : undefined;
    if (!table) throw new Error(`No record with id ${id}.`);
    return table;
  }
}
