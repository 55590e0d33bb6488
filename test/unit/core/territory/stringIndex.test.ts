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
