/**
 * A small seeded pseudo-random generator for the demo org. The core may not use Math.random (the
 * same seed must give byte-identical files), so every random choice goes through a {@link Random}.
 */

/** Folds a text label into a 32-bit integer (FNV-1a), to derive independent streams from one seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: 32 bits of state, fast, and good enough for synthetic data (not for cryptography).
 * Each part of the generator forks its own stream by label, so adding a draw in one part (say,
 * accounts) does not shift every later draw elsewhere (say, opportunities).
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * A generator for one named purpose, independent of the order in which other streams are used.
   * @example Random.fork(7, "accounts").next() === Random.fork(7, "accounts").next() // true
   */
  static fork(seed: number, label: string): Random {
    // Mix the seed's high bits in too, so seeds that differ only above 2^32 still differ.
    const high = Math.floor(seed / 0x100000000) >>> 0;
    return new Random(hashLabel(label) ^ Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b));
  }

  /** A child stream, e.g. one per account, so each record's draws are stable. */
  child(label: string): Random {
    return new Random(hashLabel(label) ^ Math.imul(this.nextUint32(), 0x9e3779b1));
  }

  private nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). @example new Random(1).next() < 1 // true */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [min, max). @example new Random(1).uniform(2, 3) >= 2 // true */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number from min to max, both included. @example new Random(1).int(1, 6) <= 6 // true */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. @example new Random(1).chance(0) // false */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. @example new Random(1).pick(["a"]) // "a" */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Random.pick needs at least one item.");
    return items[Math.floor(this.next() * items.length)];
  }

  /** One element, with probability proportional to its weight. @example new Random(1).weighted(["a", "b"], [1, 0]) // "a" */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      target -= weights[i];
      if (target < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** Standard normal (Box–Muller). @example Number.isFinite(new Random(1).normal()) // true */
  normal(): number {
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Log-normal with the given median: the shape of deal sizes and cycle lengths (long right tail).
   * @example new Random(1).logNormal(100, 0) // 100
   */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * Poisson count with mean `lambda` (Knuth's method; the demo only draws small means).
   * @example new Random(1).poisson(0) // 0
   */
  poisson(lambda: number): number {
    const limit = Math.exp(-lambda);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count += 1;
      product *= this.next();
    }
    return count;
  }
}
