import fc from "fast-check";
import { IdTable } from "../../../../src/core/commission/idTable";

describe("IdTable", () => {
  it("numbers ids in order of first appearance and finds them again, as a Map would, through its growth", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 50 }), (added, probed) => {
        const table = new IdTable(1);
        const map = new Map<string, number>();
        for (const id of added) {
          if (!map.has(id)) map.set(id, map.size);
          expect(table.add(id)).toBe(map.get(id));
        }
        expect(table.size).toBe(map.size);
        expect(table.ids).toEqual([...map.keys()]);
        for (const id of [...added, ...probed]) expect(table.find(id)).toBe(map.get(id) ?? -1);
      }),
    );
  });

  it("tells ids apart whose hashes are equal", () => {
    const table = new IdTable(4);
    // The hash is the caller's: the same one for every id forces every lookup through a collision.
    expect(["A", "B", "C"].map((id) => table.add(id, 42))).toEqual([0, 1, 2]);
    expect(table.find("B", 42)).toBe(1);
    expect(table.find("D", 42)).toBe(-1);
  });
});
