/*
 * Commission benchmark: 1,000 reps and 1,000,000 credited deal lines in one quarter (800,000
 * closed-won deals, a quarter of them split between two reps), a four-tier marginal plan with a
 * per-deal and a per-period cap, a fifth of the deals in EUR (see support/commissionInput.ts).
 *
 * The data is generated before the clock starts. The first call is timed on its own ("elapsed":
 * the cold figure, with V8 compiling the engine as it goes and every page of the result touched
 * for the first time, as a CLI run would see it); then COMMISSION_BENCH_RUNS more calls (default
 * 3), each after the previous result is dropped and collected, give "elapsed_warm_median": what a
 * long-lived add-in session sees on a second calculation. Peak RSS is read right after the cold
 * call. `COMMISSION_BENCH_DEALS` changes the size; the target is ≤ 2 s on a 2-core machine. The
 * 1-minute load average is printed alongside: on a shared machine wall time says little without it.
 */
import { calculateCommissions } from "../src/core/commission/engine";
import type { CommissionRun } from "../src/core/commission/types";
import os from "os";
import { reportFigure } from "./report";
import { commissionBenchInput } from "./support/commissionInput";
import { medianOf } from "./support/stats";

const DEALS = Number(process.env.COMMISSION_BENCH_DEALS ?? 800_000);
const WARM_RUNS = Number(process.env.COMMISSION_BENCH_RUNS ?? 3);

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

type BenchInput = ReturnType<typeof commissionBenchInput>;

interface Timing {
  ms: number;
  cpuSeconds: number;
  loadAverage: number;
}

function timed(input: BenchInput): { timing: Timing; run: CommissionRun } {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const run = calculateCommissions(input);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  return { run, timing: { ms, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e3) / 1e3, loadAverage: os.loadavg()[0] } };
}

/** The first call, with its memory figures; the result is summed up here and not kept, so warm calls start from the same heap. */
function coldRun(input: BenchInput) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const { run, timing } = timed(input);
  const heapAfter = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  if (run.issues.length > 0) throw new Error(`commission run reported issues: ${run.issues.slice(0, 3).map((i) => i.message).join("; ")}`);
  return {
    timing,
    reps: run.reps.length,
    statementLines: run.reps.reduce((sum, rep) => sum + rep.lines.length, 0),
    payout: run.reps.reduce((cents, rep) => cents + Math.round(rep.payout * 100), 0) / 100,
    rssBefore,
    peakRss,
    heapGrowth: heapAfter - heapBefore,
  };
}

function main(): void {
  const input = commissionBenchInput(DEALS);
  const cold = coldRun(input);
  const warm: Timing[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) {
    global.gc?.();
    warm.push(timed(input).timing);
  }

  const creditLines = input.data.opportunities.length + input.splits.length / 2;
  const extra = {
    reps: cold.reps,
    credit_lines: creditLines,
    statement_lines: cold.statementLines,
    payout: cold.payout,
    cpu_seconds: cold.timing.cpuSeconds,
    target_ms: 2000,
    load_average: cold.timing.loadAverage,
  };
  reportFigure("commission_1m_credit_lines", "elapsed", Math.round(cold.timing.ms), "ms", extra);
  if (warm.length > 0) {
    reportFigure("commission_1m_credit_lines", "elapsed_warm_median", Math.round(medianOf(warm.map((t) => t.ms))), "ms", {
      ...extra,
      runs_ms: warm.map((t) => Math.round(t.ms)),
      cpu_seconds: medianOf(warm.map((t) => t.cpuSeconds)),
      load_average: warm[warm.length - 1].loadAverage,
    });
  }
  reportFigure("commission_1m_credit_lines", "lines_per_second", Math.round(creditLines / (cold.timing.ms / 1000)), "lines/s", extra);
  reportFigure("commission_1m_credit_lines", "peak_rss", mb(cold.peakRss), "MB", { ...extra, rss_before_run: mb(cold.rssBefore) });
  reportFigure("commission_1m_credit_lines", "heap_growth_during_run", mb(cold.heapGrowth), "MB", extra);
}

main();
