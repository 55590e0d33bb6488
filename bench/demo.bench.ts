/*
 * How long the demo org takes to generate (seed 7, as of 2026-11-27): the first run in a fresh
 * process (what `salesops demo-data` and "Load sample data" pay) and the median of later runs.
 */
import { performance } from "perf_hooks";
import { generateDemoOrg } from "../src/core/demo/generateDemoOrg";
import { reportFigure } from "./report";

const options = { seed: 7, asOf: "2026-11-27" };
const RUNS = 7;

const timeOne = (): { ms: number; cpuMs: number; rows: number; opportunities: number; snapshots: number } => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const demo = generateDemoOrg(options);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const rows = demo.opportunities.length + demo.snapshots.length + demo.accounts.length + demo.reps.length + demo.quotas.length + demo.territories.length + demo.fxRates.length;
  return { ms, cpuMs: (used.user + used.system) / 1000, rows, opportunities: demo.opportunities.length, snapshots: demo.snapshots.length };
};

const first = timeOne();
const later = Array.from({ length: RUNS }, timeOne).sort((a, b) => a.ms - b.ms);
const median = later[Math.floor(RUNS / 2)];
const round = (ms: number): number => Math.round(ms * 10) / 10;
const context = { ...options, opportunities: first.opportunities, snapshots: first.snapshots, rows: first.rows };

reportFigure("demo", "generate_first_run", round(first.ms), "ms", { ...context, cpuMs: round(first.cpuMs) });
reportFigure("demo", "generate_median", round(median.ms), "ms", { ...context, cpuMs: round(median.cpuMs), runs: RUNS });
reportFigure("demo", "records_per_second", Math.round(first.rows / (median.ms / 1000)), "records/s", context);
