import type { Opportunity } from "../model/entities";
import type { Issue } from "../model/result";

/**
 * A "no rate" issue of the rate table, told of the deal it left out: which opportunity, in which
 * currency, and that its amount is not in the figures, so the analyst knows what the totals lack.
 * @example dealRateIssue({ id: "OPP-7", name: "Acme - Renewal", currency: "CHF", … }, rateIssue).message
 * // "Opportunity OPP-7 (Acme - Renewal) is in CHF and is left out of the figures. No CHF rate for FY2027-M12: add a row …"
 */
export function dealRateIssue(opportunity: Pick<Opportunity, "id" | "name" | "currency">, issue: Issue): Issue {
  const name = opportunity.name.trim() ? ` (${opportunity.name.trim()})` : "";
  return { ...issue, path: [opportunity.id, ...issue.path], message: `Opportunity ${opportunity.id}${name} is in ${opportunity.currency} and is left out of the figures. ${issue.message}` };
}
