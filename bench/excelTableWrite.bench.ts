/*
 * Writes a 50,000-row opportunities-like table through the in-memory Excel host and reports what
 * Excel would be sent: syncs, total and largest request bytes, and the wall time of the host run
 * (the host's own speed, not Excel's).
 */
import { performance } from "perf_hooks";
import { planTableWrite, writeTables } from "../src/excel";
import { createExcelHost } from "../test/host";
import { OPPORTUNITY_FORMATS, opportunityRows } from "../test/host/sampleRows";
import { reportFigure } from "./report";

const BENCH = "excelTableWrite";
const ROWS = 50_000;

async function main(): Promise<void> {
  const rows = opportunityRows(ROWS, 7);
  const table = { sheetName: "Opportunities", tableName: "Opportunities", rows, numberFormats: OPPORTUNITY_FORMATS };
  const host = createExcelHost();
  const started = performance.now();
  await host.run((context) => writeTables(context, [table]));
  const wallMs = performance.now() - started;
  const syncs = host.syncs();
  const extra = { rows: ROWS, columns: rows[0].length, chunks: planTableWrite(table).chunks.length };
  reportFigure(BENCH, "syncs", syncs.length, "count", extra);
  reportFigure(BENCH, "totalRequestBytes", syncs.reduce((sum, s) => sum + s.requestBytes, 0), "bytes", extra);
  reportFigure(BENCH, "maxRequestBytesPerSync", Math.max(...syncs.map((s) => s.requestBytes)), "bytes", { ...extra, limit: 5 * 1024 * 1024, budget: 4 * 1024 * 1024 });
  reportFigure(BENCH, "wallMs", Math.round(wallMs), "ms", extra);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
