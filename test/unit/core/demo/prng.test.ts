import { Random } from "../../../../src/core/demo/prng";

describe("Random", () => {
  it("repeats the same sequence for the same seed and label", () => {
    const a = Random.fork(7, "deals");
    const b = Random.fork(7, "deals");
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
  });

  it("gives different streams for different seeds and labels", () => {
    const sample = (random: Random): number[] => Array.from({ length: 3 }, () => random.next());
    expect(sample(Random.fork(7, "deals"))).not.toEqual(sample(Random.fork(8, "deals")));
    expect(sample(Random.fork(7, "deals"))).not.toEqual(sample(Random.fork(7, "accounts")));
    expect(sample(Random.fork(1, "x"))).not.toEqual(sample(Random.fork(1 + 2 ** 32, "x")));
  });

  it("draws uniform numbers in [0, 1) with the right mean", () => {
    const random = new Random(42);
    const values = Array.from({ length: 20_000 }, () => random.next());
    expect(values.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
    expect(values.reduce((sum, x) => sum + x, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it("keeps int within bounds, hitting both ends", () => {
    const random = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i += 1) seen.add(random.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("weights choices and never picks a zero weight", () => {
    const random = new Random(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i += 1) counts[random.weighted(["a", "b", "c"] as const, [3, 1, 0])] += 1;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it("draws Poisson counts and log-normal values with the asked mean and median", () => {
    const random = new Random(11);
    let total = 0;
    for (let i = 0; i < 10_000; i += 1) total += random.poisson(2.5);
    expect(total / 10_000).toBeCloseTo(2.5, 1);
    const values = Array.from({ length: 10_001 }, () => random.logNormal(100, 0.5)).sort((x, y) => x - y);
    expect(values[5_000]).toBeGreaterThan(95);
    expect(values[5_000]).toBeLessThan(105);
  });

  it("refuses to pick from nothing", () => {
    expect(() => new Random(1).pick([])).toThrow(RangeError);
  });
});
