import { Command, Option } from "commander";
import { existsSync } from "fs";
import { forecastAdjustmentSchema } from "../../core/forecast/adjustments";
import { appendAdjustment } from "../adjustmentLog";
import { CliError, CliIo } from "../io";

interface AdjustOptions {
  data: string;
  level: string;
  owner: string;
  period: string;
  figure: string;
  amount?: string;
  clear?: boolean;
  note: string;
  author: string;
}

/** `salesops adjust`: records a manager's forecast override in the data folder's audit log. */
export function registerAdjustCommand(program: Command, io: CliIo): void {
  program
    .command("adjust")
    .description("Record a manager's override of a forecast figure (commit, best case or pipeline) for an owner and period; the log keeps every change.")
    .requiredOption("--data <dir>", "the data folder; the log is its forecast_adjustments.csv")
    .addOption(new Option("--level <level>", "the forecast level of the row").choices(["rep", "manager", "region"]).default("rep"))
    .requiredOption("--owner <key>", "the row: a rep id, a manager id or a region")
    .requiredOption("--period <label>", "fiscal period, e.g. FY2027-Q4")
    .addOption(new Option("--figure <figure>", "the figure to override").choices(["commit", "bestCase", "pipeline"]).default("commit"))
    .option("--amount <amount>", "the adjusted figure in the corporate currency")
    .option("--clear", "remove the override in force (back to the rollup)")
    .requiredOption("--note <text>", "why: the note managers see next to the figure")
    .requiredOption("--author <name>", "who made the change")
    .addHelpText("after", '\nExample:\n  salesops adjust --data ./data --owner REP-011 --period FY2027-Q4 --figure commit --amount 1600000 --note "Acme verbal" --author "Dana Lee"')
    .action((options: AdjustOptions) => {
      if (!existsSync(options.data)) throw new CliError(`--data "${options.data}" does not exist: give the data folder the forecast reads.`, 2);
      if ((options.amount === undefined) === !options.clear) throw new CliError("Give either --amount N or --clear.", 2);
      const amount = options.clear ? null : Number(options.amount);
      if (amount !== null && !Number.isFinite(amount)) throw new CliError(`--amount "${options.amount}" is not a number.`, 2);
      const parsed = forecastAdjustmentSchema.safeParse({ level: options.level, owner: options.owner, period: options.period, figure: options.figure, amount, note: options.note, author: options.author, at: new Date().toISOString() });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(`--${String(issue.path[0])}: ${issue.message}`, 2);
      }
      appendAdjustment(options.data, parsed.data);
      io.stdout(`Recorded: ${parsed.data.figure} for ${parsed.data.owner} in ${parsed.data.period} ${amount === null ? "cleared" : `set to ${amount}`} by ${parsed.data.author}.\n`);
    });
}
