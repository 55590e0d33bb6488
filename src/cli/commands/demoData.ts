import { Command } from "commander";
import { DemoDataError, generateDemoOrg } from "../../core/demo/generateDemoOrg";
import { CANONICAL_RECORD_SETS, DataSet } from "../../core/model/dataSet";
import { isIsoDate, toIsoDate } from "../../core/model/isoDate";
import { writeDataFolder } from "../dataFolder";
import { CliError, CliIo } from "../io";

interface DemoDataOptions {
  out: string;
  seed: string;
  asOf?: string;
}

function parseSeed(text: string): number {
  const seed = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(seed)) {
    throw new CliError(`--seed must be a whole number such as 7, got "${text}".`, 2);
  }
  return seed;
}

function parseAsOf(text: string | undefined, today: () => Date): string {
  // The core never reads the clock: "today" is decided here, at the edge.
  if (text === undefined) return toIsoDate(today());
  if (!isIsoDate(text)) throw new CliError(`--as-of must be a date in the form YYYY-MM-DD, such as 2026-11-27, got "${text}".`, 2);
  return text;
}

/**
 * `salesops demo-data --out DIR [--seed N] [--as-of YYYY-MM-DD]`: writes the demo org's canonical
 * files and settings.json. `today` is injectable so tests do not depend on the clock.
 * @example registerDemoDataCommand(program, processIo) // then: salesops demo-data --out demo --seed 7 --as-of 2026-11-27
 */
export function registerDemoDataCommand(program: Command, io: CliIo, today: () => Date = () => new Date()): void {
  program
    .command("demo-data")
    .description("Write the seeded demo sales org (reps, territories, accounts, opportunities, quotas, FX rates, weekly snapshots) as canonical files.")
    .requiredOption("--out <dir>", "folder to write into (created when missing; files of the same name are replaced)")
    .option("--seed <n>", "a whole number; the same seed and as-of date give byte-identical files", "1")
    .option("--as-of <date>", "the demo's today, YYYY-MM-DD (default: today's date)")
    .addHelpText("after", "\nExample:\n  salesops demo-data --out demo --seed 7 --as-of 2026-11-27")
    .action((options: DemoDataOptions) => {
      const seed = parseSeed(options.seed);
      const asOf = parseAsOf(options.asOf, today);
      let dataSet: DataSet;
      try {
        dataSet = generateDemoOrg({ seed, asOf });
      } catch (error) {
        if (error instanceof DemoDataError) throw new CliError(error.message, 2);
        throw error;
      }
      let written: string[];
      try {
        written = writeDataFolder(options.out, dataSet);
      } catch (error) {
        throw new CliError(`Could not write the demo files to "${options.out}": ${(error as Error).message}`);
      }
      const lines = [`Demo org (seed ${seed}, as of ${asOf}) written to ${options.out}: ${written.length} files.`];
      for (const { name, file } of CANONICAL_RECORD_SETS) lines.push(`  ${file.fileName.padEnd(18)} ${String(dataSet[name].length).padStart(7)} rows`);
      io.stdout(`${lines.join("\n")}\n`);
    });
}
