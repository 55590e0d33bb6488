import type { Issue } from "../model/result";
import { BalanceStats, balanceStats } from "./balanceIndex";
import { TerritoryError } from "./territoryError";

/** One territory (or rep) and its value of the metric being balanced. */
export interface BalanceItem {
  id: string;
  value: number;
}

export type CorridorPosition = "below" | "within" | "above";

export interface BalanceItemReport extends BalanceItem {
  /** value ÷ mean: 1 is exactly the mean, 1.2 is 120 % of it; null when the mean is 0. */
  ofMean: number | null;
  /** Where the value lies against the corridor around the mean. */
  position: CorridorPosition;
}

export interface BalanceReport {
  /** The corridor's half-width as a fraction of the mean (0.15 = ±15 %). */
  corridor: number;
  /** Null when there are no usable values (see the issues). */
  stats: BalanceStats | null;
  items: BalanceItemReport[];
  /** The items outside the corridor, in input order. */
  outside: BalanceItemReport[];
}

export const DEFAULT_CORRIDOR = 0.15;

/**
 * The balance of a metric over territories: the indexes, each item as a fraction of the mean and the
 * items outside the corridor mean × (1 ± corridor) — strictly outside, so exactly +15 % is within.
 * Undefined indexes (mean 0, minimum 0) are null and reported as issues; negative or non-numeric
 * values make the whole report empty with an issue.
 * @example
 * balanceReport([{ id: "A", value: 80 }, { id: "B", value: 100 }, { id: "C", value: 120 }]).outside.map((i) => i.id) // ["A", "C"]
 */
export function balanceReport(items: readonly BalanceItem[], corridor: number = DEFAULT_CORRIDOR): { report: BalanceReport; issues: Issue[] } {
  if (!Number.isFinite(corridor) || corridor < 0) throw new TerritoryError(`The corridor must be a fraction of 0 or more (0.15 for ±15 %), got ${corridor}.`);
  const computed = balanceStats(items.map((item) => item.value));
  if (!computed.ok) {
    const issues = computed.issues.map((issue) => ({ ...issue, path: issue.path.map((part, i) => (i === 1 && typeof part === "number" ? items[part].id : part)) }));
    return { report: { corridor, stats: null, items: [], outside: [] }, issues };
  }
  const stats = computed.value;
  const issues: Issue[] = [];
  if (stats.mean === 0) issues.push({ code: "zero_mean", path: ["values"], message: "Every value is 0: the CV, the Gini and the share of the mean are undefined." });
  else if (stats.maxMin === null) issues.push({ code: "zero_minimum", path: ["values"], message: "At least one value is 0, so the max/min ratio is infinite and left blank." });
  // A hair of tolerance so 115 against a mean of 100 counts as exactly +15 % despite binary rounding.
  const edge = corridor + 1e-12;
  const reported = items.map((item): BalanceItemReport => {
    const deviation = stats.mean === 0 || stats.min === stats.max ? 0 : (item.value - stats.mean) / stats.mean;
    const position: CorridorPosition = deviation < -edge ? "below" : deviation > edge ? "above" : "within";
    return { id: item.id, value: item.value, ofMean: stats.mean === 0 ? null : item.value / stats.mean, position };
  });
  return { report: { corridor, stats, items: reported, outside: reported.filter((item) => item.position !== "within") }, issues };
}
