/*
 * Commission benchmark: 1,000 reps and 1,000,000 credited deal lines in one quarter (800,000
 * closed-won deals, a quarter of them split between two reps), a four-tier marginal plan with a
 * per-deal and a per-period cap, a fifth of the deals in EUR. Times calculateCommissions (the data is
 * generated before the clock starts) and prints ms, credit lines per second and peak memory as JSON
 * lines. `COMMISSION_BENCH_DEALS` changes the size; the target is ≤ 2 s on a 2-core machine. The
 * 1-minute load average is printed alongside: on a shared machine wall time says little without it.
 */
import { calculateCommissions } from "../src/core/commission/engine";
import { parsePlan } from "../src/core/commission/parsePlan";
import type { CreditSplit } from "../src/core/commission/types";
import type { FxRate } from "../src/core/model/currency";
import type { Opportunity, Quota, Rep } from "../src/core/model/entities";
import { DEFAULT_SETTINGS } from "../src/core/model/settings";
import os from "os";
import { reportFigure } from "./report";
import { BenchRandom } from "./support/prng";

const DEALS = Number(process.env.COMMISSION_BENCH_DEALS ?? 800_000);
const REPS = 1_000;
const SPLIT_EVERY = 4;
const PERIOD = "FY2027-Q2";

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

function buildInput() {
  const random = new BenchRandom(11);
  const reps: Rep[] = [];
  const quotas: Quota[] = [];
  for (let i = 0; i < REPS; i += 1) {
    const id = `REP-${String(i + 1).padStart(4, "0")}`;
    reps.push({ id, name: id, email: "", role: "Account Executive", managerId: "", region: "NA", segment: "SMB", startDate: "2020-01-01", endDate: null, extra: {} });
    quotas.push({ ownerId: id, period: PERIOD, amount: 1_000_000 + Math.round(random.next() * 100) * 10_000, currency: "USD", extra: {} });
  }
  // Shared date strings, as a parser's interning would give: keeps the generator out of the memory figures.
  const dates = Array.from({ length: 92 }, (_, d) => new Date(Date.UTC(2026, 4, 1 + d)).toISOString().slice(0, 10));
  const products = ["Platform", "Analytics", "Integration", "Support Plus"];
  const types = ["New Business", "Expansion", "Renewal"];
  const opportunities: Opportunity[] = [];
  const splits: CreditSplit[] = [];
  for (let i = 0; i < DEALS; i += 1) {
    const id = `OPP-${String(i + 1).padStart(7, "0")}`;
    const owner = reps[Math.floor(random.next() * REPS)].id;
    const currency = random.next() < 0.2 ? "EUR" : "USD";
    opportunities.push({
      id,
      name: id,
      accountId: "ACC-1",
      ownerId: owner,
      stage: "Closed Won",
      forecastCategory: "Closed",
      amount: Math.round(2_000 + random.next() * 3_000),
      currency,
      probability: null,
      createdDate: "2026-01-01",
      closeDate: dates[Math.floor(random.next() * dates.length)],
      type: types[i % 3],
      product: products[i % 4],
      termMonths: 12,
      extra: {},
    });
    if (i % SPLIT_EVERY === 0) {
      const other = reps[Math.floor(random.next() * REPS)].id;
      if (other !== owner) {
        splits.push({ opportunityId: id, repId: owner, share: 0.5 }, { opportunityId: id, repId: other, share: 0.5 });
      }
    }
  }
  const fxRates: FxRate[] = ["FY2027-M4", "FY2027-M5", "FY2027-M6"].map((period, m) => ({ currency: "EUR", period, rateToCorporate: 1.08 + m * 0.01 }));
  const plan = parsePlan({
    id: "BENCH",
    currency: "USD",
    period: "quarter",
    credit: {},
    rates: {
      method: "marginal",
      tiers: [
        { threshold: 0, rate: 0.04 },
        { threshold: 0.5, rate: 0.08 },
        { threshold: 1, rate: 0.12 },
        { threshold: 1.5, rate: 0.16 },
      ],
    },
    caps: { perDeal: 600, perPeriod: 250_000 },
  });
  if (!plan.ok) throw new Error(plan.issues.map((issue) => issue.message).join("; "));
  return {
    plans: [plan.value],
    assignments: reps.map((rep) => ({ repId: rep.id, planId: "BENCH", from: "2020-01-01", to: null, quota: null, targetIncentive: null })),
    data: { settings: DEFAULT_SETTINGS, opportunities, reps, quotas, fxRates },
    period: PERIOD,
    splits,
    priorState: "fresh" as const,
  };
}

function main(): void {
  const input = buildInput();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const run = calculateCommissions(input);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  if (run.issues.length > 0) throw new Error(`commission run reported issues: ${run.issues.slice(0, 3).map((i) => i.message).join("; ")}`);
  const creditLines = input.data.opportunities.length + input.splits.length / 2;
  const statementLines = run.reps.reduce((sum, rep) => sum + rep.lines.length, 0);
  const extra = { reps: run.reps.length, credit_lines: creditLines, statement_lines: statementLines, cpu_seconds: Math.round((cpu.user + cpu.system) / 1e3) / 1e3, target_ms: 2000, load_average: os.loadavg()[0] };
  reportFigure("commission_1m_credit_lines", "elapsed", Math.round(ms), "ms", extra);
  reportFigure("commission_1m_credit_lines", "lines_per_second", Math.round(creditLines / (ms / 1000)), "lines/s", extra);
  reportFigure("commission_1m_credit_lines", "peak_rss", mb(peakRss), "MB", { ...extra, rss_before_run: mb(rssBefore) });
  reportFigure("commission_1m_credit_lines", "heap_growth_during_run", mb(heapAfter - heapBefore), "MB", extra);
}

main();
