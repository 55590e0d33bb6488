/*
 * Writes a 50,000-row opportunities-like table through the in-memory Excel host, then replaces it
 * with another 50,000 rows (the staged replacement: hidden staging sheet, then a swap), and reports
 * what Excel would be sent for each: syncs, total and largest request bytes, and the wall time of
 * the host run (the host's own speed, not Excel's).
 */
import { performance } from "perf_hooks";
import { planTableWrite, syncsForTableWrite, writeTables, TableToWrite } from "../src/excel";
import { createExcelHost, ExcelHost } from "../test/host";
import { OPPORTUNITY_FORMATS, opportunityRows } from "../test/host/sampleRows";
import { reportFigure } from "./report";

const BENCH = "excelTableWrite";
const ROWS = 50_000;

async function measure(host: ExcelHost, table: TableToWrite, mode: "new" | "replace"): Promise<void> {
  host.resetStats();
  const started = performance.now();
  await host.run((context) => writeTables(context, [table]));
  const wallMs = performance.now() - started;
  const syncs = host.syncs();
  const chunks = planTableWrite(table).chunks.length;
  const extra = { mode, rows: ROWS, columns: table.rows[0].length, chunks, expectedSyncs: syncsForTableWrite(chunks, mode === "replace") };
  reportFigure(BENCH, "syncs", syncs.length, "count", extra);
  reportFigure(BENCH, "totalRequestBytes", syncs.reduce((sum, s) => sum + s.requestBytes, 0), "bytes", extra);
  reportFigure(BENCH, "maxRequestBytesPerSync", Math.max(...syncs.map((s) => s.requestBytes)), "bytes", { ...extra, limit: 5 * 1024 * 1024, budget: 4 * 1024 * 1024 });
  reportFigure(BENCH, "wallMs", Math.round(wallMs), "ms", extra);
}

async function main(): Promise<void> {
  const table = { sheetName: "Opportunities", tableName: "Opportunities", rows: opportunityRows(ROWS, 7), numberFormats: OPPORTUNITY_FORMATS };
  const host = createExcelHost();
  await measure(host, table, "new");
  await measure(host, { ...table, rows: opportunityRows(ROWS, 8) }, "replace");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
