import { generateDemoOrg } from "../../../../src/core/demo/generateDemoOrg";
import type { DataSet } from "../../../../src/core/model/dataSet";

export const AS_OF = "2026-11-27";
export const SEED = 7;

let cached: DataSet | undefined;

/** The demo org every demo test reads: generated once per test file. */
export function demoOrg(): DataSet {
  cached ??= generateDemoOrg({ seed: SEED, asOf: AS_OF });
  return cached;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
