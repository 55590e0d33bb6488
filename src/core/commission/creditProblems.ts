/**
 * Problems met while crediting (a deal without the term its plan's basis needs, a deal without an
 * FX rate, a rep credited on no plan), noted as they are met and reported in accrual order.
 */
import type { Opportunity } from "../model/entities";
import type { Result } from "../model/result";
import { EngineContext, report } from "./context";
import type { Plan } from "./planSchema";

/**
 * A problem met while crediting. Deals are read in data order but their problems must be reported
 * in accrual order (close date, then data order), as a run over the deals day by day would meet
 * them: they are noted with their day and sequence and reported after sorting.
 */
export interface CreditProblem {
  kind: "term" | "fx" | "unplanned";
  day: number;
  sequence: number;
  deal: Opportunity;
  repId: string;
  plan: Plan | null;
  rate: Result<number> | null;
}

/**
 * Reports the crediting problems in accrual order, each deal's once, then the reps credited without a plan.
 * @example reportProblems(ctx, creditor.problems, rankDays(dates).rankOf)
 */
export function reportProblems(ctx: EngineContext, problems: CreditProblem[], rankOf: Int32Array): void {
  problems.sort((a, b) => rankOf[a.day] - rankOf[b.day] || a.sequence - b.sequence);
  const reported = new Set<string>();
  const unplanned = new Map<string, number>();
  for (const { kind, deal, repId, plan, rate } of problems) {
    if (kind === "unplanned") {
      unplanned.set(repId, (unplanned.get(repId) ?? 0) + 1);
    } else if (kind === "term" && plan) {
      const key = `term|${deal.id}|${plan.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report(ctx, { code: "missing_term", path: ["opportunities", deal.id, "termMonths"], message: `${deal.id} has no term in months, which plan "${plan.id}" needs for its ${plan.credit.basis} basis: the deal is not credited until it has one.` }, repId);
    } else if (kind === "fx" && plan && rate && !rate.ok) {
      const key = `fx|${deal.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const reason = rate.issues[0]?.message ?? "";
      report(ctx, { code: "missing_fx_rate", path: ["opportunities", deal.id, "currency"], message: `${deal.id} is in ${deal.currency} and cannot be converted to ${plan.currency}: ${reason} The deal is not credited until then.` }, repId);
    }
  }
  for (const [repId, deals] of unplanned) {
    report(ctx, { code: "no_plan", path: ["reps", repId], message: `${repId} is credited with ${deals} closed-won deal(s) in ${ctx.label} but no plan assignment covers their close dates: no commission is computed on them.` }, repId);
  }
}
