/*
 * HyperFormula's SUMIFS rollup against the engine's rep rollup on the same rows: the timings, the
 * ratio and the check that every sampled rep's closed, commit, best case and pipeline agree to 1e-6.
 */
import { buildForecast } from "../../src/core/forecast/forecastReport";
import type { DataSet } from "../../src/core/model/dataSet";
import { fiscalPeriodRange, parseFiscalLabel } from "../../src/core/model/fiscalCalendar";
import { medianOf, round1, timed } from "./stats";
import { sumifsRollup } from "./sumifsRollup";
import { BENCH_AS_OF, BENCH_PERIOD } from "./syntheticDataSet";
import type { SyntheticOrg } from "./syntheticOrg";

type Figure = [metric: string, value: number, unit: string, extra: Record<string, unknown>];

const TOLERANCE = 1e-6;
const agree = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-9;

/** Evaluates the SUMIFS block for `sampleReps` reps (all of them when 0 or ≥ the rep count) and compares. */
export function compareSumifs(dataSet: DataSet, org: SyntheticOrg, sampleReps: number): { figures: Figure[]; mismatches: number } {
  const rows = dataSet.opportunities.length;
  const allReps = org.sellers.map((s) => s.id);
  const count = sampleReps > 0 && sampleReps < allReps.length ? sampleReps : allReps.length;
  // Evenly spread over the org (every n-th rep), so every region and segment is in the sample.
  const reps = allReps.filter((_, index) => index % Math.floor(allReps.length / count) === 0).slice(0, count);

  const options = { period: BENCH_PERIOD, level: "rep" as const, asOf: BENCH_AS_OF };
  buildForecast(dataSet, options);
  const engineRuns = Array.from({ length: 3 }, () => timed(() => buildForecast(dataSet, options)));
  const engineMs = medianOf(engineRuns.map((run) => run.ms));
  const engineRows = new Map(engineRuns[0].value.rows.map((row) => [row.owner, row]));

  const range = fiscalPeriodRange(parseFiscalLabel(BENCH_PERIOD) as NonNullable<ReturnType<typeof parseFiscalLabel>>, dataSet.settings.fiscalYearStartMonth);
  const sheet = sumifsRollup(dataSet.opportunities, org, reps, range);
  let mismatches = 0;
  let worst = 0;
  for (const [rep, hf] of sheet.byRep) {
    const row = engineRows.get(rep);
    const engine = { closed: row?.closedWon ?? 0, commit: row?.commit ?? 0, bestCase: row?.bestCase ?? 0, pipeline: row?.pipeline ?? 0 };
    for (const figure of ["closed", "commit", "bestCase", "pipeline"] as const) {
      if (!agree(hf[figure], engine[figure])) mismatches += 1;
      const scale = Math.max(Math.abs(hf[figure]), Math.abs(engine[figure]));
      if (scale > 0) worst = Math.max(worst, Math.abs(hf[figure] - engine[figure]) / scale);
    }
  }
  const estimated = reps.length < allReps.length;
  const fullBlockMs = (sheet.evaluateMs / reps.length) * allReps.length;
  const common = { rows, period: BENCH_PERIOD, repsInBlock: reps.length, formulas: sheet.formulas };
  return {
    mismatches,
    figures: [
      ["engine_rep_rollup_same_rows", round1(engineMs), "ms", { rows, reps: allReps.length, runs: 3, what: "buildForecast at rep level (rollup, weighted, projection, coverage, attainment) for every rep" }],
      ["hyperformula_load", round1(sheet.loadMs), "ms", { rows, columns: 4 }],
      ["hyperformula_sumifs_evaluate", round1(sheet.evaluateMs), "ms", { ...common, msPerFormula: round1(sheet.evaluateMs / sheet.formulas) }],
      ["hyperformula_sumifs_all_reps", Math.round(fullBlockMs), "ms", { ...common, reps: allReps.length, estimated, how: estimated ? "measured per rep on the sample × all reps" : "measured" }],
      ["hyperformula_to_engine_ratio", Math.round(fullBlockMs / engineMs), "x", { ...common, estimated, sampleOnlyRatio: round1(sheet.evaluateMs / engineMs), note: "HyperFormula (SUMIFS for every rep) ms ÷ engine (buildForecast for every rep) ms, same rows" }],
      ["sumifs_check", mismatches, "mismatches", { ...common, figuresCompared: reps.length * 4, tolerance: TOLERANCE, worstRelativeError: worst }],
    ],
  };
}
