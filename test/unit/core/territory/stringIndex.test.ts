import fc from "fast-check";
import { stringIndex } from "../../../../src/core/territory/stringIndex";

describe("string index", () => {
  it("finds the first position of every key and nothing else", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (keys, probes) => {
        const index = stringIndex(keys);
        for (const key of [...keys, ...probes]) expect(index.get(key)).toBe(keys.indexOf(key));
        expect(index.duplicates).toEqual(keys.flatMap((key, i) => (keys.indexOf(key) < i ? [i] : [])));
      }),
    );
  });
});

describe("string index batch lookups", () => {
  it("gives what get gives for every item, for short, 31-character and longer keys", () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ minLength: 31, maxLength: 31 }), fc.string({ minLength: 32, maxLength: 40 }), fc.constantFrom("Zürich", "東京", "São Paulo"));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.array(key, { maxLength: 150 }), (keys, probes) => {
        const index = stringIndex(keys);
        const items = [...probes, ...keys].map((id) => ({ id }));
        const found = index.getAll(items, (item) => item.id);
        expect(Array.from(found)).toEqual(items.map((item) => keys.indexOf(item.id)));
      }),
    );
  });
});
