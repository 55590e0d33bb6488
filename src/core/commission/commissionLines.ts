/**
 * Commission on a segment's credit: the rate table (marginal or retroactive) scaled by the gate or
 * threshold factor, per-deal multipliers and the per-deal cap, as statement lines. Credit accrues
 * in close-date order, so under marginal rates one deal can straddle tiers: it then has one line
 * per tier it touches. For YTD plans, lines of deals closed before the period are not emitted but
 * added up (`priorCents`) for the true-up.
 */
import { CreditRole, ROLES, creditsFrom, sumCredit } from "./creditTable";
import { RateFactor, percent, rateFactor } from "./gates";
import { dealMatches } from "./conditions";
import { toCents } from "./money";
import type { Plan } from "./planSchema";
import type { Segment } from "./segments";
import { shareNumbers } from "./sharedNumbers";
import { BucketCents, lineOf } from "./statement";
import { tierIndex } from "./tiers";
import type { StatementLine } from "./types";

export interface CommissionComputation {
  /** Lines of deals closed in the period. */
  lines: StatementLine[];
  /** Cents of the lines of YTD deals closed before the period (0 for other plans). */
  priorCents: number;
  /** Cents of `lines` by kind, added up as the lines are made (a statement need not reread them). */
  cents: Pick<BucketCents, "commission" | "multipliers" | "caps">;
  /** Credit and cents per tier over the period's lines. */
  byTier: { credit: number; cents: number }[];
  factor: RateFactor;
}

const ROLE_NOTE: Record<CreditRole, string> = { owner: "", split: " (split)", overlay: " (overlay)", rollup: " (team roll-up)" };

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
  // assignCredit groups each segment's credits in accrual order (close date, then data order).
  const { table, start, end } = segment.credits;
  const { credit: creditOf, deal: dealOf, role: roleOf, ids: idsOf, deals } = table;
  const total = sumCredit(segment.credits);
  const scale = plan.rates.on === "attainment" ? (tierQuota ?? NaN) : 1;
  const bounds = tiers.map((tier) => tier.threshold * scale);
  const attainment = tierQuota !== null && tierQuota > 0 ? total / tierQuota : null;
  const factor = rateFactor(plan, attainment);
  // Every line of a tier points to one copy of its rate (see sharedNumbers.ts).
  const rates = shareNumbers(tiers.map((tier) => tier.rate * factor.factor));
  const retroTier = plan.rates.method === "retroactive" ? tierIndex(total / scale, tiers) : -1;
  const names = tiers.map((_, i) => `${tierName(plan, i)} at ${percent(rates[i])}${factor.reason ? ` — ${factor.reason}` : ""}`);
  // Descriptions by role code, then tier: built once per segment, shared by every line.
  const described = ROLES.map((role) => names.map((name) => name + ROLE_NOTE[role]));
  const rules = tiers.map((_, i) => `rates.tiers[${i}]${factor.rule ? `+${factor.rule}` : ""}`);
  // Typed, so adding a fraction to a zero does not change the array's kind (and deoptimize the loop).
  const byTierCredit = new Float64Array(tiers.length);
  const byTierCents = new Float64Array(tiers.length);
  // Credits are in date order: from this position on they are in the period (for YTD plans, the
  // earlier ones only add up to what was paid on them before, for the true-up).
  const periodStart = creditsFrom(segment.credits, segment.from).start;
  // Sized for the usual count (a line per deal, a few tier crossings, some per-deal caps) and
  // trimmed at the end: growing by push would copy the list a dozen times.
  const lines: StatementLine[] = new Array(end - periodStart + tiers.length + (plan.caps.perDeal === null ? 0 : (end - periodStart) >> 3));
  let count = 0;
  const perDealCapCents = plan.caps.perDeal === null ? null : toCents(plan.caps.perDeal);
  const capNote = `Per-deal cap of ${plan.caps.perDeal} on `;
  const multipliers = plan.multipliers;
  const multiplierRules = multipliers.map((_, m) => `multipliers[${m}]`);
  const multiplierRates = shareNumbers(multipliers.map((multiplier) => multiplier.factor - 1));
  const multiplierNotes = multipliers.map((multiplier) => `Multiplier "${multiplier.id}" ×${multiplier.factor}`);
  const repId = rep.id;
  const planId = plan.id;
  const lastBand = bounds.length - 1;
  let priorCents = 0;
  let multiplierCents = 0;
  let capCents = 0;
  let cumulative = 0;

  // The hot loop of the engine (a million credit lines in the benchmark): no closures, no spreads,
  // columns instead of objects, and statement lines only for deals in the period.
  for (let k = start; k < end; k += 1) {
    const credit = creditOf[k];
    const inPeriod = k >= periodStart;
    const dealIndex = dealOf[k];
    const ids = idsOf[k];
    const descriptions = described[roleOf[k]];
    let exact = 0;
    let dealCents = 0;
    const from = cumulative;
    const to = cumulative + credit;
    for (let i = 0; i <= lastBand; i += 1) {
      let portion: number;
      if (retroTier >= 0) {
        if (i !== retroTier) continue;
        portion = credit;
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
      if (inPeriod) {
        lines[count++] = lineOf(repId, period, planId, "commission", ids, rules[i], i, portion, rates[i], descriptions[i], cents);
        byTierCredit[i] += portion;
        byTierCents[i] += cents;
      }
    }
    cumulative = to;
    let multiplied = exact;
    for (let m = 0; m < multipliers.length; m += 1) {
      const multiplier = multipliers[m];
      if (!dealMatches(multiplier.when, deals[dealIndex], credit)) continue;
      const uplift = multiplied * multiplierRates[m];
      const cents = toCents(uplift);
      if (inPeriod) {
        lines[count++] = lineOf(repId, period, planId, "multiplier", ids, multiplierRules[m], null, multiplied, multiplierRates[m], multiplierNotes[m], cents);
        multiplierCents += cents;
      }
      multiplied += uplift;
      dealCents += cents;
    }
    if (perDealCapCents !== null && dealCents > perDealCapCents) {
      if (inPeriod) {
        lines[count++] = lineOf(repId, period, planId, "cap", ids, "caps.perDeal", null, null, null, capNote + ids[0], perDealCapCents - dealCents);
        capCents += perDealCapCents - dealCents;
      }
      dealCents = perDealCapCents;
    }
    if (!inPeriod) priorCents += dealCents;
  }
  lines.length = count;
  const byTier = Array.from(byTierCredit, (credit, i) => ({ credit, cents: byTierCents[i] }));
  let commissionCents = 0;
  for (const cents of byTierCents) commissionCents += cents;
  return { lines, priorCents, cents: { commission: commissionCents, multipliers: multiplierCents, caps: capCents }, byTier, factor };
}
