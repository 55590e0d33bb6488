/**
 * Reads a planned deal on a given day: the opportunity as the CRM showed it then. The current
 * opportunities are the plans read on the as-of date and the snapshots are the same plans read on
 * each snapshot date, so a deal won since the first snapshot is Closed Won now, and so on.
 */
import type { Opportunity } from "../model/entities";
import type { ForecastCategory } from "../model/stageMap";
import { Day, isoOf } from "./dayCalendar";
import type { DatedValue, DealPlan } from "./dealPlan";
import { StageLadder, categoryFor } from "./stageLadder";

export interface DealState {
  /** False once the deal is won or lost. */
  open: boolean;
  stage: string;
  forecastCategory: ForecastCategory;
  amount: number;
  closeDate: Day;
  probability: number | null;
  /** For a closed deal, the last open stage it reached (what a CRM's stage history report gives); null while open. */
  lastOpenStage: string | null;
}

/** The value in force on `day`: the last change made on or before it. */
function valueOn(values: readonly DatedValue[], day: Day): number {
  let value = values[0].value;
  for (const entry of values) {
    if (entry.day > day) break;
    value = entry.value;
  }
  return value;
}

const clampProbability = (p: number): number => Math.round(Math.min(0.95, Math.max(0.05, p)) * 100) / 100;

/**
 * The deal's state on `day`, which must not be before its creation.
 * @example dealStateOn(plan, ladder, plan.resolved).open // false
 */
export function dealStateOn(plan: DealPlan, ladder: StageLadder, day: Day): DealState {
  const amount = valueOn(plan.amounts, day);
  let index = 0;
  while (index + 1 < plan.stageDays.length && plan.stageDays[index + 1] <= Math.min(day, plan.resolved - 1)) index += 1;
  if (day >= plan.resolved) {
    const stage = plan.won ? ladder.won : ladder.lost;
    return {
      open: false,
      stage: stage.stage,
      forecastCategory: stage.category,
      amount,
      closeDate: plan.resolved,
      probability: plan.probabilityOffset === null ? null : stage.probability,
      lastOpenStage: ladder.open[index].stage,
    };
  }
  const stage = ladder.open[index];
  return {
    open: true,
    stage: stage.stage,
    forecastCategory: categoryFor(ladder, index, plan.judgement),
    amount,
    closeDate: valueOn(plan.closeDates, day),
    probability: plan.probabilityOffset === null ? null : clampProbability(stage.probability + plan.probabilityOffset),
    lastOpenStage: null,
  };
}

/** The fields of an opportunity that never change over its life. */
export interface DealIdentity {
  id: string;
  name: string;
  ownerId: string;
}

/**
 * The canonical opportunity record for a deal state.
 * @example toOpportunity(plan, { id: "OPP-000001", name: "…", ownerId: "REP-010" }, state).stage // e.g. "Closed Won"
 */
export function toOpportunity(plan: DealPlan, identity: DealIdentity, state: DealState): Opportunity {
  return {
    id: identity.id,
    name: identity.name,
    accountId: plan.account.record.id,
    ownerId: identity.ownerId,
    stage: state.stage,
    forecastCategory: state.forecastCategory,
    amount: state.amount,
    currency: plan.currency,
    probability: state.probability,
    createdDate: isoOf(plan.created),
    closeDate: isoOf(state.closeDate),
    type: plan.type,
    product: plan.product.name,
    termMonths: plan.termMonths,
    // Closed deals carry the furthest open stage they reached, so win rates by stage have history.
    extra: state.lastOpenStage === null ? {} : { last_stage: state.lastOpenStage },
  };
}
