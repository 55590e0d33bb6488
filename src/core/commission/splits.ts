/**
 * Checks the explicit credit splits: per deal, the "split" shares must add up to 100% (overlays
 * are extra and need not). A deal whose splits do not add up is reported and credited to nobody,
 * rather than to a guessed owner.
 */
import type { Issue } from "../model/result";
import type { CreditSplit } from "./types";

export interface DealSplits {
  splits: CreditSplit[];
  overlays: CreditSplit[];
}

/** Splits of a deal may be off by this much from 100% (float sums of shares such as 1/3). */
const TOLERANCE = 1e-9;

/**
 * Groups the split list by deal and reports deals whose split shares do not add up to 1, and
 * shares outside (0, 1]. Deals with problems are left out of `byDeal` and listed in `rejected`.
 * @example indexSplits([{ opportunityId: "O1", repId: "A", share: 0.6 }, { opportunityId: "O1", repId: "B", share: 0.4 }]).issues // []
 */
export function indexSplits(list: readonly CreditSplit[]): { byDeal: Map<string, DealSplits>; rejected: Set<string>; issues: Issue[] } {
  const byDeal = new Map<string, DealSplits>();
  const issues: Issue[] = [];
  const rejected = new Set<string>();
  list.forEach((split, index) => {
    let entry = byDeal.get(split.opportunityId);
    if (!entry) byDeal.set(split.opportunityId, (entry = { splits: [], overlays: [] }));
    const overlay = split.kind === "overlay";
    if (!Number.isFinite(split.share) || split.share <= 0 || (!overlay && split.share > 1)) {
      issues.push({ code: "invalid_split", path: ["splits", index, "share"], message: `The ${overlay ? "overlay" : "split"} of ${split.opportunityId} to ${split.repId} has share ${split.share}: give a fraction ${overlay ? "above 0" : "above 0 and at most 1"}.` });
      rejected.add(split.opportunityId);
    }
    (overlay ? entry.overlays : entry.splits).push(split);
  });
  for (const [opportunityId, entry] of byDeal) {
    const parts = entry.splits;
    if (parts.length === 0) continue;
    let total = 0;
    for (const part of parts) total += part.share;
    if (Math.abs(total - 1) > TOLERANCE) {
      issues.push({
        code: "split_total",
        path: ["splits", opportunityId],
        message: `The splits of ${opportunityId} add up to ${(total * 100).toFixed(2)}%, not 100%: the deal is credited to nobody until they do.`,
      });
      rejected.add(opportunityId);
    }
    // A deal has a handful of splits: comparing pairs is cheaper than a set per deal.
    for (let i = 1; i < parts.length; i += 1) {
      if (parts.slice(0, i).some((earlier) => earlier.repId === parts[i].repId)) {
        issues.push({ code: "split_duplicate", path: ["splits", opportunityId], message: `${parts[i].repId} appears twice in the splits of ${opportunityId}: give one row per rep.` });
        rejected.add(opportunityId);
      }
    }
  }
  for (const id of rejected) byDeal.delete(id);
  return { byDeal, rejected, issues };
}
