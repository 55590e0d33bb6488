/**
 * Clawbacks: a deal cancelled within the plan's window after its close date has its commission
 * reversed in the period of cancellation, at the original rate. "What was paid" is recomputed from
 * the close period (the deal's own lines: tier, multiplier and per-deal cap), so the reversal is
 * exactly the commission the deal's statement lines showed; period-level lines (period cap,
 * bonuses) are not reopened. The credit and attainment of the cancellation period do not change.
 */
import type { Opportunity } from "../model/entities";
import { fiscalLabel } from "../model/fiscalCalendar";
import { EngineContext, report } from "./context";
import { daysInclusive } from "./days";
import { COMMISSION_KINDS, makeCentsLine } from "./statement";
import type { CommissionRun, StatementLine } from "./types";

/** Runs the engine for another period without clawbacks or carried state: how the close period paid. */
export type ClosePeriodRunner = (period: string, repIds: ReadonlySet<string>) => CommissionRun;

/**
 * The clawback lines of the period by rep. Cancellations outside the period are ignored; unknown
 * deals, cancellations before close and reps no longer on a plan are reported.
 * @example clawbackLines(ctx, run).get("R1")?.[0].amount // -1300 for a deal that paid 1,300
 */
export function clawbackLines(ctx: EngineContext, runClosePeriod: ClosePeriodRunner, computedReps: ReadonlySet<string>): Map<string, StatementLine[]> {
  const byRep = new Map<string, StatementLine[]>();
  const cancellations = (ctx.input.cancellations ?? []).filter((c) => c.cancelDate >= ctx.range.start && c.cancelDate <= ctx.range.end);
  if (cancellations.length === 0) return byRep;
  const deals = new Map<string, Opportunity>(ctx.input.data.opportunities.map((deal) => [deal.id, deal]));
  const runs = new Map<string, CommissionRun>();
  const everyone = new Set(ctx.input.assignments.map((assignment) => assignment.repId));
  for (const cancellation of cancellations) {
    const deal = deals.get(cancellation.opportunityId);
    const path = ["cancellations", cancellation.opportunityId];
    if (!deal) {
      report(ctx, { code: "unknown_opportunity", path, message: `The cancellation of ${cancellation.opportunityId} names no known opportunity.` });
      continue;
    }
    if (cancellation.cancelDate < deal.closeDate) {
      report(ctx, { code: "cancel_before_close", path, message: `${deal.id} is cancelled on ${cancellation.cancelDate}, before it closed on ${deal.closeDate}.` });
      continue;
    }
    const closePeriod = fiscalLabel(deal.closeDate, ctx.fiscalStartMonth, ctx.period.grain);
    let run = runs.get(closePeriod);
    if (!run) runs.set(closePeriod, (run = runClosePeriod(closePeriod, everyone)));
    const days = daysInclusive(deal.closeDate, cancellation.cancelDate) - 1;
    for (const rep of run.reps) {
      const paid = rep.lines.filter((line) => COMMISSION_KINDS.has(line.kind) && line.opportunityIds.includes(deal.id));
      if (paid.length === 0) continue;
      const plan = ctx.plans.get(paid[0].planId) ?? ctx.input.plans.find((candidate) => candidate.id === paid[0].planId);
      if (!plan?.clawback || days > plan.clawback.windowDays) continue;
      let cents = 0;
      for (const line of paid) cents += Math.round(line.amount * 100);
      if (cents === 0) continue;
      if (!computedReps.has(rep.repId)) {
        report(ctx, { code: "clawback_unapplied", path: ["reps", rep.repId, "clawback", deal.id], message: `${rep.repId} was paid ${cents / 100} on ${deal.id}, cancelled on ${cancellation.cancelDate}, but has no plan in ${ctx.label} to recover it from: recover it by a manual adjustment.` }, rep.repId);
        continue;
      }
      const line = makeCentsLine(
        {
          repId: rep.repId,
          period: ctx.label,
          planId: plan.id,
          kind: "clawback",
          opportunityIds: [deal.id],
          rule: "clawback",
          tier: null,
          basis: cents / 100,
          rate: null,
          description: `Clawback: ${deal.id} closed ${deal.closeDate}, cancelled ${cancellation.cancelDate} (${days} days, window ${plan.clawback.windowDays}); reverses what it paid in ${closePeriod}`,
        },
        -cents,
      );
      const list = byRep.get(rep.repId);
      if (list) list.push(line);
      else byRep.set(rep.repId, [line]);
    }
  }
  return byRep;
}
