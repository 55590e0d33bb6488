import type { CommissionRun } from "../core/commission";
import { getWorkbookData } from "./sessionState";
import { runCommissions } from "./runCommissions";

export type PayoutAnswer = { ok: true; payout: number } | { ok: false; reason: string };

/** Runs are cached per period until the session's data or plans change, so a sheet of PAYOUT formulas calculates each period once. */
let cache: { version: number; runs: Map<string, CommissionRun> } = { version: -1, runs: new Map() };

/**
 * A rep's payout for a period from the data and plans loaded in this session — the body of
 * SALESOPS.PAYOUT. Answers why not when no data or plan is loaded, or no plan covers the rep.
 */
export function payoutFor(repId: string, period: string): PayoutAnswer {
  const { dataSet, compensation, version } = getWorkbookData();
  if (!dataSet) return { ok: false, reason: "No data is loaded: open SalesOps and load sample data or your tables first." };
  if (!compensation || compensation.plans.length === 0) return { ok: false, reason: "This workbook has no commission plan: add one in the Commissions view or its Plans tables." };
  if (cache.version !== version) cache = { version, runs: new Map() };
  let run = cache.runs.get(period);
  if (!run) {
    run = runCommissions(dataSet, compensation, period);
    cache.runs.set(period, run);
  }
  const rep = run.reps.find((result) => result.repId === repId);
  if (rep) return { ok: true, payout: rep.payout };
  const repIssue = run.issues.find((issue) => issue.path[0] === "reps" && issue.path[1] === repId);
  return { ok: false, reason: repIssue?.message ?? `No plan covers ${repId} in ${period}.` };
}
