/**
 * The commission engine: plans, assignments and data in; per rep per period credit, attainment,
 * earnings by component, draws, clawbacks, adjustments, payout and statement lines out. Pure: the
 * period, the data and the carried state are all parameters.
 */
import { parseFiscalLabel } from "../model/fiscalCalendar";
import type { Issue } from "../model/result";
import { clawbackLines } from "./clawbacks";
import { createContext } from "./context";
import { assignCredit } from "./credit";
import { checkPlan } from "./planChecks";
import type { Plan } from "./planSchema";
import { indexQuotas } from "./quota";
import { assembleRep, nextState } from "./repPeriod";
import { buildSegments } from "./segments";
import type { CommissionInput, CommissionRun, RepCarryState, RepPeriodResult } from "./types";

interface RunOptions {
  /** Compute only these reps (the clawback look-back needs only the reps credited on a deal). */
  onlyReps?: ReadonlySet<string>;
  withClawbacks: boolean;
}

function runPeriod(input: CommissionInput, options: RunOptions): CommissionRun {
  const period = parseFiscalLabel(input.period);
  if (!period) {
    return { period: input.period, range: null, reps: [], state: [], issues: [{ code: "invalid_period", path: ["period"], message: `"${input.period}" is not a fiscal period: give a label such as FY2027-Q3, FY2027-M7 or FY2027.` }] };
  }
  const planIssues: Issue[] = [];
  const validPlans: Plan[] = [];
  const invalid = new Set<string>();
  for (const plan of input.plans) {
    const problems = checkPlan(plan);
    if (problems.length === 0) validPlans.push(plan);
    else {
      invalid.add(plan.id);
      planIssues.push(...problems.map((issue) => ({ ...issue, path: ["plans", plan.id, ...issue.path] })));
    }
  }
  const label = input.period.trim().toUpperCase();
  const ctx = createContext(input, label, period, validPlans, invalid);
  ctx.issues.push(...planIssues);
  const segments = buildSegments(ctx, options.onlyReps);
  assignCredit(ctx, segments);
  const quotas = indexQuotas(input.data.quotas);
  const priorStates = new Map<string, RepCarryState>(Array.isArray(input.priorState) ? input.priorState.map((state) => [state.repId, state]) : []);
  const clawbacks = options.withClawbacks
    ? clawbackLines(ctx, (closePeriod, repIds) => runPeriod({ ...input, period: closePeriod, cancellations: [], priorState: "fresh", adjustments: [], lockedPayouts: [] }, { onlyReps: repIds, withClawbacks: false }), new Set(segments.keys()))
    : new Map();

  const reps: RepPeriodResult[] = [];
  const state: RepCarryState[] = [];
  for (const repId of [...segments.keys()].sort()) {
    const prior = priorStates.get(repId);
    const result = assembleRep(ctx, quotas, segments.get(repId) ?? [], prior, clawbacks.get(repId) ?? []);
    if (!result) continue;
    reps.push(result);
    state.push(nextState(ctx, result, prior));
    priorStates.delete(repId);
  }
  // Reps not computed this period keep their balances for the next one.
  state.push(...priorStates.values());
  state.sort((a, b) => (a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : 0));
  return { period: label, range: ctx.range, reps, issues: ctx.issues, state };
}

/**
 * Calculates commissions for one period. Problems in the input (an invalid plan, a rep without a
 * quota, a deal without an FX rate, splits that do not add up) are issues in the result; the reps
 * they affect are reported, not paid on invented figures.
 * @example
 * const run = calculateCommissions({ plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps), data: demo, period: "FY2027-Q2", priorState: "fresh" });
 * run.reps[0].payout === run.reps[0].lines.reduce((cents, line) => cents + Math.round(line.amount * 100), 0) / 100 // true
 */
export function calculateCommissions(input: CommissionInput): CommissionRun {
  return runPeriod(input, { withClawbacks: true });
}

/**
 * Calculates consecutive periods, each fed the state (draw balances, YTD paid) the one before left.
 * @example calculatePeriods({ ...input, priorState: "fresh" }, ["FY2027-Q1", "FY2027-Q2"]).map((run) => run.reps.length)
 */
export function calculatePeriods(input: Omit<CommissionInput, "period">, periods: readonly string[]): CommissionRun[] {
  const runs: CommissionRun[] = [];
  let priorState = input.priorState;
  for (const period of periods) {
    const run = calculateCommissions({ ...input, period, priorState });
    runs.push(run);
    priorState = run.state;
  }
  return runs;
}
