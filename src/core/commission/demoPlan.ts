/**
 * The plan the demo org ships with, so `salesops commission --demo` and the pane's sample work
 * without a plan file: a quarterly account-executive plan with marginal tiers, an accelerator above
 * 100% of quota, a multi-year multiplier, a per-deal and a per-quarter cap, a SPIF and a club bonus.
 */
import type { Rep } from "../model/entities";
import type { PlanAssignment } from "./assignments";
import { PLAN_VERSION, Plan } from "./planSchema";

export const DEMO_AE_PLAN: Plan = {
  version: PLAN_VERSION,
  id: "AE-FY27",
  name: "Account Executive plan FY2027",
  currency: "USD",
  period: "quarter",
  targetIncentive: null,
  credit: { types: ["New Business", "Expansion", "Renewal"], products: [], basis: "amount", rollUpToManagers: false },
  rates: {
    on: "attainment",
    method: "marginal",
    tiers: [
      { threshold: 0, upTo: 0.5, rate: 0.05, label: "Base (0–50%)" },
      { threshold: 0.5, upTo: 1, rate: 0.08, label: "Core (50–100%)" },
      { threshold: 1, upTo: 1.5, rate: 0.12, label: "Accelerator (100–150%)" },
      { threshold: 1.5, rate: 0.15, label: "Super-accelerator (150%+)" },
    ],
  },
  multipliers: [{ id: "multi-year", factor: 1.1, when: { termMonthsOver: 12, types: ["New Business"] } }],
  gate: null,
  threshold: null,
  caps: { perDeal: 40_000, perPeriod: 150_000, targetIncentiveMultiple: null },
  bonuses: [
    { id: "security-spif", kind: "spif", amount: 500, per: "deal", when: { products: ["Security Add-on"], types: ["New Business"] } },
    { id: "presidents-club", kind: "bonus", amount: 5_000, per: "period", when: { attainmentAtLeast: 1.2 } },
  ],
  draw: null,
  clawback: { windowDays: 90 },
  // The demo's quotas are already prorated for partial tenure; prorating them again would halve them twice.
  proration: { quota: false, targetIncentive: true, draw: true },
  trueUp: "none",
};

/**
 * Puts every Account Executive on the demo plan for their whole tenure.
 * @example demoPlanAssignments(generateDemoOrg({ seed: 7, asOf: "2026-11-27" }).reps).length // 44
 */
export function demoPlanAssignments(reps: readonly Rep[], planId: string = DEMO_AE_PLAN.id): PlanAssignment[] {
  return reps
    .filter((rep) => rep.role === "Account Executive")
    .map((rep) => ({ repId: rep.id, planId, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null }));
}
