import { Command, Option } from "commander";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../core/commission";
import { generateReport, ReportTemplate } from "../../app/generateReport";
import type { CompensationSetup } from "../../app/runCommissions";
import { parseFiscalLabel } from "../../core/model/fiscalCalendar";
import { writeWorkbookXlsxFile } from "../../xlsx";
import { readAdjustmentLog } from "../adjustmentLog";
import { CliError, CliIo } from "../io";
import { DataSourceOptions, loadDataSet } from "../loadData";
import { readPlanFile } from "../planFile";

interface QbrCommandOptions extends DataSourceOptions {
  period?: string;
  plan?: string;
  out: string;
  template: ReportTemplate;
}

/** `salesops qbr`: the quarterly business review as an .xlsx with live formulas, charts and the data tables it reads. */
export function registerQbrCommand(program: Command, io: CliIo): void {
  program
    .command("qbr")
    .description("Generate the quarterly business review workbook (.xlsx): scorecard, attainment, forecast rollup, pipeline movement, top deals, bookings trend, commissions and territory balance, with live formulas over the data tables.")
    .option("--data <dir>", "a folder of canonical data files")
    .option("--demo", "use the built-in demo org")
    .option("--seed <n>", "seed of the demo org (with --demo)", "1")
    .option("--as-of <date>", "the as-of date, YYYY-MM-DD (default: today)")
    .option("--period <label>", "the fiscal quarter (qbr) or month (mbr) to review, e.g. FY2027-Q3 or FY2027-M10 (default: the one of the as-of date)")
    .option("--plan <file>", "commission plans, JSON or YAML, for the commissions sheet (with --demo: the demo AE plan)")
    .addOption(new Option("--template <name>", "qbr (quarterly business review) or mbr (monthly business review)").choices(["qbr", "mbr"]).default("qbr"))
    .requiredOption("--out <file>", "the .xlsx file to write")
    .addHelpText("after", "\nExample:\n  salesops qbr --demo --as-of 2026-11-27 --period FY2027-Q3 --out qbr.xlsx")
    .action(async (options: QbrCommandOptions) => {
      if (!options.out.toLowerCase().endsWith(".xlsx")) throw new CliError(`--out "${options.out}" must name an .xlsx file.`, 2);
      const grain = options.template === "mbr" ? "month" : "quarter";
      if (options.period && parseFiscalLabel(options.period)?.grain !== grain) throw new CliError(`--period "${options.period}" is not a fiscal ${grain}: use a label such as ${grain === "month" ? "FY2027-M10" : "FY2027-Q3"}.`, 2);
      const { dataSet, issues, asOf } = loadDataSet(options);
      let compensation: CompensationSetup | null = null;
      if (options.plan) compensation = readPlanFile(options.plan, options.demo ? (planIds) => planIds.flatMap((id) => demoPlanAssignments(dataSet.reps, id)) : undefined);
      else if (options.demo) compensation = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) };
      const adjustments = options.data ? readAdjustmentLog(options.data) : { log: [], issues: [] };
      const result = generateReport(dataSet, { template: options.template, period: options.period, asOf, adjustments: adjustments.log, compensation, includeDataSheets: true });
      await writeWorkbookXlsxFile(result.description, options.out);
      const notes = [...issues, ...adjustments.issues, ...result.issues];
      for (const issue of notes.slice(0, 5)) io.stderr(`note: ${issue.message}\n`);
      if (notes.length > 5) io.stderr(`note: ${notes.length - 5} more\n`);
      const reportSheets = result.description.sheets.filter((sheet) => sheet.name.startsWith(options.template.toUpperCase())).map((sheet) => sheet.name);
      io.stdout(`Wrote ${options.out}: ${options.template.toUpperCase()} ${result.period}, sheets ${reportSheets.join(", ")}, and ${result.description.sheets.length - reportSheets.length} data sheets.\n`);
    });
}
