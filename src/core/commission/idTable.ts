/**
 * Numbers for ids: an open-addressing hash table over idHash values, for looking up hundreds of
 * thousands of deal ids (the split rows' deals) without a Map entry and a string-keyed rehash
 * per id. Slot s is two numbers side by side, `cells[2s]` the id's hash and `cells[2s + 1]` its
 * number + 1 (0: empty), so a probe touches one cache line; ids are compared as strings only
 * when their hashes match. Most lookups are for ids that are not there (deals without splits): a
 * bit per hash in a filter eight times the table's slots, small enough to stay in cache, answers
 * most of them without touching the table.
 */
import { idHash } from "./idHash";

export class IdTable {
  /** The id of each number. */
  readonly ids: string[] = [];
  private cells: Int32Array;
  private mask: number;
  /** One bit per filter position, set for the hash of every id in the table. */
  private filter: Int32Array;
  private filterShift: number;

  constructor(expected: number) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.cells = new Int32Array(slots * 2);
    this.mask = slots - 1;
    // 8 bits a slot: 2^k slots make 2^(k+3) bits, in 2^(k−2) words.
    this.filter = new Int32Array(slots / 4);
    this.filterShift = 32 - Math.log2(slots * 8);
  }

  /** The id's filter position: other bits of the hash than the slot's, mixed. */
  private bitOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.filterShift;
  }

  private mayHold(hash: number): boolean {
    const bit = this.bitOf(hash);
    return (this.filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  private mark(hash: number): void {
    const bit = this.bitOf(hash);
    this.filter[bit >>> 5] |= 1 << (bit & 31);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The slot holding the id, or the empty slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const { cells, mask, ids } = this;
    let slot = hash & mask;
    for (let held = cells[2 * slot + 1]; held !== 0; held = cells[2 * slot + 1]) {
      if (cells[2 * slot] === hash && ids[held - 1] === id) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * The id's number, or -1. `hash` is idHash(id), when the caller has it already.
   * @example table.find("OPP-1") // -1 until added
   */
  find(id: string, hash: number = idHash(id)): number {
    if (!this.mayHold(hash)) return -1;
    return this.cells[2 * this.slotOf(id, hash) + 1] - 1;
  }

  /** The id's number, numbering it next when it is new. @example table.add("OPP-1") // 0 */
  add(id: string, hash: number = idHash(id)): number {
    const slot = this.slotOf(id, hash);
    const held = this.cells[2 * slot + 1];
    if (held !== 0) return held - 1;
    const number = this.ids.length;
    this.ids.push(id);
    this.cells[2 * slot] = hash;
    this.cells[2 * slot + 1] = number + 1;
    this.mark(hash);
    // Kept at most half full, so a miss ends after a couple of slots.
    if (this.ids.length * 4 > this.cells.length) this.grow();
    return number;
  }

  private grow(): void {
    const old = this.cells;
    const slots = old.length;
    this.cells = new Int32Array(slots * 2);
    this.mask = slots - 1;
    this.filter = new Int32Array(slots / 4);
    this.filterShift = 32 - Math.log2(slots * 8);
    for (let cell = 0; cell < old.length; cell += 2) {
      if (old[cell + 1] === 0) continue;
      let slot = old[cell] & this.mask;
      while (this.cells[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.cells[2 * slot] = old[cell];
      this.cells[2 * slot + 1] = old[cell + 1];
      this.mark(old[cell]);
    }
  }
}
