import type { Issue } from "../model/result";
import { allocate } from "./allocate";

/** What a territory's share of the total can be based on. */
export const ALLOCATION_BASES = ["even", "priorYear", "ttm", "potential"] as const;
export type AllocationBasis = (typeof ALLOCATION_BASES)[number];

/** The figures the bases read: a `TerritoryMetricsRow` fits as it is. */
export interface AllocationInput {
  territoryId: string;
  bookingsPriorYear: number;
  bookingsTtm: number;
  potential: number;
}

export interface QuotaAllocationOptions {
  /** One basis, or `blend` with `blend` weights. */
  method: AllocationBasis | "blend";
  /** For `blend`: how much each basis counts, e.g. `{ priorYear: 0.5, potential: 0.5 }`; normalised to add up to 1. */
  blend?: Partial<Record<AllocationBasis, number>>;
  /** Round each quota to a multiple of this (1, 100, 1000 …) keeping the total exact; unrounded when omitted. */
  roundTo?: number;
}

export interface QuotaAllocationRow {
  territoryId: string;
  /** The territory's share of the total, 0–1. */
  share: number;
  amount: number;
}

const BASIS_VALUE: Record<Exclude<AllocationBasis, "even">, (row: AllocationInput) => number> = {
  priorYear: (row) => row.bookingsPriorYear,
  ttm: (row) => row.bookingsTtm,
  potential: (row) => row.potential,
};
const BASIS_LABEL: Record<AllocationBasis, string> = { even: "an even split", priorYear: "prior-year bookings", ttm: "trailing-twelve-month bookings", potential: "potential" };

/**
 * Allocates a total quota top-down to territories (pass the leaf rows of `territoryMetrics`). A basis
 * gives each territory its share of that figure; a blend gives Σ weight × share over the bases, so
 * bases of different sizes mix fairly. Rounding uses `allocate`'s largest-remainder method, so the
 * quotas add up to the total. A basis adding up to 0 or a negative figure comes back as an issue.
 * @example
 * allocateQuota(1000, [{ territoryId: "A", bookingsPriorYear: 300, bookingsTtm: 0, potential: 1 }, { territoryId: "B", bookingsPriorYear: 100, bookingsTtm: 0, potential: 3 }], { method: "blend", blend: { priorYear: 1, potential: 1 } })
 * // { allocations: [{ territoryId: "A", share: 0.5, amount: 500 }, { territoryId: "B", share: 0.5, amount: 500 }], issues: [] }
 */
export function allocateQuota(total: number, rows: readonly AllocationInput[], options: QuotaAllocationOptions): { allocations: QuotaAllocationRow[]; issues: Issue[] } {
  const mix = options.method === "blend" ? (options.blend ?? {}) : { [options.method]: 1 };
  const entries = ALLOCATION_BASES.map((basis) => [basis, mix[basis] ?? 0] as const).filter(([, weight]) => weight !== 0);
  const issues: Issue[] = [];
  for (const [basis, weight] of entries) {
    if (!Number.isFinite(weight) || weight < 0) issues.push({ code: "invalid_blend", path: ["blend", basis], message: `The blend weight of ${BASIS_LABEL[basis]} is ${weight}: use 0 or more.` });
  }
  if (entries.length === 0) issues.push({ code: "invalid_blend", path: ["blend"], message: "The blend gives no basis a weight: set e.g. priorYear 0.5 and potential 0.5." });
  if (rows.length === 0) issues.push({ code: "no_territories", path: ["territories"], message: "There are no territories to allocate to." });
  if (issues.length > 0) return { allocations: [], issues };

  const blendTotal = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const weights = new Array<number>(rows.length).fill(0);
  for (const [basis, weight] of entries) {
    const values = rows.map((row) => (basis === "even" ? 1 : BASIS_VALUE[basis](row)));
    const negative = values.findIndex((value) => !Number.isFinite(value) || value < 0);
    if (negative >= 0) {
      issues.push({ code: "negative_basis", path: ["territories", rows[negative].territoryId, basis], message: `Territory ${rows[negative].territoryId} has ${BASIS_LABEL[basis]} of ${values[negative]}; a share needs 0 or more.` });
      continue;
    }
    const basisTotal = values.reduce((sum, value) => sum + value, 0);
    if (basisTotal === 0) {
      issues.push({ code: "zero_basis", path: [basis], message: `Every territory has 0 ${BASIS_LABEL[basis]}, so it gives no shares: choose another basis.` });
      continue;
    }
    // A single basis keeps its raw figures as weights, so 600 : 300 : 100 of a million is exactly 600,000.
    if (entries.length === 1) values.forEach((value, i) => (weights[i] = value));
    else values.forEach((value, i) => (weights[i] += (weight / blendTotal) * (value / basisTotal)));
  }
  if (issues.length > 0) return { allocations: [], issues };
  const allocated = allocate(total, weights, options.roundTo);
  if (!allocated.ok) return { allocations: [], issues: allocated.issues };
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  return { allocations: rows.map((row, i) => ({ territoryId: row.territoryId, share: weights[i] / weightTotal, amount: allocated.value[i] })), issues };
}
