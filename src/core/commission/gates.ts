/**
 * Gates and thresholds scale every tier rate of a period by one factor: 0 below a gate (nothing is
 * earned), the plan's reduced factor below a threshold, and 1 once the threshold is reached — which
 * is how full rates reach back to the period's earlier deals.
 */
import type { Plan } from "./planSchema";

export interface RateFactor {
  factor: number;
  /** Why the factor is not 1, for the statement; empty when it is 1. */
  reason: string;
  rule: string | null;
}

/**
 * The factor on tier rates for an attainment (null when there is no quota: then the plan has neither).
 * @example rateFactor({ gate: { minAttainment: 0.5 }, threshold: null }, 0.4) // { factor: 0, reason: "gate not met: 40% is below 50%", rule: "gate" }
 */
export function rateFactor(plan: Pick<Plan, "gate" | "threshold">, attainment: number | null): RateFactor {
  if (attainment === null) return { factor: 1, reason: "", rule: null };
  if (plan.gate && attainment < plan.gate.minAttainment) {
    return { factor: 0, reason: `gate not met: ${percent(attainment)} is below ${percent(plan.gate.minAttainment)}`, rule: "gate" };
  }
  if (plan.threshold && attainment < plan.threshold.attainment) {
    return {
      factor: plan.threshold.rateFactor,
      reason: `below the ${percent(plan.threshold.attainment)} threshold: ${percent(plan.threshold.rateFactor)} of the tier rate`,
      rule: "threshold",
    };
  }
  return { factor: 1, reason: "", rule: null };
}

/** 0.4 → "40%", 1.125 → "112.5%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}
