/** Deterministic synthetic series for the time-series tests (a seeded generator, no Math.random). */

/** Standard normal draws from a seeded mulberry32 stream (Box–Muller). */
export function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Level + trend·t + a repeating pattern + Gaussian noise. */
export function seasonalSeries(length: number, pattern: readonly number[], options: { level?: number; trend?: number; noise?: number; seed?: number } = {}): number[] {
  const { level = 100, trend = 1, noise = 1, seed = 1 } = options;
  const draw = gaussian(seed);
  return Array.from({ length }, (_, t) => level + trend * t + pattern[t % pattern.length] + noise * draw());
}

/** A monthly sales pattern: a slow start, a spring peak, a summer lull and a year-end push. */
export const MONTHLY_PATTERN = [-20, -14, -2, 8, 12, 6, -8, -16, -4, 6, 12, 20];

/** Quarter-end spikes on top of a yearly shape: autocorrelation peaks at 3 and 6 as well as 12. */
export const QUARTER_END_PATTERN = [-12, -6, 14, -10, -4, 16, -18, -14, 12, -6, 0, 28];

/** A quarterly pattern: a slow Q1, a strong Q4. */
export const QUARTERLY_PATTERN = [-15, 0, 3, 12];
