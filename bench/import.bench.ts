/*
 * Import benchmark: writes a deterministic 1,000,000-row canonical opportunities.csv into the OS temp
 * folder, imports it through the CLI's path (read the file, importOpportunityCsv, the rejected-row
 * report) and prints rows per second and peak memory as JSON lines. `IMPORT_BENCH_ROWS` changes the size.
 * Wall-clock rows/s depends on what else the machine runs: cpu_seconds is printed alongside.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "fs";
import os from "os";
import path from "path";
import { importOpportunityCsv } from "../src/core/import/importOpportunities";
import { OPPORTUNITIES_FILE } from "../src/core/model/canonicalFiles";
import { reportFigure } from "./report";

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
const STAGES = [
  ["Prospecting", "Pipeline", 0.1],
  ["Qualification", "Pipeline", 0.1],
  ["Value Proposition", "Best Case", 0.5],
  ["Proposal/Price Quote", "Commit", 0.75],
  ["Negotiation/Review", "Commit", 0.9],
  ["Closed Won", "Closed", 1],
  ["Closed Lost", "Omitted", 0],
] as const;
const CURRENCIES = ["USD", "USD", "USD", "EUR", "GBP", "JPY", "BRL"];
const PRODUCTS = ["Platform", "Analytics", "Integration", "Support Plus", "Data Cloud"];
const TYPES = ["New Business", "Expansion", "Renewal"];

/** A small linear congruential generator: the same seed gives the same file on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function isoDay(base: number, offsetDays: number): string {
  return new Date(base + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Writes the CSV block by block (10,000 rows at a time), so generating it adds little to the process's peak memory. */
function writeCsv(file: string, rows: number): void {
  const next = random(7);
  const base = Date.UTC(2024, 1, 1);
  const fd = openSync(file, "w");
  writeSync(fd, `${OPPORTUNITIES_FILE.columns.map((c) => c.column).join(",")}\n`);
  let block: string[] = [];
  for (let i = 1; i <= rows; i += 1) {
    const [stage, category, probability] = STAGES[Math.floor(next() * STAGES.length)];
    const currency = CURRENCIES[Math.floor(next() * CURRENCIES.length)];
    const amount = Math.round((5_000 + next() * 495_000) * (currency === "JPY" ? 150 : 1) * 100) / 100;
    const created = Math.floor(next() * 900);
    const close = created + 14 + Math.floor(next() * 240);
    const account = `ACC-${String(1 + Math.floor(next() * 600)).padStart(4, "0")}`;
    const owner = `REP-${String(1 + Math.floor(next() * 40)).padStart(3, "0")}`;
    const product = PRODUCTS[Math.floor(next() * PRODUCTS.length)];
    const term = next() < 0.7 ? String(12 * (1 + Math.floor(next() * 3))) : "";
    block.push(
      `OPP-${String(i).padStart(7, "0")},${account} ${product} ${i % 97},${account},${owner},${stage},${category},${amount},${currency},${probability},${isoDay(base, created)},${isoDay(base, close)},${TYPES[i % 3]},${product},${term}\n`,
    );
    if (block.length === 10_000 || i === rows) {
      writeSync(fd, block.join(""));
      block = [];
    }
  }
  closeSync(fd);
}

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const round = (value: number, digits = 3): number => Math.round(value * 10 ** digits) / 10 ** digits;

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "salesops-import-bench-"));
  const file = path.join(dir, "opportunities.csv");
  try {
    writeCsv(file, ROWS);
    global.gc?.();
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    // The CLI's path: read the file, then parse and import it chunk by chunk.
    const result = importOpportunityCsv(readFileSync(file, "utf8"));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    // maxRSS is the process's high-water mark, and the generator above stays small, so this is the import's peak.
    const peakRss = process.resourceUsage().maxRSS * 1024;
    const heapAtEnd = process.memoryUsage().heapUsed;
    global.gc?.();
    const retained = process.memoryUsage().heapUsed;
    if (!result.ok) throw new Error(`import failed: ${result.issues.map((i) => i.message).join("; ")}`);
    const { summary } = result.value;
    const extra = { rows: ROWS, seconds: round(seconds), cpu_seconds: round((cpu.user + cpu.system) / 1e6), file_mb: mb(statSync(file).size) };
    reportFigure("import_1m_opportunities_csv", "rows_per_second", Math.round(summary.rowsRead / seconds), "rows/s", extra);
    reportFigure("import_1m_opportunities_csv", "rows_imported", summary.imported, "rows", { ...extra, rejected: summary.rejected });
    reportFigure("import_1m_opportunities_csv", "peak_rss", mb(peakRss), "MB", extra);
    reportFigure("import_1m_opportunities_csv", "peak_heap_used", mb(Math.max(heapAtEnd, retained)), "MB", extra);
    reportFigure("import_1m_opportunities_csv", "retained_heap_after_gc", mb(retained), "MB", extra);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
