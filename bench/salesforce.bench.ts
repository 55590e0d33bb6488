/*
 * Issue #8: 200,000 opportunities from the local Salesforce (test/fakes/salesforce).
 * 1. Pulled through the CLI as a user runs it (`node bin/salesops.js pull salesforce …` in a child
 *    process, the fake serving from this one): requests, wall seconds, the child's CPU and peak RSS
 *    (from /usr/bin/time, where there is one); opportunities.csv checked to hold every record once.
 * 2. Pulled into the in-memory Excel host through the Office.js adapters (pullSalesforceIntoWorkbook):
 *    syncs, request bytes in all and the largest request (limit 5 MB), split into reading the
 *    workbook first, writing the tables, and reading them back into the session; once into an empty
 *    workbook, then as the incremental refresh an hour later (2,000 changed, 100 deleted, 100 new).
 */
import { spawn } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { memorySyncStateStorage, pullSalesforceIntoWorkbook, type SalesforceSyncStatePort, salesforceSyncStatePort } from "../src/app/salesforcePull";
import { SalesforceClient, salesforcePipelineSource } from "../src/connectors/salesforce";
import { parseCsvRows } from "../src/core/import/csv";
import { DEFAULT_SETTINGS } from "../src/core/model/settings";
import { createExcelWorkbookPort } from "../src/excel/workbookPort";
import { startFakeSalesforce } from "../test/fakes/salesforce";
import { createExcelHost, type ExcelHost } from "../test/host";
import { reportFigure } from "./report";

const BENCH = "salesforce";
const TOTAL = 200_000;
/** The small seed's 30 live opportunities, plus the generated ones. */
const GENERATED = TOTAL - 30;
const ROOT = path.join(__dirname, "..");
const TIME = "/usr/bin/time";
const FIVE_MB = 5 * 1024 * 1024;

const load = () => ({ loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100) });

interface ChildRun {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking this process (the fake serves from it). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, ms: performance.now() - started, stdout, stderr }));
  });
}

const SETTINGS = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1 };

async function intoWorkbook(host: ExcelHost, instanceUrl: string, token: string, syncState: SalesforceSyncStatePort, label: string): Promise<void> {
  const client = new SalesforceClient({ instanceUrl, tokens: { accessToken: () => token }, fetch });
  const source = salesforcePipelineSource(client, { multiCurrency: true, customFields: [{ field: "Region__c" }, { field: "Segment__c" }] }, SETTINGS);
  host.resetStats();
  const marks: Record<string, number> = {};
  let step = "";
  const started = performance.now();
  const result = await pullSalesforceIntoWorkbook(createExcelWorkbookPort(host.run), source, syncState, SETTINGS, {
    onProgress: (p) => {
      // The syncs before each step starts: reading the workbook, pulling (none), saving copies, writing, reading back.
      if (p.step !== step) marks[(step = p.step)] = host.syncs().length;
    },
  });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  const syncs = host.syncs();
  const phase = (from: string, to: string | null) => syncs.slice(marks[from] ?? 0, to === null ? syncs.length : marks[to]);
  const phases = { read: phase("reading", "pulling"), write: phase("saving", "refreshing"), readBack: phase("refreshing", null) };
  const { mode, counts, changes, requests } = result.value;
  const extra = { pull: label, mode, opportunities: counts.opportunities, changes, requests, limit: FIVE_MB, ...load() };
  reportFigure(BENCH, "workbookPullSeconds", Math.round(ms / 10) / 100, "s", extra);
  reportFigure(BENCH, "workbookSyncs", syncs.length, "count", { ...extra, read: phases.read.length, write: phases.write.length, readBack: phases.readBack.length });
  reportFigure(BENCH, "workbookWriteSyncs", phases.write.length, "count", extra);
  reportFigure(BENCH, "workbookWriteRequestBytes", phases.write.reduce((sum, s) => sum + s.requestBytes, 0), "bytes", extra);
  reportFigure(BENCH, "workbookMaxRequestBytes", Math.max(...syncs.map((s) => s.requestBytes)), "bytes", extra);
  reportFigure(BENCH, "workbookMaxResponseBytes", Math.max(...syncs.map((s) => s.responseBytes)), "bytes", extra);
}

