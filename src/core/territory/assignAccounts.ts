import type { Account, Territory } from "../model/entities";
import type { Issue } from "../model/result";
import type { AssignmentRule } from "./assignmentRule";
import { countedIssue } from "./countedIssue";
import { buildRuleIndex } from "./ruleIndex";

/** Rules of the best matching priority pointing at different territories: left for a person to decide. */
export interface AssignmentTie {
  accountId: string;
  priority: number;
  /** Every matching rule of that priority and its territory, in input order. */
  candidates: { ruleId: string; territoryId: string }[];
}

export interface AssignmentResult {
  /** Per account, in input order: the territory the rules give, or null for a tie or no match. */
  territoryIds: (string | null)[];
  /** Per account: the id of the deciding rule, or null. */
  ruleIds: (string | null)[];
  /** Accounts assigned a territory other than the one they have now. */
  changed: number;
  ties: AssignmentTie[];
  /** Ids of the accounts no rule matched. */
  unassigned: string[];
  /** Ties and unassigned accounts in summary, and rules naming unknown territories. */
  issues: Issue[];
}

/**
 * Runs assignment rules over accounts. For each account the matching rules of the best (smallest)
 * priority decide: when they all name one territory the account goes there (the first such rule is
 * reported as the deciding one); when they name different territories it is a tie, reported and left
 * unassigned; when nothing matches the account is reported as unassigned. Nothing is resolved silently.
 * Pass `territories` to have rules naming a territory outside that list reported (they still apply).
 * @example
 * const rules = [assignmentRule({ id: "EU", priority: 2, territoryId: "T-EU", regions: ["EMEA"] })];
 * assignAccounts(accounts, rules).territoryIds // ["T-EU", null, …]
 */
export function assignAccounts(accounts: readonly Account[], rules: readonly AssignmentRule[], options: { territories?: readonly Territory[] } = {}): AssignmentResult {
  const index = buildRuleIndex(rules);
  const sorted = index.rules;
  const words = index.words;
  const priority = Float64Array.from(sorted.map((rule) => rule.priority));
  const territoryIds: (string | null)[] = new Array(accounts.length);
  const ruleIds: (string | null)[] = new Array(accounts.length);
  const ties: AssignmentTie[] = [];
  const unassigned: string[] = [];
  let changed = 0;
  const bits = new Uint32Array(words);

  for (let a = 0; a < accounts.length; a += 1) {
    const account = accounts[a];
    index.match(account, bits);
    let best = -1;
    for (let w = 0; w < words; w += 1) {
      const word = bits[w];
      if (word !== 0) {
        best = (w << 5) + (31 - Math.clz32(word & -word));
        break;
      }
    }
    if (best < 0) {
      territoryIds[a] = null;
      ruleIds[a] = null;
      unassigned.push(account.id);
      continue;
    }
    const winner = sorted[best];
    // Only the set bits after the winner are visited (a word at a time), until the priority changes:
    // a different territory among them makes a tie of every matching rule of that priority.
    let tie: AssignmentTie | null = null;
    let w2 = best >>> 5;
    let word = bits[w2] & ~(((2 << (best & 31)) >>> 0) - 1);
    for (;;) {
      while (word === 0 && ++w2 < words) word = bits[w2];
      if (word === 0) break;
      const r = (w2 << 5) + (31 - Math.clz32(word & -word));
      if (priority[r] !== winner.priority) break;
      if (sorted[r].territoryId !== winner.territoryId) {
        tie = tieOf(account.id, winner.priority, best, bits, sorted, priority);
        break;
      }
      word &= word - 1;
    }
    if (tie) {
      ties.push(tie);
      territoryIds[a] = null;
      ruleIds[a] = null;
      continue;
    }
    territoryIds[a] = winner.territoryId;
    ruleIds[a] = winner.id;
    if (winner.territoryId !== account.territoryId) changed += 1;
  }

  const issues: Issue[] = [
    ...countedIssue("assignment_tie", ["accounts"], ties.map((tie) => tie.accountId), "match rules of the same priority naming different territories; they are left unassigned until a priority decides"),
    ...countedIssue("no_matching_rule", ["accounts"], unassigned, "match no rule; add a rule (or a catch-all at a low priority) to place them"),
  ];
  if (options.territories) {
    const known = new Set(options.territories.map((territory) => territory.id));
    for (const rule of rules) {
      if (!known.has(rule.territoryId)) issues.push({ code: "unknown_rule_territory", path: ["rules", rule.id, "territoryId"], message: `Rule ${rule.id} assigns to ${rule.territoryId}, which is not in the territory list.` });
    }
  }
  return { territoryIds, ruleIds, changed, ties, unassigned, issues };
}

/** Every matching rule of the winner's priority, from the winner on. */
function tieOf(accountId: string, rulePriority: number, best: number, bits: Uint32Array, sorted: readonly AssignmentRule[], priority: Float64Array): AssignmentTie {
  const candidates: AssignmentTie["candidates"] = [];
  for (let t = best; t < sorted.length && priority[t] === rulePriority; t += 1) {
    if ((bits[t >>> 5] & (1 << (t & 31))) !== 0) candidates.push({ ruleId: sorted[t].id, territoryId: sorted[t].territoryId });
  }
  return { accountId, priority: rulePriority, candidates };
}

/**
 * The accounts with the territories an assignment gave them; ties and unmatched accounts keep their
 * current territory (they are reported, not moved).
 * @example applyAssignment(accounts, assignAccounts(accounts, rules))[0].territoryId
 */
export function applyAssignment(accounts: readonly Account[], result: AssignmentResult): Account[] {
  return accounts.map((account, i) => {
    const territoryId = result.territoryIds[i];
    return territoryId === null || territoryId === account.territoryId ? account : { ...account, territoryId };
  });
}
