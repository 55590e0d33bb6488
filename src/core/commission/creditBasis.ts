/** What a plan credits for a deal before splits: the amount, the ACV or the first-year value. */
import type { Opportunity } from "../model/entities";
import type { Plan } from "./planSchema";

/**
 * The value a plan credits for a deal before splits, in the deal's currency, or null when the
 * deal has no term and the basis needs one.
 * @example creditBasis({ amount: 36000, termMonths: 36 }, "acv") // 12000
 * @example creditBasis({ amount: 6000, termMonths: 6 }, "firstYear") // 6000
 */
export function creditBasis(deal: Pick<Opportunity, "amount" | "termMonths">, basis: Plan["credit"]["basis"]): number | null {
  if (basis === "amount") return deal.amount;
  const term = deal.termMonths;
  if (term === null || !(term > 0)) return null;
  // ACV annualises the contract; first-year value is what falls in the first 12 months.
  return basis === "acv" ? (deal.amount / term) * 12 : (deal.amount * Math.min(term, 12)) / term;
}
