import { Command } from "commander";
import { installCustomFunctionsShim } from "../../functions/excelErrors";
import { CUSTOM_FUNCTIONS, findCustomFunction } from "../../functions/registry";
import { CliError, CliIo, CommandOutcome } from "../io";

interface ShimmedError {
  code: string;
  message: string;
}

function isCustomFunctionsError(error: unknown): error is ShimmedError {
  return error instanceof CustomFunctions.Error;
}

/** `salesops call NAME ARGS_JSON`: evaluates a custom function with the code Excel runs. */
export function registerCallCommand(program: Command, io: CliIo, outcome: CommandOutcome): void {
  program
    .command("call")
    .description("Evaluate a SALESOPS custom function by its Excel name, as Excel would, and print the JSON result.")
    .argument("<name>", "the function's Excel name, e.g. SALESOPS.FISCALPERIOD")
    .argument("[args_json]", 'the arguments as a JSON array; a range is a nested array of rows, e.g. \'["2026-11-27", 2, "quarter"]\'', "[]")
    .addHelpText("after", `\nExample:\n  salesops call SALESOPS.FISCALPERIOD '["2026-11-27", 2, "quarter"]'\n\nAn Excel error prints its code and message on stderr and exits with 1.`)
    .action(async (name: string, argsJson: string) => {
      installCustomFunctionsShim();
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
        const result = await found.implementation(...args);
        io.stdout(`${JSON.stringify(result)}\n`);
      } catch (error) {
        if (!isCustomFunctionsError(error)) throw error;
        io.stderr(`${error.code}${error.message ? ` ${error.message}` : ""}\n`);
        outcome.exitCode = 1;
      }
    });
}
