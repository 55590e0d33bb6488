import fc from "fast-check";
import { calculateCommissions } from "../../../../src/core/commission/engine";
import type { Plan } from "../../../../src/core/commission/planSchema";
import { COMMISSION_KINDS } from "../../../../src/core/commission/statement";
import type { CommissionRun } from "../../../../src/core/commission/types";
import type { Opportunity } from "../../../../src/core/model/entities";
import { assign, cents, deal, input, plan, quota, rep } from "./fixtures";

/** Whole-dollar deals in Q2 FY2027 (May–July 2026). */
const dealArb = fc.record({
  amount: fc.integer({ min: 1, max: 200_000 }),
  day: fc.integer({ min: 0, max: 91 }),
  termMonths: fc.constantFrom(12, 24, 36),
  product: fc.constantFrom("Platform", "Security"),
});
const toDeal = (spec: { amount: number; day: number; termMonths: number; product: string }, index: number): Opportunity =>
  deal({ id: `D${index}`, amount: spec.amount, closeDate: new Date(Date.UTC(2026, 4, 1 + spec.day)).toISOString().slice(0, 10), termMonths: spec.termMonths, product: spec.product });

/** Plans without decelerators: rising whole-percent rates on thresholds in steps of 5%, optional caps, gate, threshold, bonuses. */
const planArb = fc
  .record({
    steps: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 10 }), rise: fc.integer({ min: 0, max: 10 }) }), { maxLength: 3 }),
    base: fc.integer({ min: 1, max: 15 }),
    method: fc.constantFrom<"marginal" | "retroactive">("marginal", "retroactive"),
    perDeal: fc.option(fc.integer({ min: 1_000, max: 20_000 }), { nil: null }),
    perPeriod: fc.option(fc.integer({ min: 5_000, max: 60_000 }), { nil: null }),
    gate: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    threshold: fc.boolean(),
    multiplier: fc.boolean(),
    bonus: fc.boolean(),
  })
  .map(({ steps, base, method, perDeal, perPeriod, gate, threshold, multiplier, bonus }): Plan => {
    let at = 0;
    let rate = base;
    const tiers = [{ threshold: 0, rate: base / 100 }];
    for (const step of steps) {
      at += step.gap * 5;
      rate += step.rise;
      tiers.push({ threshold: at / 100, rate: rate / 100 });
    }
    return plan({
      rates: { method, tiers },
      caps: { perDeal, perPeriod },
      gate: gate === null ? null : { minAttainment: gate / 10 },
      threshold: threshold ? { attainment: 0.8, rateFactor: 0.5 } : null,
      multipliers: multiplier ? [{ id: "m", factor: 2, when: { termMonthsOver: 12 } }] : [],
      bonuses: bonus ? [{ id: "b", kind: "spif", amount: 100, per: "deal", when: { products: ["Security"] } }] : [],
    });
  });

const run = (p: Plan, deals: Opportunity[], quotaAmount = 100_000): CommissionRun => calculateCommissions(input([p], { opportunities: deals, quotas: [quota("R1", "FY2027-Q2", quotaAmount)] }));

