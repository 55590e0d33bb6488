import { Command, Option } from "commander";
import { runCommissions, CompensationSetup } from "../../app/runCommissions";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../core/commission";
import { toCsv } from "../../core/import/csv";
import type { CellValue } from "../../core/model/canonicalFiles";
import { parseFiscalLabel } from "../../core/model/fiscalCalendar";
import { formatTextTable } from "../formatTable";
import { CliError, CliIo } from "../io";
import { DataSourceOptions, loadDataSet } from "../loadData";
import { readPlanFile } from "../planFile";

interface CommissionCommandOptions extends DataSourceOptions {
  plan?: string;
  period: string;
  format: "json" | "csv" | "table";
  lines?: boolean;
}

/** `salesops commission`: payouts per rep for a period, with every statement line behind them. */
export function registerCommissionCommand(program: Command, io: CliIo): void {
  program
    .command("commission")
    .description("Calculate commissions for a period: credit, attainment, earnings by component, draws, clawbacks and payout per rep, with statement lines traceable to deals and plan rules.")
    .option("--plan <file>", "plan file, JSON or YAML: a plan, a list of plans, or { plans, assignments, splits, cancellations } (with --demo: defaults to the demo AE plan)")
    .option("--data <dir>", "a folder of canonical data files")
    .option("--demo", "use the built-in demo org")
    .option("--seed <n>", "seed of the demo org (with --demo)", "1")
    .option("--as-of <date>", "the as-of date of the demo org, YYYY-MM-DD (default: today)")
    .requiredOption("--period <label>", "the period to pay, at the plans' grain, e.g. FY2027-Q3")
    .option("--lines", "with --format csv or table: print the statement lines instead of the per-rep table")
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv", "table"]).default("table"))
    .addHelpText("after", "\nThe fiscal year's periods up to --period are calculated in order, so draw balances and true-ups carry.\n\nExample:\n  salesops commission --demo --as-of 2026-11-27 --period FY2027-Q2 --format json")
    .action((options: CommissionCommandOptions) => {
      if (!parseFiscalLabel(options.period)) throw new CliError(`--period "${options.period}" is not a fiscal period: use a label such as FY2027-Q3.`, 2);
      const { dataSet, issues } = loadDataSet(options);
      let setup: CompensationSetup;
      if (options.plan) setup = readPlanFile(options.plan, options.demo ? (planIds) => planIds.flatMap((id) => demoPlanAssignments(dataSet.reps, id)) : undefined);
      else if (options.demo) setup = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) };
      else throw new CliError("Give the plans with --plan FILE (JSON or YAML); only --demo has a built-in plan.", 2);
      const run = runCommissions(dataSet, setup, options.period);
      run.issues.unshift(...issues);
      if (options.format === "json") {
        const { state: _state, ...printed } = run;
        io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
        return;
      }
      if (run.issues.length > 0) io.stderr(`${run.issues.length} issue(s), first: ${run.issues[0].message}\n`);
      const table: CellValue[][] = options.lines
        ? [["rep", "kind", "deals", "rule", "tier", "basis", "rate", "amount", "description"], ...run.reps.flatMap((rep) => rep.lines.map((line): CellValue[] => [line.repId, line.kind, line.opportunityIds.join(" "), line.rule, line.tier, line.basis, line.rate, line.amount, line.description]))]
        : [
            ["rep", "name", "currency", "credit", "quota", "attainment", "commission", "multipliers", "caps", "bonuses", "spifs", "clawbacks", "earnings", "draws", "payout"],
            ...run.reps.map((rep): CellValue[] => [rep.repId, rep.repName, rep.currency, round(rep.credit, 2), rep.quota === null ? null : round(rep.quota, 2), rep.attainment === null ? null : round(rep.attainment, 4), rep.totals.commission, rep.totals.multipliers, rep.totals.caps, rep.totals.bonuses, rep.totals.spifs, rep.totals.clawbacks, rep.totals.earnings, rep.totals.draws, rep.payout]),
          ];
      io.stdout(options.format === "csv" ? toCsv(table) : `Commissions ${run.period}\n\n${formatTextTable(table)}`);
    });
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
