import { Command, CommanderError } from "commander";
import { registerCallCommand } from "./commands/call";
import { registerImportCommand } from "./commands/import";
import { registerDemoDataCommand } from "./commands/demoData";
import { registerForecastCommand } from "./commands/forecast";
import { registerAdjustCommand } from "./commands/adjust";
import { registerTerritoryCommand } from "./commands/territory";
import { registerCommissionCommand } from "./commands/commission";
import { registerQbrCommand } from "./commands/qbr";
import { registerPullCommand } from "./commands/pull";
import { CliError, CliIo, CommandOutcome, processIo } from "./io";

/** Builds the `salesops` program; each command lives in its own module under commands/. */
export function buildProgram(io: CliIo, outcome: CommandOutcome): Command {
  const program = new Command("salesops")
    .description("SalesOps for Excel, headless: demo data, imports, forecasts, commissions and reports from the same engine as the add-in.")
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  registerCallCommand(program, io, outcome);
  registerImportCommand(program, io, outcome);
  registerDemoDataCommand(program, io);
  registerForecastCommand(program, io);
  registerAdjustCommand(program, io);
  registerTerritoryCommand(program, io);
  registerCommissionCommand(program, io);
  registerQbrCommand(program, io);
  registerPullCommand(program, io, outcome);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** Runs the CLI and returns the process exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const outcome: CommandOutcome = { exitCode: 0 };
  const program = buildProgram(io, outcome);
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.stderr(`salesops: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