describe("commission properties", () => {
  it("never pays less when credit rises, for plans without decelerators", () => {
    fc.assert(
      fc.property(planArb, fc.array(dealArb, { maxLength: 12 }), dealArb, fc.nat(), fc.integer({ min: 1, max: 50_000 }), (p, specs, extra, pick, more) => {
        const deals = specs.map(toDeal);
        const before = run(p, deals).reps[0].payout;
        expect(run(p, [...deals, toDeal(extra, 99)]).reps[0].payout).toBeGreaterThanOrEqual(before);
        if (deals.length > 0) {
          const index = pick % deals.length;
          const bigger = deals.map((d, i) => (i === index ? { ...d, amount: d.amount + more } : d));
          expect(run(p, bigger).reps[0].payout).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("conserves credit across splits", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(dealArb, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 10 }), (entries) => {
        const deals = entries.map(([spec], i) => toDeal(spec, i));
        const splits = entries.flatMap(([, weights], i) => {
          const total = weights.reduce((a, b) => a + b, 0);
          return weights.map((weight, r) => ({ opportunityId: `D${i}`, repId: `R${r + 1}`, share: weight / total }));
        });
        const ids = ["R1", "R2", "R3"];
        const result = calculateCommissions(
          input([plan()], { opportunities: deals, reps: ids.map((id) => rep(id)), quotas: ids.map((id) => quota(id, "FY2027-Q2", 100_000)) }, { assignments: ids.map((id) => assign(id)), splits }),
        );
        const credited = result.reps.reduce((sum, r) => sum + r.credit, 0);
        const booked = deals.reduce((sum, d) => sum + d.amount, 0);
        expect(Math.abs(credited - booked)).toBeLessThan(1e-6 * booked);
        expect(result.issues).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("reverses exactly what a cancelled deal paid", () => {
    fc.assert(
      fc.property(planArb, fc.array(dealArb, { minLength: 1, maxLength: 10 }), fc.nat(), fc.integer({ min: 0, max: 60 }), (p, specs, pick, daysAfter) => {
        const withClawback: Plan = { ...p, clawback: { windowDays: 200 } };
        const deals = specs.map(toDeal);
        const target = deals[pick % deals.length];
        const quotas = [quota("R1", "FY2027-Q2", 100_000), quota("R1", "FY2027-Q3", 100_000)];
        const q2 = calculateCommissions(input([withClawback], { opportunities: deals, quotas }));
        const paid = cents(q2.reps[0].lines.filter((line) => COMMISSION_KINDS.has(line.kind) && line.opportunityIds.includes(target.id)));
        const cancelDate = new Date(Date.UTC(2026, 7, 1 + daysAfter)).toISOString().slice(0, 10);
        const q3 = calculateCommissions(input([withClawback], { opportunities: deals, quotas }, { period: "FY2027-Q3", cancellations: [{ opportunityId: target.id, cancelDate }] }));
        const clawedBack = cents(q3.reps[0].lines.filter((line) => line.kind === "clawback"));
        expect(clawedBack + paid).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it("holds caps and makes statement lines sum to every total", () => {
    fc.assert(
      fc.property(planArb, fc.array(dealArb, { maxLength: 15 }), fc.integer({ min: 1, max: 40 }), (p, specs, quotaThousands) => {
        const result = run(p, specs.map(toDeal), quotaThousands * 10_000).reps[0];
        const commissionCents = cents(result.lines.filter((line) => COMMISSION_KINDS.has(line.kind)));
        if (p.caps.perPeriod !== null) expect(commissionCents).toBeLessThanOrEqual(p.caps.perPeriod * 100);
        if (p.caps.perDeal !== null) {
          const byDeal = new Map<string, number>();
          for (const line of result.lines) if (COMMISSION_KINDS.has(line.kind) && line.opportunityIds.length === 1) byDeal.set(line.opportunityIds[0], (byDeal.get(line.opportunityIds[0]) ?? 0) + Math.round(line.amount * 100));
          for (const value of byDeal.values()) expect(value).toBeLessThanOrEqual(p.caps.perDeal * 100);
        }
        expect(cents(result.lines)).toBe(Math.round(result.payout * 100));
        const t = result.totals;
        const parts = [t.commission, t.multipliers, t.caps, t.trueUp, t.bonuses, t.spifs, t.clawbacks, t.adjustments].reduce((sum, v) => sum + Math.round(v * 100), 0);
        expect(parts).toBe(Math.round(t.earnings * 100));
        expect(Math.round(t.earnings * 100) + Math.round(t.draws * 100) + Math.round(t.drawRecovery * 100)).toBe(Math.round(result.payout * 100));
        const tierCents = result.commissionByTier.reduce((sum, tier) => sum + Math.round(tier.amount * 100), 0);
        expect(tierCents).toBe(Math.round(t.commission * 100));
      }),
      { numRuns: 150 },
    );
  });
});
