import { Command, Option } from "commander";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import path from "path";
import type { PipelineStore, SalesforcePullOutcome } from "../../app/salesforcePull";
import { runSalesforcePull, salesforceSyncStatePort, type SyncStateStorage } from "../../app/salesforcePull";
import { MAPPABLE_TARGETS, type MappableTarget, SalesforceClient, type SalesforceFieldMapping, salesforceFieldMappingSchema, salesforcePipelineSource, SalesforceError, SalesforceUsageError } from "../../connectors/salesforce";
import { toCsv } from "../../core/import/csv";
import { SETTINGS_FILE_NAME } from "../../core/model/canonicalFiles";
import { dataSetRows, type DataSet } from "../../core/model/dataSet";
import { isIsoDate } from "../../core/model/isoDate";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../core/model/settings";
import { CliError, CliIo, CommandOutcome } from "../io";
import { readDataFolder } from "../readDataFolder";

/** The sync state beside the data: org, API version, high-water mark, mapping. Never a token. */
export const SYNC_STATE_FILE = "salesforce-sync.json";
export const TOKEN_ENV = "SALESFORCE_ACCESS_TOKEN";

interface PullFlags {
  instance: string;
  token?: string;
  apiVersion: string;
  since?: string;
  full?: boolean;
  batchSize?: string;
  customField?: string[];
  multiCurrency?: boolean;
  snapshot?: boolean;
  snapshotDate?: string;
  rejects?: string;
  show: string;
  out: string;
}

const COUNT = new Intl.NumberFormat("en-US");

