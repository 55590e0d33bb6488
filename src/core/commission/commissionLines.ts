/**
 * Commission on a segment's credit: the rate table (marginal or retroactive) scaled by the gate or
 * threshold factor, per-deal multipliers and the per-deal cap, as statement lines. Credit accrues
 * in close-date order, so under marginal rates one deal can straddle tiers: it then has one line
 * per tier it touches. For YTD plans, lines of deals closed before the period are not emitted but
 * added up (`priorCents`) for the true-up.
 */
import type { CreditLine } from "./credit";
import { RateFactor, percent, rateFactor } from "./gates";
import { dealMatches } from "./conditions";
import { toCents } from "./money";
import type { Plan } from "./planSchema";
import type { Segment } from "./segments";
import { lineOf } from "./statement";
import { tierIndex } from "./tiers";
import type { StatementLine } from "./types";

export interface CommissionComputation {
  /** Lines of deals closed in the period. */
  lines: StatementLine[];
  /** Cents of the lines of YTD deals closed before the period (0 for other plans). */
  priorCents: number;
  /** Credit and cents per tier over the period's lines. */
  byTier: { credit: number; cents: number }[];
  factor: RateFactor;
}

const ROLE_NOTE: Record<CreditLine["role"], string> = { owner: "", split: " (split)", overlay: " (overlay)", rollup: " (team roll-up)" };

/** "Tier 2 (100%+)" or the tier's own label. */
export function tierName(plan: Plan, index: number): string {
  const tier = plan.rates.tiers[index];
  if (tier.label) return tier.label;
  const next = plan.rates.tiers[index + 1];
  const show = (value: number): string => (plan.rates.on === "attainment" ? percent(value) : value.toLocaleString("en-US"));
  return `Tier ${index + 1} (${show(tier.threshold)}${next ? `–${show(next.threshold)}` : "+"})`;
}

/**
 * The commission lines of a segment. `tierQuota` turns attainment thresholds into credit (the
 * period's quota, or the YTD quota for YTD plans); it may be null only for plans on amount with
 * neither gate nor threshold.
 * @example computeCommissionLines(segment, 100000, "FY2027-Q2").lines.map((l) => l.amount) // [10000, 3000] for one 120,000 deal at 10%/15%
 */
export function computeCommissionLines(segment: Segment, tierQuota: number | null, period: string): CommissionComputation {
  const { plan, rep } = segment;
  const tiers = plan.rates.tiers;
  // assignCredit fills segments in accrual order (close date, then data order): no sort needed.
  const credits = segment.credits;
  let total = 0;
  for (const line of credits) total += line.credit;
  const scale = plan.rates.on === "attainment" ? (tierQuota ?? NaN) : 1;
  const bounds = tiers.map((tier) => tier.threshold * scale);
  const attainment = tierQuota !== null && tierQuota > 0 ? total / tierQuota : null;
  const factor = rateFactor(plan, attainment);
  const rates = tiers.map((tier) => tier.rate * factor.factor);
  const retroTier = plan.rates.method === "retroactive" ? tierIndex(total / scale, tiers) : -1;
  const names = tiers.map((_, i) => `${tierName(plan, i)} at ${percent(rates[i])}${factor.reason ? ` — ${factor.reason}` : ""}`);
  const described = new Map<CreditLine["role"], string[]>((Object.keys(ROLE_NOTE) as CreditLine["role"][]).map((role) => [role, names.map((name) => name + ROLE_NOTE[role])]));
  const ownerNames = described.get("owner") ?? names;
  const rules = tiers.map((_, i) => `rates.tiers[${i}]${factor.rule ? `+${factor.rule}` : ""}`);
  const byTierCredit = tiers.map(() => 0);
  const byTierCents = tiers.map(() => 0);
  const lines: StatementLine[] = [];
  // Lines of deals before the period (YTD plans) go here only to be added up.
  const scratch: StatementLine[] = [];
  const perDealCapCents = plan.caps.perDeal === null ? null : toCents(plan.caps.perDeal);
  const repId = rep.id;
  const planId = plan.id;
  const lastBand = bounds.length - 1;
  let priorCents = 0;
  let cumulative = 0;

  // The hot loop of the engine (a million credit lines in the benchmark): no closures, no spreads.
  // Credits are in close-date order, so once one is in the period all the rest are: the deal (a
  // cache miss per line) is then not read for its date again.
  let inPeriod = false;
  for (const credit of credits) {
    if (!inPeriod) inPeriod = credit.deal.closeDate >= segment.from;
    const target = inPeriod ? lines : scratch;
    const ids = credit.ids;
    const descriptions = credit.role === "owner" ? ownerNames : (described.get(credit.role) ?? names);
    let exact = 0;
    let dealCents = 0;
    const from = cumulative;
    const to = cumulative + credit.credit;
    for (let i = 0; i <= lastBand; i += 1) {
      let portion: number;
      if (retroTier >= 0) {
        if (i !== retroTier) continue;
        portion = credit.credit;
      } else {
        // Each band takes the part of [from, to] that lies in it; band 0 reaches down to −∞.
        const lo = i === 0 ? -Infinity : bounds[i];
        const hi = i < lastBand ? bounds[i + 1] : Infinity;
        portion = Math.min(Math.max(to, lo), hi) - Math.min(Math.max(from, lo), hi);
        if (portion === 0) continue;
      }
      const amount = portion * rates[i];
      const cents = toCents(amount);
      exact += amount;
      dealCents += cents;
      target.push(lineOf(repId, period, planId, "commission", ids, rules[i], i, portion, rates[i], descriptions[i], cents));
      if (inPeriod) {
        byTierCredit[i] += portion;
        byTierCents[i] += cents;
      }
    }
    cumulative = to;
    let multiplied = exact;
    for (let m = 0; m < plan.multipliers.length; m += 1) {
      const multiplier = plan.multipliers[m];
      if (!dealMatches(multiplier.when, credit.deal, credit.credit)) continue;
      const uplift = multiplied * (multiplier.factor - 1);
      const cents = toCents(uplift);
      target.push(lineOf(repId, period, planId, "multiplier", ids, `multipliers[${m}]`, null, multiplied, multiplier.factor - 1, `Multiplier "${multiplier.id}" ×${multiplier.factor}`, cents));
      multiplied += uplift;
      dealCents += cents;
    }
    if (perDealCapCents !== null && dealCents > perDealCapCents) {
      target.push(lineOf(repId, period, planId, "cap", ids, "caps.perDeal", null, null, null, `Per-deal cap of ${plan.caps.perDeal} on ${credit.deal.id}`, perDealCapCents - dealCents));
      dealCents = perDealCapCents;
    }
    if (!inPeriod) {
      priorCents += dealCents;
      scratch.length = 0;
    }
  }
  const byTier = byTierCredit.map((credit, i) => ({ credit, cents: byTierCents[i] }));
  return { lines, priorCents, byTier, factor };
}
