/**
 * Query locators: the rows of a result kept server-side, read a batch at a time through
 * `nextRecordsUrl` (`/services/data/vXX.X/query/01g…-2000`, the locator id and the offset of the
 * next row). A locator expires after a spell without use (15 minutes, as Salesforce documents
 * for its cursors), when a test expires it, or when too many are open (the oldest is released).
 */
import type { FakeClock } from "./clock";
import { makeId } from "./ids";
import type { Projector } from "./soql/project";
import type { StoredRecord } from "./store";

export interface Cursor {
  id: string;
  rows: readonly StoredRecord[];
  project: Projector;
  batchSize: number;
  lastUsed: number;
}

export interface CursorOptions {
  /** Inactivity after which a locator is gone (default 15 minutes of the fake's clock). */
  ttlMs?: number;
  /** Open locators per org before the oldest is released (default unlimited). */
  maxOpen?: number;
}

export class CursorStore {
  private readonly open = new Map<string, Cursor>();
  private next = 0;

  constructor(
    private readonly clock: FakeClock,
    private readonly options: CursorOptions = {},
  ) {}

  create(rows: readonly StoredRecord[], project: Projector, batchSize: number): Cursor {
    const cursor: Cursor = { id: makeId("01g", ++this.next), rows, project, batchSize, lastUsed: this.clock.now() };
    this.open.set(cursor.id, cursor);
    const maxOpen = this.options.maxOpen;
    if (maxOpen !== undefined && this.open.size > maxOpen) {
      const oldest = this.open.keys().next().value as string;
      this.open.delete(oldest);
    }
    return cursor;
  }

  /** The live cursor of a locator id (touching it), or undefined when it expired or never existed. */
  use(id: string): Cursor | undefined {
    const cursor = this.open.get(id);
    if (!cursor) return undefined;
    const now = this.clock.now();
    if (now - cursor.lastUsed > (this.options.ttlMs ?? 15 * 60_000)) {
      this.open.delete(id);
      return undefined;
    }
    cursor.lastUsed = now;
    return cursor;
  }

  /** Expires one locator, or every open one. */
  expire(id?: string): void {
    if (id === undefined) this.open.clear();
    else this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }
}
