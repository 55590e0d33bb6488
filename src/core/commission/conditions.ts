/**
 * The deal conditions multipliers and bonuses share: types, products, a term longer than N months,
 * credit at least X. Every given field must hold.
 */
import type { Opportunity } from "../model/entities";
import type { DealCondition } from "./planSchema";

/**
 * Whether a credited deal meets a condition.
 * @example dealMatches({ termMonthsOver: 12 }, { type: "New Business", product: "X", termMonths: 24 }, 5000) // true
 */
export function dealMatches(condition: DealCondition, deal: Pick<Opportunity, "type" | "product" | "termMonths">, credit: number): boolean {
  if (condition.types && !condition.types.includes(deal.type)) return false;
  if (condition.products && !condition.products.includes(deal.product)) return false;
  if (condition.termMonthsOver !== undefined && !(deal.termMonths !== null && deal.termMonths > condition.termMonthsOver)) return false;
  if (condition.creditAtLeast !== undefined && !(credit >= condition.creditAtLeast)) return false;
  return true;
}
