import type { Account } from "../model/entities";
import type { WorkloadSpec } from "./metricTypes";
import { TerritoryError } from "./territoryError";

const NUMERIC_FIELDS = { employees: "employees", annualrevenue: "annualRevenue", annual_revenue: "annualRevenue", potential: "potential" } as const;

/**
 * A function giving each account's own workload weight, or NaN when it has none (a segment without
 * a weight, a blank or non-numeric cell): the caller then uses `workloadFallback(spec)` and reports
 * the account. A number rather than an object, so a million accounts allocate nothing.
 * @example workloadWeigher({ by: "segment", weights: { Enterprise: 3, SMB: 1 } })({ segment: "Enterprise" } as Account) // 3
 */
export function workloadWeigher(spec: WorkloadSpec = { by: "count" }): (account: Account) => number {
  if (spec.by === "count") return () => 1;
  if (spec.by === "segment") {
    const weights = new Map<string, number>();
    for (const [segment, weight] of Object.entries(spec.weights)) {
      if (!Number.isFinite(weight)) throw new TerritoryError(`The workload weight of segment ${segment} must be a number, got ${weight}.`);
      weights.set(segment.trim().toLowerCase(), weight);
    }
    // Keyed by the raw spelling, so each distinct segment text is normalised once.
    const cache = new Map<string, number>();
    return (account) => {
      let weight = cache.get(account.segment);
      if (weight === undefined) {
        weight = weights.get(account.segment.trim().toLowerCase()) ?? NaN;
        cache.set(account.segment, weight);
      }
      return weight;
    };
  }
  const field = NUMERIC_FIELDS[spec.column.trim().toLowerCase() as keyof typeof NUMERIC_FIELDS];
  if (field) return (account) => account[field] ?? NaN;
  const column = spec.column;
  return (account) => {
    const text = account.extra[column];
    return text === undefined || text.trim() === "" ? NaN : Number(text);
  };
}

/**
 * The weight of an account without one of its own: the spec's `otherwise`, 0 when omitted.
 * @example workloadFallback({ by: "column", column: "score", otherwise: 1 }) // 1
 */
export function workloadFallback(spec: WorkloadSpec = { by: "count" }): number {
  const otherwise = spec.by === "count" ? 1 : (spec.otherwise ?? 0);
  if (!Number.isFinite(otherwise)) throw new TerritoryError(`The workload weight for other accounts must be a number, got ${otherwise}.`);
  return otherwise;
}
