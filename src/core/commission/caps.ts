/**
 * The period caps: a fixed most-per-period and a multiple of the target incentive. The lower one
 * binds; the excess comes off as one "cap" line, so the capped commission is exactly the cap.
 * (The per-deal cap is applied deal by deal in commissionLines.ts.)
 */
import { toCents } from "./money";
import type { Plan } from "./planSchema";
import { LineFields, makeCentsLine } from "./statement";
import type { StatementLine } from "./types";

export interface PeriodCap {
  cents: number;
  rule: string;
  description: string;
}

/**
 * The binding period cap in cents, or null when the plan has none that applies. Both caps scale
 * with the segment's proration factor when the plan prorates its target incentive, so a rep on the
 * plan for half the period is capped at half.
 * @example periodCap({ caps: { perDeal: null, perPeriod: 50000, targetIncentiveMultiple: 2 }, proration: { targetIncentive: true } }, 30000, 1)?.cents // 5000000
 */
export function periodCap(plan: Pick<Plan, "caps" | "proration">, targetIncentive: number | null, periodFactor: number): PeriodCap | null {
  const caps: PeriodCap[] = [];
  if (plan.caps.perPeriod !== null) {
    const cap = plan.caps.perPeriod * (plan.proration.targetIncentive ? periodFactor : 1);
    caps.push({ cents: toCents(cap), rule: "caps.perPeriod", description: `Period cap of ${cap}` });
  }
  if (plan.caps.targetIncentiveMultiple !== null && targetIncentive !== null) {
    const cap = plan.caps.targetIncentiveMultiple * targetIncentive;
    caps.push({ cents: toCents(cap), rule: "caps.targetIncentiveMultiple", description: `Cap of ${plan.caps.targetIncentiveMultiple}× target incentive (${cap})` });
  }
  if (caps.length === 0) return null;
  return caps.reduce((lowest, cap) => (cap.cents < lowest.cents ? cap : lowest));
}

/**
 * The line that brings the segment's commission down to the cap, or null when it is under.
 * `cents` is the segment's commission so far: the cents of its commission, multiplier, per-deal
 * cap and true-up lines (the caller adds them up as it makes them, rather than rereading a
 * million lines).
 * @example capLine(623456, { cents: 500000, rule: "caps.perPeriod", description: "…" }, fields)?.amount // -1234.56
 */
export function capLine(cents: number, cap: PeriodCap | null, fields: Omit<LineFields, "kind" | "rule" | "description" | "opportunityIds" | "tier" | "basis" | "rate">): StatementLine | null {
  if (cap === null) return null;
  if (cents <= cap.cents) return null;
  return makeCentsLine({ ...fields, kind: "cap", rule: cap.rule, description: cap.description, opportunityIds: [], tier: null, basis: null, rate: null }, cap.cents - cents);
}
