import { Command } from "commander";
import { readFileSync } from "fs";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../core/commission";
import { generateReport, ReportTemplate } from "../../app/generateReport";
import type { CompensationSetup } from "../../app/runCommissions";
import { parseFiscalLabel } from "../../core/model/fiscalCalendar";
import { ReportError } from "../../core/report/reportError";
import { parseScope, ReportScope } from "../../core/report/scope";
import { hasTemplateErrors } from "../../core/report/template";
import type { TemplateSheet } from "../../workbook/templateSheet";
import { writeWorkbookXlsxFile } from "../../xlsx";
import { readTemplateXlsx } from "../../xlsx/readTemplate";
import { readAdjustmentLog } from "../adjustmentLog";
import { CliError, CliIo } from "../io";
import { DataSourceOptions, loadDataSet } from "../loadData";
import { readPlanFile } from "../planFile";

interface QbrCommandOptions extends DataSourceOptions {
  period?: string;
  plan?: string;
  out: string;
  /** "qbr", "mbr" or the path of a template .xlsx. */
  template: string;
  scope: string;
}

/** The built-in report, or a user's template workbook read from disk. */
async function readTemplate(option: string): Promise<{ template: ReportTemplate; sheets?: TemplateSheet[] }> {
  if (option === "qbr" || option === "mbr") return { template: option };
  if (!option.toLowerCase().endsWith(".xlsx")) throw new CliError(`--template "${option}" is neither qbr, mbr nor an .xlsx template file.`, 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(option);
  } catch (error) {
    throw new CliError(`Cannot read --template ${option}: ${(error as Error).message}`, 2);
  }
  const read = await readTemplateXlsx(bytes, option);
  if (!read.ok) throw new CliError(read.issues.map((issue) => issue.message).join("\n"), 2);
  return { template: "custom", sheets: read.value };
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
    .option("--template <name>", "qbr (quarterly business review), mbr (monthly business review) or a template .xlsx with {{placeholders}} (see docs/report-templates.md)", "qbr")
    .option("--scope <scope>", "all, region:NAME (e.g. region:EMEA) or manager:ID (a manager and everyone below)", "all")
    .requiredOption("--out <file>", "the .xlsx file to write")
    .addHelpText("after", "\nExample:\n  salesops qbr --demo --as-of 2026-11-27 --period FY2027-Q3 --out qbr.xlsx")
    .action(async (options: QbrCommandOptions) => {
      if (!options.out.toLowerCase().endsWith(".xlsx")) throw new CliError(`--out "${options.out}" must name an .xlsx file.`, 2);
      const { template, sheets } = await readTemplate(options.template);
      let scope: ReportScope;
      try {
        scope = parseScope(options.scope);
      } catch (error) {
        throw new CliError(`--scope: ${(error as Error).message}`, 2);
      }
      const grains = template === "mbr" ? ["month"] : template === "qbr" ? ["quarter"] : ["quarter", "month"];
      const asked = options.period ? parseFiscalLabel(options.period)?.grain : undefined;
      if (options.period && (!asked || !grains.includes(asked))) throw new CliError(`--period "${options.period}" is not a fiscal ${grains.join(" or ")}: use a label such as ${template === "mbr" ? "FY2027-M10" : "FY2027-Q3"}.`, 2);
      const { dataSet, issues, asOf } = loadDataSet(options);
      let compensation: CompensationSetup | null = null;
      if (options.plan) compensation = readPlanFile(options.plan, options.demo ? (planIds) => planIds.flatMap((id) => demoPlanAssignments(dataSet.reps, id)) : undefined);
      else if (options.demo) compensation = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) };
      const adjustments = options.data ? readAdjustmentLog(options.data) : { log: [], issues: [] };
      let result: ReturnType<typeof generateReport>;
      try {
        result = generateReport(dataSet, { template, templateSheets: sheets, scope, period: options.period, asOf, adjustments: adjustments.log, compensation, includeDataSheets: true });
      } catch (error) {
        // A period or scope the data cannot answer: the user's to fix, nothing written.
        if (error instanceof ReportError) throw new CliError(error.message, 2);
        throw error;
      }
      await writeWorkbookXlsxFile(result.description, options.out);
      const notes = [...issues, ...adjustments.issues, ...result.issues];
      // Template problems (unknown placeholders, broken row blocks) are listed in full: each names a cell to fix.
      const templateNotes = notes.filter((issue) => issue.code.startsWith("template_"));
      const otherNotes = notes.filter((issue) => !templateNotes.includes(issue));
      for (const issue of templateNotes) io.stderr(`template: ${issue.message}\n`);
      for (const issue of otherNotes.slice(0, 5)) io.stderr(`note: ${issue.message}\n`);
      if (otherNotes.length > 5) io.stderr(`note: ${otherNotes.length - 5} more\n`);
      const dataSheetCount = options.demo || options.data ? 7 : 0;
      const reportSheets = result.description.sheets.slice(0, result.description.sheets.length - dataSheetCount).map((sheet) => sheet.name);
      io.stdout(`Wrote ${options.out}: ${template === "custom" ? `template ${options.template}` : template.toUpperCase()} ${result.period}, sheets ${reportSheets.join(", ")}, and ${result.description.sheets.length - reportSheets.length} data sheets.\n`);
      if (hasTemplateErrors(result.issues)) throw new CliError("The template has errors (listed above): its row blocks were not expanded. Fix the cells named, then run again.", 1);
    });
}
