import { Command, Option } from "commander";
import { readFileSync } from "fs";
import { runTerritory } from "../../app/runTerritory";
import { parseCsvRows, toCsv } from "../../core/import/csv";
import { fiscalLabel, parseFiscalLabel } from "../../core/model/fiscalCalendar";
import type { CellValue } from "../../core/model/canonicalFiles";
import { AccountMove, METRIC_NAMES, MetricName, movesFromRows, territoryMetricsRows } from "../../core/territory";
import { formatTextTable } from "../formatTable";
import { CliError, CliIo } from "../io";
import { DataSourceOptions, loadDataSet } from "../loadData";

interface TerritoryCommandOptions extends DataSourceOptions {
  metric: MetricName;
  period?: string;
  moves?: string;
  format: "json" | "csv" | "table";
}

function readMoves(file: string): AccountMove[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`Cannot read --moves ${file}: ${(error as Error).message}`, 2);
  }
  const { moves, issues } = movesFromRows(parseCsvRows(text));
  if (issues.length > 0) throw new CliError(`${file}: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`, 2);
  return moves;
}

const round = (value: CellValue, digits: number): CellValue => (typeof value === "number" ? Math.round(value * 10 ** digits) / 10 ** digits : value);

/** `salesops territory`: metrics per territory, the balance of a metric, and the effect of planned moves. */
export function registerTerritoryCommand(program: Command, io: CliIo): void {
  program
    .command("territory")
    .description("Territory metrics (accounts, customers, potential, pipeline, bookings, workload, headcount, quota) with balance indexes, and the before/after of planned account moves.")
    .option("--data <dir>", "a folder of canonical data files")
    .option("--demo", "use the built-in demo org")
    .option("--seed <n>", "seed of the demo org (with --demo)", "1")
    .option("--as-of <date>", "the as-of date, YYYY-MM-DD (default: today)")
    .option("--period <label>", "quota period, e.g. FY2027-Q4 (default: the quarter of the as-of date)")
    .addOption(new Option("--metric <metric>", "the metric to balance").choices([...METRIC_NAMES]).default("potential"))
    .option("--moves <file>", "planned moves as CSV: account_id,from,to,effective_date")
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv", "table"]).default("table"))
    .addHelpText("after", "\nExample:\n  salesops territory --demo --as-of 2026-11-27 --metric potential --format json")
    .action((options: TerritoryCommandOptions) => {
      const { dataSet, issues, asOf } = loadDataSet(options);
      const period = options.period ?? fiscalLabel(asOf, dataSet.settings.fiscalYearStartMonth, "quarter");
      if (!parseFiscalLabel(period)) throw new CliError(`--period "${period}" is not a fiscal period: use FY2027, FY2027-Q4 or FY2027-M10.`, 2);
      const run = runTerritory(dataSet, { asOf, period, metric: options.metric, moves: options.moves ? readMoves(options.moves) : undefined });
      run.issues.unshift(...issues);
      if (options.format === "json") {
        io.stdout(`${JSON.stringify(run, null, 2)}\n`);
        return;
      }
      if (run.issues.length > 0) io.stderr(`${run.issues.length} data issue(s), first: ${run.issues[0].message}\n`);
      const rows = territoryMetricsRows(run.territories);
      if (options.format === "csv") {
        io.stdout(toCsv(rows));
        return;
      }
      const stats = run.balance.stats;
      io.stdout(`Territories as of ${run.asOf}, quota ${run.period}, ${run.currency}\n\n${formatTextTable(rows.map((row) => row.map((cell) => round(cell, 0))))}`);
      io.stdout(`\nBalance of ${run.metric} over leaf territories: CV ${round(stats?.cv ?? null, 3)}, Gini ${round(stats?.gini ?? null, 3)}, max/min ${round(stats?.maxMin ?? null, 2)}; ${run.balance.outside.length} outside ±${run.balance.corridor * 100}% of the mean\n`);
      if (run.moves) {
        const table: CellValue[][] = [["account", "from", "to", "effective", "applied", "quota transfer", "pipeline moved"], ...run.moves.outcomes.map((o): CellValue[] => [o.move.accountId, o.move.from, o.move.to, o.move.effectiveDate, o.applied, round(o.quotaTransfer, 2), round(o.pipelineMoved, 2)])];
        io.stdout(`\nMoves\n${formatTextTable(table)}Gini before ${round(run.moves.balanceBefore.stats?.gini ?? null, 4)}, after ${round(run.moves.balanceAfter.stats?.gini ?? null, 4)}\n`);
      }
    });
}