/** Writes every file under a temporary name first, then renames them all: a failure leaves the folder as it was. */
function writeFilesAtomically(files: readonly { file: string; text: string }[]): void {
  const temps: string[] = [];
  try {
    for (const { file, text } of files) {
      const temp = `${file}.${process.pid}.partial`;
      temps.push(temp);
      writeFileSync(temp, text, "utf8");
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  files.forEach(({ file }, i) => renameSync(temps[i], file));
}

function folderSettings(dir: string): { settings: Settings; existing: boolean } {
  const file = path.join(dir, SETTINGS_FILE_NAME);
  if (!existsSync(file)) return { settings: DEFAULT_SETTINGS, existing: false };
  let parsed;
  try {
    parsed = parseSettings(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    throw new CliError(`${file} is not valid JSON (${(error as Error).message}): fix or remove it.`, 2);
  }
  if (!parsed.success) throw new CliError(`${file} is not valid settings (${parsed.error.issues[0]?.message}): fix or remove it.`, 2);
  return { settings: parsed.data, existing: true };
}

/** The data folder as the pull's store: its canonical files read, and replaced all at once. */
function folderStore(dir: string): PipelineStore {
  return {
    label: dir,
    opportunitiesName: "opportunities.csv",
    async read() {
      const { dataSet, issues } = existsSync(dir) ? readDataFolder(dir) : { dataSet: {} as Partial<DataSet>, issues: [] };
      const opportunityIssues = issues.filter((issue) => issue.path[0] === "opportunities.csv");
      return {
        opportunities: dataSet.opportunities ?? (opportunityIssues.length > 0 ? [] : null),
        rejectedOpportunityRows: new Set(opportunityIssues.map((issue) => String(issue.path[1] ?? "header"))).size,
        accounts: dataSet.accounts ?? [],
        reps: dataSet.reps ?? [],
        snapshots: dataSet.snapshots ?? [],
        issues,
      };
    },
    async write(records) {
      mkdirSync(dir, { recursive: true });
      const laidOut = dataSetRows(records);
      writeFilesAtomically(laidOut.map(({ file, rows }) => ({ file: path.join(dir, file.fileName), text: toCsv(rows) })));
      return { ok: true, value: laidOut.map(({ file, rows }) => ({ name: path.join(dir, file.fileName), rows: rows.length - 1 })) };
    },
  };
}

function fileStorage(file: string): SyncStateStorage {
  return {
    load: async () => (existsSync(file) ? readFileSync(file, "utf8") : null),
    save: async (text) => writeFilesAtomically([{ file, text: `${text}\n` }]),
  };
}

function parseCustomField(text: string): SalesforceFieldMapping {
  const [field, target] = text.split(":");
  if (target !== undefined && !(MAPPABLE_TARGETS as readonly string[]).includes(target)) {
    throw new CliError(`--custom-field ${text}: "${target}" is not a field it can fill; use one of ${MAPPABLE_TARGETS.join(", ")}, or the field alone for an extra column.`, 2);
  }
  const parsed = salesforceFieldMappingSchema.safeParse({ field, ...(target ? { target: target as MappableTarget } : {}) });
  if (!parsed.success) throw new CliError(`--custom-field ${text}: ${parsed.error.issues[0]?.message ?? "not a field API name"}, e.g. Region__c or ARR__c:amount.`, 2);
  return parsed.data;
}

function parseSince(text: string): string {
  const match = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
  const ms = match ? Date.parse(match[1] ? text : `${text}T00:00:00Z`) : NaN;
  if (!match || !isIsoDate(text.slice(0, 10)) || Number.isNaN(ms)) {
    throw new CliError(`--since "${text}" is not a date and time: use e.g. 2026-06-01T00:00:00Z (or 2026-06-01 for midnight UTC).`, 2);
  }
  return new Date(ms).toISOString();
}

function summary(outcome: SalesforcePullOutcome, instance: string, apiVersion: string, show: number): string[] {
  const { changes, counts } = outcome;
  const lines = [
    `Salesforce ${instance} (API ${apiVersion}): ${outcome.reason}`,
    `Opportunities: ${COUNT.format(counts.opportunities)} (added ${changes.added}, changed ${changes.changed}, unchanged ${changes.unchanged}, removed ${changes.removed})`,
    `Accounts: ${COUNT.format(counts.accounts)}, reps: ${COUNT.format(counts.reps)}, quotas: ${counts.quotas === null ? "none written (quotas.csv is kept as it was)" : COUNT.format(counts.quotas)}`,
  ];
  if (outcome.snapshot) lines.push(`Snapshot ${outcome.snapshot.date}: ${COUNT.format(outcome.snapshot.rows)} open opportunities`);
  if (outcome.rejected.length > 0) {
    lines.push(`Rejected records: ${outcome.rejected.length}${outcome.rejected.length > show ? ` (first ${show}; --rejects FILE writes them all)` : ""}`);
    for (const p of outcome.rejected.slice(0, show)) lines.push(`  ${p.object} ${p.recordId}, ${p.field}${p.value ? ` "${p.value}"` : ""}: ${p.reason}`);
  }
  for (const note of outcome.notes) lines.push(`Note: ${note.message}${note.rows > 1 ? ` (${note.rows})` : ""}`);
  for (const issue of outcome.issues.slice(0, show)) lines.push(`Note: ${issue.message}`);
  if (outcome.newStages.length > 0) lines.push(`Stages not in the stage map, kept as text: ${outcome.newStages.map((stage) => stage.stage).join(", ")}`);
  const usage = outcome.apiUsage ? `; API usage: ${COUNT.format(outcome.apiUsage.used)} of ${COUNT.format(outcome.apiUsage.limit)} daily requests` : "";
  lines.push(`Requests: ${outcome.requests}${usage}`);
  return lines;
}

const HELP = `
The access token may come from the ${TOKEN_ENV} environment variable instead of --token, which keeps it
out of the shell history and the process list. It is never written to DIR.

Incremental refresh: DIR keeps ${SYNC_STATE_FILE} (the org, API version, the latest SystemModstamp seen
and the mapping; no token). The next pull into DIR from the same org with the same mapping asks only for the
opportunities changed since (and those deleted) and merges them into opportunities.csv by id; it pulls
everything when that is not sound (another org or mapping, opportunities.csv edited or replaced).
--full always pulls everything; --since pulls the changes since the time given into DIR's opportunities.

Nothing is written until the whole pull has succeeded; the files are then replaced together (temporary files
renamed), so a failed pull leaves DIR exactly as it was. Exits with 1 and Salesforce's message on failure.

Examples:
  ${TOKEN_ENV}=00D… salesops pull salesforce --instance https://acme.my.salesforce.com --out data
  salesops pull salesforce --instance https://acme.my.salesforce.com --custom-field Region__c ARR__c:amount --multi-currency --snapshot --out data`;

/** `salesops pull salesforce --instance URL --out DIR`: the org's pipeline as canonical files, refreshed incrementally. */
export function registerPullCommand(program: Command, io: CliIo, outcome: CommandOutcome): void {
  program
    .command("pull")
    .description("Pull opportunities, users and quotas from a CRM (salesforce) into a data folder of canonical files, incrementally after the first pull.")
    .argument("<source>", "where from: salesforce")
    .requiredOption("--instance <url>", "the org's instance URL, e.g. https://acme.my.salesforce.com")
    .option("--token <token>", `an OAuth access token (default: $${TOKEN_ENV})`)
    .option("--api-version <version>", "REST API version", "61.0")
    .option("--since <datetime>", "pull only what changed since this ISO date-time and merge it into DIR")
    .option("--full", "pull everything even when DIR could be refreshed incrementally")
    .option("--batch-size <n>", "records per page, 200-2000 (Salesforce's default 2000)")
    .option("--custom-field <fields...>", `custom Opportunity fields to read: Region__c (an extra column) or FIELD:TARGET, TARGET one of ${MAPPABLE_TARGETS.join(", ")}`)
    .option("--multi-currency", "the org has multi-currency on (read CurrencyIsoCode)")
    .addOption(new Option("--snapshot", "also keep the open pipeline as a dated snapshot in snapshots.csv (default: as the last pull into DIR)"))
    .addOption(new Option("--no-snapshot", "do not keep a snapshot"))
    .option("--snapshot-date <date>", "the snapshot's date, YYYY-MM-DD (default: today, UTC)")
    .option("--rejects <file>", "write every rejected record to this CSV file")
    .option("--show <n>", "how many rejected records to print", "10")
    .requiredOption("--out <dir>", "the data folder to write")
    .addHelpText("after", HELP)
    .action(async (source: string, flags: PullFlags) => {
      if (source !== "salesforce") throw new CliError(`salesops pull ${source}: the only source is salesforce.`, 2);
      const token = flags.token ?? process.env[TOKEN_ENV];
      if (!token) throw new CliError(`Give the access token: --token TOKEN or the ${TOKEN_ENV} environment variable.`, 2);
      if (flags.since && flags.full) throw new CliError("Give either --since or --full, not both.", 2);
      if (flags.snapshotDate && !isIsoDate(flags.snapshotDate)) throw new CliError(`--snapshot-date "${flags.snapshotDate}" is not a date: use YYYY-MM-DD.`, 2);
      const show = Number(flags.show);
      if (!Number.isInteger(show) || show < 0) throw new CliError(`--show ${flags.show} is not a count: write a whole number such as 10.`, 2);
      const batchSize = flags.batchSize === undefined ? undefined : Number(flags.batchSize);
      if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 200 || batchSize > 2000)) throw new CliError(`--batch-size ${flags.batchSize}: Salesforce pages hold 200 to 2000 records.`, 2);
      const since = flags.since === undefined ? undefined : parseSince(flags.since);
      const customFields = (flags.customField ?? []).map(parseCustomField);
      const { settings, existing } = folderSettings(flags.out);
      let client: SalesforceClient;
      try {
        client = new SalesforceClient({ instanceUrl: flags.instance, apiVersion: flags.apiVersion, tokens: { accessToken: () => token }, fetch: globalThis.fetch });
      } catch (error) {
        if (error instanceof SalesforceError || error instanceof SalesforceUsageError) throw new CliError(error.message, 2);
        throw error;
      }
      const pipelineSource = salesforcePipelineSource(client, { customFields, multiCurrency: flags.multiCurrency ?? false, batchSize }, settings);
      const syncState = salesforceSyncStatePort(fileStorage(path.join(flags.out, SYNC_STATE_FILE)));
      const result = await runSalesforcePull(folderStore(flags.out), pipelineSource, syncState, settings, { full: flags.full, since, snapshot: flags.snapshot, snapshotDate: flags.snapshotDate });
      if (!result.ok) {
        const [issue] = result.issues;
        const hint = issue.code === "sign_in_required" ? `\nGet a new access token and pass it with --token or ${TOKEN_ENV}.` : "";
        io.stderr(`salesops: ${result.issues.map((i) => i.message).join("\n")}${hint}\n`);
        outcome.exitCode = 1;
        return;
      }
      const pulled = result.value;
      const written = pulled.written.map((file) => file.name);
      // A new folder gets settings whose stage map knows the stages kept from Salesforce; an existing settings file is the user's.
      if (!existing) {
        const settingsFile = path.join(flags.out, SETTINGS_FILE_NAME);
        writeFilesAtomically([{ file: settingsFile, text: `${JSON.stringify({ ...settings, stageMap: [...settings.stageMap, ...pulled.newStages] }, null, 2)}\n` }]);
        written.push(settingsFile);
      }
      if (pulled.syncStateError === null) written.push(path.join(flags.out, SYNC_STATE_FILE));
      if (flags.rejects) {
        // The layout of the connector's rejectedRecordsTable.
        writeFileSync(flags.rejects, toCsv([["object", "record_id", "field", "value", "code", "reason"], ...pulled.rejected.map((p) => [p.object, p.recordId, p.field, p.value, p.code, p.reason])]), "utf8");
        written.push(flags.rejects);
      }
      const lines = summary(pulled, client.instanceUrl, client.apiVersion, show);
      if (pulled.syncStateError !== null) lines.push(`Could not save ${SYNC_STATE_FILE} (${String(pulled.syncStateError)}): the next pull into ${flags.out} reads everything again.`);
      lines.push(`Wrote ${written.join(", ")}`);
      io.stdout(`${lines.join("\n")}\n`);
    });
}
