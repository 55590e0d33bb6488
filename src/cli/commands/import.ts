import { Command, Option } from "commander";
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { toCsv } from "../../core/import/csv";
import { importOpportunityCsv } from "../../core/import/importOpportunities";
import { ImportMapping, parseImportMapping } from "../../core/import/importMapping";
import type { ImportOptions } from "../../core/import/importPlan";
import { rejectedRowsTable, summaryLines } from "../../core/import/importReport";
import { COMMON_DERIVATIONS, IMPORT_PRESETS, PRESET_NAMES } from "../../core/import/presets";
import { SETTINGS_FILE_NAME } from "../../core/model/canonicalFiles";
import type { DataSet } from "../../core/model/dataSet";
import type { Issue } from "../../core/model/result";
import { DEFAULT_SETTINGS, parseSettings, Settings } from "../../core/model/settings";
import { writeDataFolder } from "../dataFolder";
import { CliError, CliIo, CommandOutcome } from "../io";

interface ImportFlags {
  out: string;
  preset?: string;
  mapping?: string;
  currency?: string;
  dateFormat?: "MDY" | "DMY";
  decimal?: "." | "," | "auto";
  rejects?: string;
  show: string;
  allowNegative?: boolean;
}

const describeIssues = (issues: Issue[]): string => issues.map((issue) => `  ${issue.message}`).join("\n");

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new CliError(`${what} ${file} does not exist: check the path.`, 2);
  if (/\.xlsx?$/i.test(file)) throw new CliError(`${file} is an Excel workbook: save it as CSV (File > Save As > CSV UTF-8) and import the .csv.`, 2);
  return readFileSync(file, "utf8");
}

function readMapping(file: string): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(readText(file, "Mapping file"));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`--mapping ${file} is not valid JSON (${(error as Error).message}).`, 2);
  }
  const mapping = parseImportMapping(json);
  if (!mapping.ok) throw new CliError(`--mapping ${file} is not a valid mapping:\n${describeIssues(mapping.issues)}`, 2);
  return mapping.value;
}

/** The settings of the output folder when it has them (their currency and stage map apply), else the defaults. */
function outputSettings(out: string): { settings: Settings; existing: boolean } {
  const file = path.join(out, SETTINGS_FILE_NAME);
  if (!existsSync(file)) return { settings: DEFAULT_SETTINGS, existing: false };
  const parsed = parseSettings(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new CliError(`${file} is not valid settings (${parsed.error.issues[0]?.message}): fix or remove it.`, 2);
  return { settings: parsed.data, existing: true };
}

const presetHelp = (): string =>
  [
    "\nPresets (detected from the header row unless --preset or --mapping is given):",
    ...IMPORT_PRESETS.map((preset) => `  ${preset.name.padEnd(15)}${preset.label}\n${preset.derivations.map((line) => `${" ".repeat(17)}${line}`).join("\n")}`),
    "\nFor every preset:",
    ...COMMON_DERIVATIONS.map((line) => `  ${line}`),
    '\nA mapping file (JSON): { "base": "hubspot", "columns": { "amount": "Deal Value" }, "defaults": { "currency": "EUR" },',
    '  "stages": { "Demo": { "stage": "Demo", "category": "Best Case" }, "Signed": "Closed Won" }, "dateFormat": "DMY" }',
    "\nExample:\n  salesops import report.csv --out data --currency EUR --rejects rejected.csv",
    "\nExits with 1, writing nothing, when no row could be imported.",
  ].join("\n");

/** `salesops import FILE --out DIR`: converts a CRM export into canonical files and prints the summary. */
export function registerImportCommand(program: Command, io: CliIo, outcome: CommandOutcome): void {
  program
    .command("import")
    .description("Convert a CRM export (Salesforce, HubSpot, Dynamics 365, sales_pipeline.csv or our own CSV) into canonical opportunities.csv, accounts.csv and reps.csv.")
    .argument("<file>", "the export, as CSV")
    .requiredOption("--out <dir>", "the data folder to write")
    .addOption(new Option("--preset <name>", "the export layout, instead of detecting it").choices([...PRESET_NAMES]))
    .option("--mapping <file>", "a JSON mapping of fields to columns (overrides presets)")
    .option("--currency <code>", "currency of amounts that name none (default: the corporate currency)")
    .addOption(new Option("--date-format <order>", "order of numeric dates such as 03/04/2026").choices(["MDY", "DMY"]))
    .addOption(new Option("--decimal <separator>", "decimal separator of amounts").choices([".", ",", "auto"]))
    .option("--rejects <file>", "write every rejected row's problems to this CSV file")
    .option("--show <n>", "how many problems to print", "10")
    .option("--allow-negative", "accept negative amounts")
    .addHelpText("after", presetHelp())
    .action((file: string, flags: ImportFlags) => {
      if (flags.preset && flags.mapping) throw new CliError("Give either --preset or --mapping, not both: a mapping can start from a preset with its \"base\".", 2);
      if (flags.currency && !/^[A-Za-z]{3}$/.test(flags.currency)) throw new CliError(`--currency ${flags.currency} is not an ISO currency code: write e.g. USD or EUR.`, 2);
      const show = Number(flags.show);
      if (!Number.isInteger(show) || show < 0) throw new CliError(`--show ${flags.show} is not a count: write a whole number such as 10.`, 2);
      const text = readText(file, "Export file");
      const { settings, existing } = outputSettings(flags.out);
      const options: ImportOptions = {
        preset: flags.preset,
        mapping: flags.mapping ? readMapping(flags.mapping) : undefined,
        settings,
        currency: flags.currency?.toUpperCase(),
        dateOrder: flags.dateFormat,
        decimal: flags.decimal,
        allowNegativeAmounts: flags.allowNegative,
      };
      const result = importOpportunityCsv(text, options);
      if (!result.ok) throw new CliError(`Cannot import ${file}:\n${describeIssues(result.issues)}`, 1);
      const imported = result.value;
      io.stdout(`${summaryLines(imported, show).join("\n")}\n`);
      if (imported.opportunities.length === 0) {
        io.stderr(`salesops: no row of ${file} could be imported, so nothing was written: fix the problems above (or choose --preset/--mapping) and run again.\n`);
        outcome.exitCode = 1;
        return;
      }
      const dataSet: Partial<DataSet> = { opportunities: imported.opportunities };
      if (imported.accounts.length > 0) dataSet.accounts = imported.accounts;
      if (imported.reps.length > 0) dataSet.reps = imported.reps;
      // A new folder gets settings whose stage map knows the stages kept from the source; an existing settings file is the user's and is left alone.
      if (!existing) dataSet.settings = { ...settings, stageMap: [...settings.stageMap, ...imported.newStages] };
      const written = writeDataFolder(flags.out, dataSet);
      if (flags.rejects) {
        writeFileSync(flags.rejects, toCsv(rejectedRowsTable(imported.rejected)), "utf8");
        written.push(flags.rejects);
      }
      if (existing && imported.newStages.length > 0) io.stdout(`Add the kept stages to ${path.join(flags.out, SETTINGS_FILE_NAME)}'s stage map so forecasts know their probabilities.\n`);
      io.stdout(`Wrote ${written.join(", ")}\n`);
    });
}
