/**
 * Bonuses and SPIFs: fixed amounts paid when conditions hold — attainment at least x, at least n
 * matching deals, a product sold. Per period (once) or per deal (each matching deal, times the
 * rep's credit share, so a split deal's SPIF is split the same way).
 */
import type { Opportunity } from "../model/entities";
import { dealMatches } from "./conditions";
import type { SegmentCredits } from "./creditTable";
import { percent } from "./gates";
import type { PlanBonus } from "./planSchema";
import { LineFields, NO_DEALS, makeLine } from "./statement";
import type { StatementLine } from "./types";

/**
 * The bonus and SPIF lines of a segment. `credits` are the period's credit lines, `attainment`
 * the period attainment (null without a quota: a bonus that needs it is then not paid; the missing
 * quota is reported by the engine).
 * @example bonusLines([{ id: "club", kind: "bonus", amount: 5000, per: "period", when: { attainmentAtLeast: 1 } }], credits, 1.1, fields)[0].amount // 5000
 */
export function bonusLines(bonuses: readonly PlanBonus[], credits: SegmentCredits, attainment: number | null, fields: Pick<LineFields, "repId" | "period" | "planId">): StatementLine[] {
  const lines: StatementLine[] = [];
  if (bonuses.length === 0) return lines;
  const { table, start, end } = credits;
  bonuses.forEach((bonus, b) => {
    const { attainmentAtLeast, minDeals, ...dealCondition } = bonus.when;
    if (attainmentAtLeast !== undefined && !(attainment !== null && attainment >= attainmentAtLeast)) return;
    // Only the entries a bonus looks at become objects, and only on plans with bonuses.
    const matching: { deal: Opportunity; share: number }[] = [];
    for (let k = start; k < end; k += 1) {
      const deal = table.deals[table.deal[k]];
      if (dealMatches(dealCondition, deal, table.credit[k])) matching.push({ deal, share: bonus.per === "deal" ? table.share[k] : 1 });
    }
    const filtered = dealCondition.types !== undefined || dealCondition.products !== undefined || dealCondition.termMonthsOver !== undefined || dealCondition.creditAtLeast !== undefined;
    const deals = new Set(matching.map((credit) => credit.deal.id));
    if (deals.size < (minDeals ?? (filtered ? 1 : 0))) return;
    const rule = `bonuses[${b}]`;
    const why = [attainmentAtLeast !== undefined ? `attainment ≥ ${percent(attainmentAtLeast)}` : "", minDeals !== undefined ? `${deals.size} deals ≥ ${minDeals}` : ""].filter(Boolean).join(", ");
    if (bonus.per === "period") {
      lines.push(makeLine({ ...fields, kind: bonus.kind, rule, opportunityIds: filtered ? [...deals].sort() : NO_DEALS, tier: null, basis: null, rate: null, description: `${bonus.kind === "spif" ? "SPIF" : "Bonus"} "${bonus.id}"${why ? ` (${why})` : ""}` }, bonus.amount));
      return;
    }
    for (const credit of matching) {
      lines.push(
        makeLine(
          { ...fields, kind: bonus.kind, rule, opportunityIds: [credit.deal.id], tier: null, basis: null, rate: credit.share, description: `${bonus.kind === "spif" ? "SPIF" : "Bonus"} "${bonus.id}" on ${credit.deal.id}${credit.share !== 1 ? ` × ${percent(credit.share)} share` : ""}` },
          bonus.amount * credit.share,
        ),
      );
    }
  });
  return lines;
}
