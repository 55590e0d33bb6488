/*
 * Bodies of the commission custom functions: the tier range and the arguments are checked here, the
 * arithmetic is src/core/commission's, failures become FunctionFailure for the runner.
 */
import { checkTiers, tieredCommission, tierRate, TierLike } from "../core/commission";
import { optionalChoiceArgument, ScalarArgument } from "./arguments";
import { RangeArgument, flattenRange, isBlankCell, numberArgument, numberCell } from "./ranges";
import { argumentFailure, FunctionFailure } from "./runner";

/** A two-column range of (attainment threshold, rate), first threshold 0; blank rows are skipped. */
function tiersArgument(range: RangeArgument): TierLike[] {
  const cells = flattenRange(range, "tiers");
  if (cells.columns !== 2) throw argumentFailure("tiers", "give two columns: the attainment threshold (0, 1 = 100% …) and the rate of that tier.");
  const tiers: TierLike[] = [];
  for (let row = 0; row < cells.rows; row += 1) {
    const [threshold, rate] = cells.cells.slice(row * 2, row * 2 + 2);
    if (isBlankCell(threshold) && isBlankCell(rate)) continue;
    tiers.push({ threshold: numberCell(threshold, "tiers", row * 2), rate: numberCell(rate, "tiers", row * 2 + 1) });
  }
  const issues = checkTiers(tiers);
  if (issues.length > 0) throw argumentFailure("tiers", issues[0].message);
  return tiers;
}

export function commissionCells(credit: unknown, quota: unknown, tiers: RangeArgument, method: unknown, cap: unknown): number {
  const creditAmount = numberArgument(credit, "credit");
  const quotaAmount = numberArgument(quota, "quota");
  if (quotaAmount <= 0) throw new FunctionFailure("divisionByZero", "quota must be greater than 0.");
  const table = tiersArgument(tiers);
  const chosen = optionalChoiceArgument(method as ScalarArgument, "method", ["marginal", "retroactive"] as const, "marginal");
  const capAmount = isBlankCell(cap) ? undefined : numberArgument(cap, "cap");
  if (capAmount !== undefined && capAmount < 0) throw argumentFailure("cap", `${capAmount} is below 0: give the most the payout may reach, or leave it blank.`);
  return tieredCommission(creditAmount, quotaAmount, table, chosen, capAmount);
}

export function tierRateCells(attainment: unknown, tiers: RangeArgument): number {
  return tierRate(numberArgument(attainment, "attainment"), tiersArgument(tiers));
}
