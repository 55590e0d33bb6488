import type { DataSet } from "../core/model/dataSet";
import type { Issue } from "../core/model/result";
import type { Settings } from "../core/model/settings";
// Straight from the modules, not the barrel: this is read at the pane's start, the engine is not needed.
import type { AssignmentRule } from "../core/territory/assignmentRule";
import { RULES_TABLE_NAME, rulesFromRows } from "../core/territory/rulesTable";
import { LoadWorkbookDataOptions, loadWorkbookData } from "./loadWorkbookData";
import type { WorkbookPort } from "./ports";

/** The TerritoryRules table as read: the valid rules, and each row left out with why. */
export interface TerritoryRulesRead {
  rules: AssignmentRule[];
  issues: Issue[];
}

/** What the Territories view works on: the canonical tables and the assignment rules, read together. */
export interface TerritoryInputs {
  dataSet: DataSet;
  /** Null when the workbook has no TerritoryRules table (the view then offers example rules). */
  rules: TerritoryRulesRead | null;
  /** Missing tables and rejected rows of the canonical tables (the rules' own issues are in `rules`). */
  issues: Issue[];
}

/**
 * The workbook's assignment rules (the TerritoryRules table), or null when it has none. Rows that are
 * not valid rules are reported by sheet row and left out; the path starts with the table name.
 * @example const read = await readTerritoryRules(port); read?.rules.length
 */
export async function readTerritoryRules(port: WorkbookPort): Promise<TerritoryRulesRead | null> {
  const rows = await port.readTable(RULES_TABLE_NAME);
  if (rows === null) return null;
  const read = rulesFromRows(rows);
  return { rules: read.rules, issues: read.issues.map((issue) => ({ ...issue, path: [RULES_TABLE_NAME, ...issue.path] })) };
}

/**
 * Reads what the territory figures need: the canonical tables (as every surface reads them, with the
 * surface's progress and pause between tables) and then the assignment rules.
 * @example const { dataSet, rules, issues } = await loadTerritoryInputs(port, getSettings());
 */
export async function loadTerritoryInputs(port: WorkbookPort, settings: Settings, options: LoadWorkbookDataOptions = {}): Promise<TerritoryInputs> {
  const data = await loadWorkbookData(port, settings, options);
  const rules = await readTerritoryRules(port);
  return { dataSet: data.dataSet, rules, issues: data.issues };
}
