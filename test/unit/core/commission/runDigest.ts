/**
 * A fingerprint of a whole CommissionRun for the golden test: a SHA-256 of its JSON, with the few
 * values JSON would blur (−0, NaN, ±Infinity, undefined) spelled out, so "same digest" means every
 * payout, line, total, issue and state is the same number and the same text, in the same order.
 * A short summary rides along so a failing snapshot says roughly where the difference is.
 */
import { createHash } from "crypto";
import type { CommissionRun } from "../../../../src/core/commission/types";

function exact(_key: string, value: unknown): unknown {
  if (value === undefined) return "<undefined>";
  if (typeof value !== "number") return value;
  if (Object.is(value, -0)) return "<-0>";
  return Number.isFinite(value) ? value : `<${value}>`;
}

/** The SHA-256 of the runs' exact JSON. */
export function digestOf(runs: readonly CommissionRun[]): string {
  const hash = createHash("sha256");
  // One run at a time: a million-line run as one string would be needlessly large.
  for (const run of runs) hash.update(JSON.stringify(run, exact)).update("\n");
  return hash.digest("hex");
}

export interface RunSummary {
  period: string;
  reps: number;
  lines: number;
  payoutCents: number;
  linesByKind: Record<string, number>;
  issuesByCode: Record<string, number>;
}

function countBy(keys: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Counts and totals of a run, for reading a snapshot diff. */
export function summaryOf(run: CommissionRun): RunSummary {
  const lines = run.reps.flatMap((rep) => rep.lines);
  return {
    period: run.period,
    reps: run.reps.length,
    lines: lines.length,
    payoutCents: run.reps.reduce((sum, rep) => sum + Math.round(rep.payout * 100), 0),
    linesByKind: countBy(lines.map((line) => line.kind)),
    issuesByCode: countBy(run.issues.map((issue) => issue.code)),
  };
}
