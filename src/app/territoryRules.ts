import { ACCOUNTS_FILE } from "../core/model/canonicalFiles";
import type { DataSet } from "../core/model/dataSet";
import type { Issue, Result } from "../core/model/result";
import { AssignmentRule, assignAccounts } from "../core/territory";
import { accountsTableData, reassignAccountRows, TerritoryChange } from "./territoryAccountsTable";
import type { WorkbookPort } from "./ports";

/** An account the rules place in another territory than the one it is in. */
export interface RuleChange extends TerritoryChange {
  accountName: string;
  /** The deciding rule. */
  ruleId: string;
}

/** An account matched by rules of the same priority naming different territories: a person decides. */
export interface RuleTie {
  accountId: string;
  accountName: string;
  /** Its territory now, which it keeps. */
  current: string;
  priority: number;
  candidates: { ruleId: string; territoryId: string }[];
}

/** An account no rule matches: it keeps its territory (if any) until a rule covers it. */
export interface RuleOrphan {
  accountId: string;
  accountName: string;
  current: string;
}

export interface RuleRun {
  ruleCount: number;
  accountCount: number;
  /** Accounts the rules place in exactly one territory (whether or not it is a change). */
  assigned: number;
  changes: RuleChange[];
  ties: RuleTie[];
  orphans: RuleOrphan[];
  /** Rules naming a territory that is not in the Territories table. */
  issues: Issue[];
}

/**
 * Runs the assignment rules over the accounts and says what they would change, without changing
 * anything: the accounts placed elsewhere (with the deciding rule), the ties (every candidate rule)
 * and the orphans no rule matches. Ties are never resolved here: they are listed for a person.
 * @example const run = runRules(dataSet, rules); run.changes.length; run.ties[0]?.candidates
 */
export function runRules(dataSet: DataSet, rules: readonly AssignmentRule[]): RuleRun {
  const { accounts } = dataSet;
  const result = assignAccounts(accounts, rules, { territories: dataSet.territories });
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const changes: RuleChange[] = [];
  let assigned = 0;
  accounts.forEach((account, index) => {
    const to = result.territoryIds[index];
    if (to === null) return;
    assigned += 1;
    if (to !== account.territoryId) changes.push({ accountId: account.id, accountName: account.name, from: account.territoryId, to, ruleId: result.ruleIds[index] as string });
  });
  const describe = (accountId: string) => ({ accountId, accountName: byId.get(accountId)?.name ?? "", current: byId.get(accountId)?.territoryId ?? "" });
  return {
    ruleCount: rules.length,
    accountCount: accounts.length,
    assigned,
    changes,
    ties: result.ties.map((tie) => ({ ...describe(tie.accountId), priority: tie.priority, candidates: tie.candidates })),
    orphans: result.unassigned.map(describe),
    // Ties and orphans are listed in full above; their one-line summaries would only repeat them.
    issues: result.issues.filter((issue) => issue.code === "unknown_rule_territory"),
  };
}

export interface AppliedAssignments {
  run: RuleRun;
  /** Accounts whose territory changed in the Accounts table. */
  accountsChanged: number;
}

/**
 * Writes the rules' changes to the Accounts table: each account a rule places elsewhere gets that
 * territory; tied and orphan accounts are left exactly as they are. Refused, with nothing written,
 * when a change would put an account in a territory that is not in the Territories table (fix the
 * rule first) or the Accounts table changed since it was read. A failing write throws the port's
 * error; the table is then as it was (the port replaces a table whole or not at all).
 * @example const applied = await applyRuleAssignments(port, dataSet, rules); applied.ok && applied.value.accountsChanged
 */
export async function applyRuleAssignments(port: WorkbookPort, dataSet: DataSet, rules: readonly AssignmentRule[]): Promise<Result<AppliedAssignments>> {
  const run = runRules(dataSet, rules);
  const known = new Set(dataSet.territories.map((territory) => territory.id));
  const unknown = run.changes.filter((change) => !known.has(change.to));
  if (unknown.length > 0) {
    const targets = [...new Set(unknown.map((change) => `${change.to} (rule ${change.ruleId})`))];
    return {
      ok: false,
      issues: [{ code: "unknown_rule_territory", path: ["rules"], message: `The rules would move ${unknown.length} account(s) to territories that are not in the Territories table: ${targets.slice(0, 5).join(", ")}. Fix those rules or add the territories, then run the rules again.` }],
    };
  }
  if (run.changes.length === 0) return { ok: true, value: { run, accountsChanged: 0 } };
  const rows = await port.readTable(ACCOUNTS_FILE.tableName);
  if (rows === null) return { ok: false, issues: [{ code: "missing_table", path: [ACCOUNTS_FILE.tableName], message: `The workbook has no ${ACCOUNTS_FILE.tableName} table any more. Choose Refresh, then run the rules again.` }] };
  const reassigned = reassignAccountRows(rows, run.changes);
  if (!reassigned.ok) return reassigned;
  await port.writeTables([accountsTableData(reassigned.value)]);
  return { ok: true, value: { run, accountsChanged: run.changes.length } };
}
