import { Command } from "commander";
import { installCustomFunctionsShim } from "../../functions/excelErrors";
import { CUSTOM_FUNCTIONS, findCustomFunction, firstResult } from "../../functions/registry";
import type { CompensationSetup } from "../../app/runCommissions";
import { setWorkbookData } from "../../app/sessionState";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../core/commission";
import { CliError, CliIo, CommandOutcome } from "../io";
import { DataSourceOptions, loadDataSet } from "../loadData";
import { readPlanFile } from "../planFile";

interface ShimmedError {
  code: string;
  message: string;
}

function isCustomFunctionsError(error: unknown): error is ShimmedError {
  return error instanceof CustomFunctions.Error;
}

/** Loads data (and plans) into the session, as the pane does in Excel, so workbook-aware functions see them. */
function loadSession(options: DataSourceOptions & { plan?: string }): void {
  const { dataSet } = loadDataSet(options);
  let compensation: CompensationSetup | null = null;
  if (options.plan) compensation = readPlanFile(options.plan, options.demo ? (planIds) => planIds.flatMap((id) => demoPlanAssignments(dataSet.reps, id)) : undefined);
  else if (options.demo) compensation = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) };
  setWorkbookData(dataSet, compensation);
}

/** `salesops call NAME ARGS_JSON`: evaluates a custom function with the code Excel runs. */
export function registerCallCommand(program: Command, io: CliIo, outcome: CommandOutcome): void {
  program
    .command("call")
    .description("Evaluate a SALESOPS custom function by its Excel name, as Excel would, and print the JSON result.")
    .argument("<name>", "the function's Excel name, e.g. SALESOPS.FISCALPERIOD")
    .argument("[args_json]", 'the arguments as a JSON array; a range is a nested array of rows, e.g. \'["2026-11-27", 2, "quarter"]\'', "[]")
    .option("--data <dir>", "load a data folder first, as the pane loads the workbook's tables (for SALESOPS.PAYOUT and friends)")
    .option("--demo", "load the built-in demo org and its AE plan first")
    .option("--seed <n>", "seed of the demo org (with --demo)", "1")
    .option("--as-of <date>", "as-of date of the demo org, YYYY-MM-DD (default: today)")
    .option("--plan <file>", "the commission plan file (JSON or YAML) to load with --data")
    .addHelpText("after", `\nExamples:\n  salesops call SALESOPS.FISCALPERIOD '["2026-11-27", 2, "quarter"]'\n  salesops call --demo --as-of 2026-11-27 SALESOPS.PAYOUT '["REP-012", "FY2027-Q2"]'\n\nAn Excel error prints its code and message on stderr and exits with 1.`)
    .action(async (name: string, argsJson: string, options: DataSourceOptions & { plan?: string }) => {
      installCustomFunctionsShim();
      if (options.data || options.demo) loadSession(options);
      const found = findCustomFunction(name);
      if (!found) {
        throw new CliError(`Unknown function "${name}". Known: ${Object.keys(CUSTOM_FUNCTIONS).map((id) => `SALESOPS.${id}`).join(", ")}.`, 2);
      }
      let args: unknown;
      try {
        args = JSON.parse(argsJson);
      } catch (error) {
        throw new CliError(`ARGS_JSON is not valid JSON (${(error as Error).message}). Give a JSON array such as '["2026-11-27", 2]'.`, 2);
      }
      if (!Array.isArray(args)) throw new CliError("ARGS_JSON must be a JSON array of the function's arguments.", 2);
      try {
        const result = await firstResult(found, args);
        io.stdout(`${JSON.stringify(result)}\n`);
      } catch (error) {
        if (!isCustomFunctionsError(error)) throw error;
        io.stderr(`${error.code}${error.message ? ` ${error.message}` : ""}\n`);
        outcome.exitCode = 1;
      }
    });
}
