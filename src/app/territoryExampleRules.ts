/*
 * Starter assignment rules derived from how accounts are assigned today, for a workbook without a
 * TerritoryRules table: something true to edit rather than a blank layout. Only what the data shows
 * is written. Where one territory holds every account of a region and segment, that is a rule; where
 * several territories share a region and segment, nothing in the data says which account goes where,
 * so those accounts are listed by name (named-account rules) rather than guessed.
 */
import type { CellValue } from "../core/model/canonicalFiles";
import type { DataSet } from "../core/model/dataSet";
import type { Account } from "../core/model/entities";
import type { Result } from "../core/model/result";
import { AssignmentRule, LIST_SEPARATOR, RULES_TABLE_NAME, RULE_COLUMNS, assignmentRule, rulesToRows } from "../core/territory";
import type { TableData, WorkbookPort } from "./ports";

export const RULES_SHEET_NAME = RULES_TABLE_NAME;

/** Named accounts decide before geography, as docs/territories.md advises. */
const NAMED_PRIORITY = 1;
const GEOGRAPHY_PRIORITY = 2;
/** Excel holds at most 32,767 characters in a cell: longer account lists are split over several rules. */
const MAX_LIST_CHARS = 30_000;

export interface ExampleRules {
  rules: AssignmentRule[];
  /** Rules by region and segment. */
  geography: number;
  /** Rules listing accounts by id. */
  named: number;
}

const key = (text: string): string => text.trim().toLowerCase();

/** Account ids in lists that each fit one cell. */
function chunkIds(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const id of ids) {
    if (current.length > 0 && length + LIST_SEPARATOR.length + id.length > MAX_LIST_CHARS) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? LIST_SEPARATOR.length : 0) + id.length;
    current.push(id);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Rules that reproduce the current assignment of every account in a known territory: one rule per
 * region and segment held by a single territory, and, per territory, a named-account rule for its
 * accounts whose region and segment it shares with other territories (or that lack either). Running
 * them places those accounts where they are now; accounts without a known territory are not covered
 * unless a region-and-segment rule matches them.
 * @example exampleRules(dataSet).rules[0] // { id: "NA Enterprise", priority: 2, territoryId: "T1", regions: ["NA"], segments: ["Enterprise"], … }
 */
export function exampleRules(dataSet: DataSet): ExampleRules {
  const known = new Set(dataSet.territories.map((territory) => territory.id));
  const placed = dataSet.accounts.filter((account) => known.has(account.territoryId));
  const pairOf = (account: Account): string | null => (key(account.region) && key(account.segment) ? `${key(account.region)}\u0000${key(account.segment)}` : null);
  const holders = new Map<string, Set<string>>();
  for (const account of placed) {
    const pair = pairOf(account);
    if (pair !== null) holders.set(pair, (holders.get(pair) ?? new Set()).add(account.territoryId));
  }
  const geography = new Map<string, AssignmentRule[]>();
  const named = new Map<string, string[]>();
  const seenPairs = new Set<string>();
  for (const account of placed) {
    const pair = pairOf(account);
    if (pair !== null && holders.get(pair)?.size === 1) {
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const region = account.region.trim();
      const segment = account.segment.trim();
      const rule = assignmentRule({ id: `${region} ${segment}`, priority: GEOGRAPHY_PRIORITY, territoryId: account.territoryId, regions: [region], segments: [segment] });
      geography.set(account.territoryId, [...(geography.get(account.territoryId) ?? []), rule]);
    } else {
      named.set(account.territoryId, [...(named.get(account.territoryId) ?? []), account.id]);
    }
  }
  const rules: AssignmentRule[] = [];
  const ids = new Set<string>();
  // Ids must be unique; two regions spelled alike but for case would otherwise collide.
  const unique = (id: string): string => {
    let candidate = id;
    for (let n = 2; ids.has(candidate); n += 1) candidate = `${id} (${n})`;
    ids.add(candidate);
    return candidate;
  };
  let namedCount = 0;
  for (const territory of dataSet.territories) {
    for (const rule of geography.get(territory.id) ?? []) rules.push({ ...rule, id: unique(rule.id) });
    const chunks = chunkIds(named.get(territory.id) ?? []);
    chunks.forEach((accountIds, index) => {
      const suffix = chunks.length > 1 ? ` ${index + 1}` : "";
      rules.push(assignmentRule({ id: unique(`named ${territory.id}${suffix}`), priority: NAMED_PRIORITY, territoryId: territory.id, accountIds }));
      namedCount += 1;
    });
  }
  return { rules, geography: rules.length - namedCount, named: namedCount };
}

const FORMATS: Record<(typeof RULE_COLUMNS)[number], string> = {
  rule: "@",
  priority: "0",
  territory_id: "@",
  regions: "@",
  countries: "@",
  industries: "@",
  segments: "@",
  employees_min: "#,##0",
  employees_max: "#,##0",
  account_ids: "@",
};

/**
 * Rules as the TerritoryRules table on its own sheet, blank cells for open criteria.
 * @example rulesTableData([assignmentRule({ id: "eu", priority: 2, territoryId: "T-EU", regions: ["EMEA"] })]).rows[1] // ["eu", 2, "T-EU", "EMEA", "", "", "", "", "", ""]
 */
export function rulesTableData(rules: readonly AssignmentRule[]): TableData {
  const rows: CellValue[][] = rulesToRows(rules).map((row, index) => (index === 0 ? row : row.map((cell) => cell ?? "")));
  return { sheetName: RULES_SHEET_NAME, tableName: RULES_TABLE_NAME, rows, numberFormats: RULE_COLUMNS.map((column) => FORMATS[column]) };
}

export interface ExampleRulesWritten extends ExampleRules {
  sheetName: string;
  tableName: string;
}

/**
 * Writes the example rules as the TerritoryRules table. Refused when the workbook already has rules
 * (they are the user's: never overwritten) or when no account is in a known territory (there is
 * nothing to derive rules from). A failing write throws the port's error.
 * @example const written = await writeExampleRules(port, dataSet); written.ok && written.value.rules.length
 */
export async function writeExampleRules(port: WorkbookPort, dataSet: DataSet): Promise<Result<ExampleRulesWritten>> {
  if ((await port.readTable(RULES_TABLE_NAME)) !== null) {
    return { ok: false, issues: [{ code: "rules_exist", path: [RULES_TABLE_NAME], message: `The workbook already has a ${RULES_TABLE_NAME} table; it is left as it is. Edit it, or rename it to start again from example rules.` }] };
  }
  const example = exampleRules(dataSet);
  if (example.rules.length === 0) {
    return { ok: false, issues: [{ code: "nothing_to_derive", path: ["accounts"], message: "No account is in a territory of the Territories table, so there is no assignment to derive rules from. Assign accounts (territory_id in Accounts) first, or write the rules by hand." }] };
  }
  await port.writeTables([rulesTableData(example.rules)]);
  return { ok: true, value: { ...example, sheetName: RULES_SHEET_NAME, tableName: RULES_TABLE_NAME } };
}
