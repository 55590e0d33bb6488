/**
 * Checks a plan's rules that span fields: tier order, gaps and overlaps, unique ids. Each problem
 * is an issue whose message names the exact place, e.g. "tiers[2].threshold must be greater than
 * tiers[1].threshold", so an analyst can fix the cell or the JSON line it points at.
 */
import type { Issue } from "../model/result";
import type { Plan } from "./planSchema";

/** The part of a tier the checks read; the custom functions pass plain (threshold, rate) pairs. */
export interface TierLike {
  threshold: number;
  rate: number;
  upTo?: number | null;
}

/**
 * Problems with a tier table: the first threshold must be 0, thresholds must rise, an `upTo` must
 * meet the next threshold exactly (less is a gap, more an overlap) and the last tier is open-ended.
 * `path` prefixes each issue's path (e.g. ["rates", "tiers"]).
 * @example checkTiers([{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }]) // []
 * @example checkTiers([{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }, { threshold: 0.8, rate: 0.2 }])[0].message
 * // "tiers[2].threshold must be greater than tiers[1].threshold (0.8 is not above 1)."
 */
export function checkTiers(tiers: readonly TierLike[], path: Issue["path"] = ["tiers"]): Issue[] {
  const issues: Issue[] = [];
  const at = (index: number, field: string): Issue["path"] => [...path, index, field];
  if (tiers.length === 0) return [{ code: "tier_missing", path: [...path], message: "tiers must have at least one tier, starting at threshold 0." }];
  tiers.forEach((tier, i) => {
    if (!Number.isFinite(tier.threshold) || tier.threshold < 0) {
      issues.push({ code: "tier_value", path: at(i, "threshold"), message: `tiers[${i}].threshold must be a number of 0 or more, got ${tier.threshold}.` });
    }
    if (!Number.isFinite(tier.rate) || tier.rate < 0) {
      issues.push({ code: "tier_value", path: at(i, "rate"), message: `tiers[${i}].rate must be a number of 0 or more, got ${tier.rate}.` });
    }
  });
  if (issues.length > 0) return issues;
  if (tiers[0].threshold !== 0) {
    issues.push({
      code: "tier_gap",
      path: at(0, "threshold"),
      message: `tiers[0].threshold must be 0: credit below ${tiers[0].threshold} would have no rate (a gap at the start of the table).`,
    });
  }
  tiers.forEach((tier, i) => {
    const next = tiers[i + 1];
    if (next && !(next.threshold > tier.threshold)) {
      issues.push({
        code: "tier_order",
        path: at(i + 1, "threshold"),
        message: `tiers[${i + 1}].threshold must be greater than tiers[${i}].threshold (${next.threshold} is not above ${tier.threshold}).`,
      });
    }
    if (tier.upTo === undefined || tier.upTo === null) return;
    if (!(tier.upTo > tier.threshold)) {
      issues.push({ code: "tier_order", path: at(i, "upTo"), message: `tiers[${i}].upTo must be greater than tiers[${i}].threshold (${tier.upTo} is not above ${tier.threshold}).` });
    } else if (!next) {
      issues.push({
        code: "tier_gap",
        path: at(i, "upTo"),
        message: `tiers[${i}].upTo must be empty: the last tier has no upper bound, or credit above ${tier.upTo} would have no rate (a gap).`,
      });
    } else if (tier.upTo < next.threshold) {
      issues.push({
        code: "tier_gap",
        path: at(i, "upTo"),
        message: `tiers[${i}].upTo (${tier.upTo}) leaves a gap before tiers[${i + 1}].threshold (${next.threshold}): make them equal.`,
      });
    } else if (tier.upTo > next.threshold) {
      issues.push({
        code: "tier_overlap",
        path: at(i, "upTo"),
        message: `tiers[${i}].upTo (${tier.upTo}) overlaps tiers[${i + 1}], which starts at ${next.threshold}: make them equal.`,
      });
    }
  });
  return issues;
}

/**
 * Whether a rate table has a decelerator (a band paid at a lower rate than the band below it).
 * Without one, more credit never pays less.
 * @example hasDecelerator([{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.05 }]) // true
 */
export function hasDecelerator(tiers: readonly TierLike[]): boolean {
  return tiers.some((tier, i) => i > 0 && tier.rate < tiers[i - 1].rate);
}

function duplicateIds(items: readonly { id: string }[], path: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ code: "duplicate_id", path: [path, i, "id"], message: `${path}[${i}].id "${item.id}" is used twice: give each ${path.replace(/s$/, "")} its own id.` });
    seen.add(item.id);
  });
  return issues;
}

/**
 * Every cross-field problem of a plan that passed the schema.
 * @example checkPlan(DEMO_AE_PLAN) // []
 */
export function checkPlan(plan: Plan): Issue[] {
  const issues = [...checkTiers(plan.rates.tiers, ["rates", "tiers"]), ...duplicateIds(plan.multipliers, "multipliers"), ...duplicateIds(plan.bonuses, "bonuses")];
  if (plan.threshold && plan.gate && plan.threshold.attainment <= plan.gate.minAttainment) {
    issues.push({
      code: "threshold_below_gate",
      path: ["threshold", "attainment"],
      message: `threshold.attainment (${plan.threshold.attainment}) must be above gate.minAttainment (${plan.gate.minAttainment}): below the gate nothing is paid anyway.`,
    });
  }
  return issues;
}
