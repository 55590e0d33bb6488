import { Command, Option } from "commander";
import { runForecast, ForecastRun } from "../../app/runForecast";
import { toCsv } from "../../core/import/csv";
import { fiscalLabel, parseFiscalLabel } from "../../core/model/fiscalCalendar";
import type { CellValue } from "../../core/model/canonicalFiles";
import { readAdjustmentLog } from "../adjustmentLog";
import { formatTextTable } from "../formatTable";
import { CliError, CliIo } from "../io";
import { DataSourceOptions, loadDataSet } from "../loadData";

interface ForecastCommandOptions extends DataSourceOptions {
  period?: string;
  level: "rep" | "manager" | "region";
  format: "json" | "csv" | "table";
}

const COLUMNS = ["owner", "ownerName", "quota", "closedWon", "commit", "bestCase", "pipeline", "weighted", "projection", "coverage", "attainment", "adjustedCommit", "adjustedBestCase", "adjustedPipeline"] as const;
const RATIOS: ReadonlySet<string> = new Set(["coverage", "attainment"]);

/** The rows as a table: ratios to 3 decimals and amounts to cents when rounded for reading. */
function tableRows(run: ForecastRun, rounded: boolean): CellValue[][] {
  const flat = run.rows.map((row): Record<(typeof COLUMNS)[number], CellValue> => ({
    ...row,
    adjustedCommit: row.adjusted.commit,
    adjustedBestCase: row.adjusted.bestCase,
    adjustedPipeline: row.adjusted.pipeline,
  }));
  const round = (column: string, value: CellValue): CellValue => {
    if (!rounded || typeof value !== "number") return value;
    const scale = RATIOS.has(column) ? 1000 : 100;
    return Math.round(value * scale) / scale;
  };
  return [[...COLUMNS], ...flat.map((row) => COLUMNS.map((column) => round(column, row[column])))];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** `salesops forecast`: the forecast table and the pipeline waterfall, from a data folder or the demo org. */
export function registerForecastCommand(program: Command, io: CliIo): void {
  program
    .command("forecast")
    .description("Roll up the forecast (closed, commit, best case, pipeline, weighted, projection, coverage, attainment) and the pipeline waterfall between the first and last snapshot.")
    .option("--data <dir>", "a folder of canonical data files (opportunities.csv, reps.csv, quotas.csv, …)")
    .option("--demo", "use the built-in demo org")
    .option("--seed <n>", "seed of the demo org (with --demo)", "1")
    .option("--as-of <date>", "the as-of date, YYYY-MM-DD (default: today)")
    .option("--period <label>", "fiscal period: FY2027, FY2027-Q4 or FY2027-M10 (default: the quarter of the as-of date)")
    .addOption(new Option("--level <level>", "rows per rep, manager or region").choices(["rep", "manager", "region"]).default("rep"))
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv", "table"]).default("table"))
    .addHelpText("after", "\nExample:\n  salesops forecast --demo --as-of 2026-11-27 --period FY2027-Q4 --level manager --format json")
    .action((options: ForecastCommandOptions) => {
      const { dataSet, issues, asOf } = loadDataSet(options);
      const period = options.period ?? fiscalLabel(asOf, dataSet.settings.fiscalYearStartMonth, "quarter");
      if (!parseFiscalLabel(period)) throw new CliError(`--period "${period}" is not a fiscal period: use FY2027, FY2027-Q4 or FY2027-M10.`, 2);
      const adjustments = options.data ? readAdjustmentLog(options.data) : { log: [], issues: [] };
      const run = runForecast(dataSet, { period, level: options.level, asOf }, adjustments.log);
      run.issues.unshift(...issues, ...adjustments.issues);
      if (options.format === "json") {
        const { movements: _movements, ...waterfall } = run.waterfall ?? { movements: [] };
        io.stdout(`${JSON.stringify({ ...run, waterfall: run.waterfall ? waterfall : null }, null, 2)}\n`);
        return;
      }
      if (run.issues.length > 0) io.stderr(`${run.issues.length} data issue(s), first: ${run.issues[0].message}\n`);
      if (options.format === "csv") {
        io.stdout(toCsv(tableRows(run, false)));
        return;
      }
      io.stdout(`Forecast ${run.period} by ${run.level}, ${run.currency}, as of ${run.asOf}\n\n${formatTextTable(tableRows(run, true))}`);
      if (run.waterfall) {
        const w = run.waterfall;
        const lines: CellValue[][] = [["movement", "amount"], ...(["start", "created", "pulledIn", "increased", "decreased", "pushedOut", "won", "lost", "end"] as const).map((key): CellValue[] => [key, round2(w[key])])];
        io.stdout(`\nPipeline closing in ${run.period}, ${w.from} → ${w.to}${w.balances ? "" : " (DOES NOT BALANCE)"}\n${formatTextTable(lines)}`);
      }
    });
}