async function main(): Promise<void> {
  const generated = performance.now();
  const sf = await startFakeSalesforce({ opportunities: GENERATED, accessTokenTtlMs: 7 * 86_400_000 });
  // The org's records are a day old and one was modified just now, so the high-water mark is not the
  // moment every record was created: the refresh's 10-minute overlap then re-reads a few records, as
  // in an org whose records span years, not all 200,000.
  sf.clock.advance(86_400_000);
  sf.store.update(sf.seed?.opportunities[0] ?? "", { Type: "New Business" });
  reportFigure(BENCH, "fakeOrgSetupMs", Math.round(performance.now() - generated), "ms", { opportunities: TOTAL });
  const out = mkdtempSync(path.join(os.tmpdir(), "salesops-sf-bench-"));
  try {
    const env = { ...process.env, SALESFORCE_ACCESS_TOKEN: sf.token };
    // Builds the CLI bundle first when a source changed, so the figure is the pull's.
    await run(process.execPath, ["bin/salesops.js", "--help"], env);
    const cli = ["bin/salesops.js", "pull", "salesforce", "--instance", sf.url, "--multi-currency", "--custom-field", "Region__c", "Segment__c", "--out", out];
    const timed = existsSync(TIME);
    const before = sf.stats.apiRequests;
    const pulled = timed ? await run(TIME, ["-f", "TIME %M KB %U user %S sys", process.execPath, ...cli], env) : await run(process.execPath, cli, env);
    if (pulled.code !== 0) throw new Error(`salesops pull failed (${pulled.code}):\n${pulled.stdout}\n${pulled.stderr}`);
    const rows = parseCsvRows(readFileSync(path.join(out, "opportunities.csv"), "utf8"));
    const ids = new Set(rows.slice(1).map((row) => String(row[0])));
    if (rows.length - 1 !== TOTAL || ids.size !== TOTAL) throw new Error(`opportunities.csv holds ${rows.length - 1} rows and ${ids.size} ids, not ${TOTAL}.`);
    const measured = /TIME (\d+) KB ([\d.]+) user ([\d.]+) sys/.exec(pulled.stderr);
    const extra = { opportunities: TOTAL, batchSize: 2000, ...load() };
    reportFigure(BENCH, "cliPullRequests", sf.stats.apiRequests - before, "count", { ...extra, printed: /Requests: (\d+)/.exec(pulled.stdout)?.[1] });
    reportFigure(BENCH, "cliPullSeconds", Math.round(pulled.ms / 10) / 100, "s", extra);
    if (measured) {
      reportFigure(BENCH, "cliPullCpuSeconds", Math.round((Number(measured[2]) + Number(measured[3])) * 100) / 100, "s", extra);
      reportFigure(BENCH, "cliPullPeakRss", Math.round(Number(measured[1]) / 1024), "MB", extra);
    }

    // 2. Into the workbook, through the Office.js adapters over the in-memory host: the first pull
    // into an empty workbook, then the daily refresh (incremental) of the workbook it wrote.
    const host = createExcelHost();
    const syncState = salesforceSyncStatePort(memorySyncStateStorage());
    await intoWorkbook(host, sf.url, sf.token, syncState, "first");
    // An hour later, 1% of the deals changed, 100 were deleted and 100 created.
    sf.clock.advance(3_600_000);
    const live = sf.store.ids("Opportunity");
    for (let i = 0; i < 2_000; i += 1) sf.store.update(live[i * 97], { Amount: 1_000 + i });
    for (let i = 0; i < 100; i += 1) sf.store.softDelete(live[i * 1_999 + 1]);
    for (let i = 0; i < 100; i += 1) sf.store.insert("Opportunity", { Name: `New ${i}`, OwnerId: sf.seed?.users.alex ?? null, StageName: "Prospecting", CloseDate: "2026-09-30", Amount: 5_000, CurrencyIsoCode: "USD" });
    await intoWorkbook(host, sf.url, sf.token, syncState, "refresh");
    reportFigure(BENCH, "benchPeakRss", Math.round(process.resourceUsage().maxRSS / 1024), "MB", { ...load(), note: "this process: the fake org (200,000 records) and both workbook pulls" });
  } finally {
    rmSync(out, { recursive: true, force: true });
    await sf.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
