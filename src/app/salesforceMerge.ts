/*
 * The canonical merge of a pull into what the workbook or data folder holds, so an incremental pull
 * needs nothing but those tables: previous opportunities + changed − deleted, by id.
 * - Opportunities: a full pull replaces them; an incremental one replaces or adds the changed ones,
 *   removes the deleted ones, and removes a changed one the mapping now rejects (as a full pull would
 *   leave it out). Sorted by id, as a full pull is, so both give the same table.
 * - Accounts: the pull knows only an account's id and name, so the table is merged, never replaced:
 *   every account held stays with what users added to it (industry, territory, potential…), the name
 *   Salesforce gives wins, and accounts new to the table are added.
 * - Reps: users are read whole, so the pull's reps replace the table, each keeping the region,
 *   segment and extra columns the table gave it when Salesforce has none.
 */
import type { Account, Opportunity, Quota, Rep } from "../core/model/entities";
import type { PulledPipeline } from "./salesforcePorts";

/** How the opportunities changed from what was held to what is written. */
export interface PipelineChanges {
  added: number;
  changed: number;
  unchanged: number;
  /** Held before and gone now: deleted in Salesforce, or (full pull) no longer returned. */
  removed: number;
}

/** What the workbook or data folder holds before the pull. */
export interface HeldPipeline {
  /** Null when there is no Opportunities table or file. */
  opportunities: readonly Opportunity[] | null;
  accounts: readonly Account[];
  reps: readonly Rep[];
}

export interface MergedPipeline {
  opportunities: Opportunity[];
  accounts: Account[];
  reps: Rep[];
  /** Null when the pull had none: the quotas held are kept. */
  quotas: Quota[] | null;
  changes: PipelineChanges;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const OPPORTUNITY_FIELDS = ["name", "accountId", "ownerId", "stage", "forecastCategory", "amount", "currency", "probability", "createdDate", "closeDate", "type", "product", "termMonths"] as const;

/**
 * Whether two opportunities hold the same values; an extra column a record lacks counts as empty,
 * as a table cell does.
 * @example sameOpportunity(a, { ...a, extra: { ...a.extra, Region__c: a.extra.Region__c ?? "" } }) // true
 */
export function sameOpportunity(a: Opportunity, b: Opportunity): boolean {
  if (a.id !== b.id) return false;
  for (const field of OPPORTUNITY_FIELDS) if (a[field] !== b[field]) return false;
  for (const key of new Set([...Object.keys(a.extra), ...Object.keys(b.extra)])) if ((a.extra[key] ?? "") !== (b.extra[key] ?? "")) return false;
  return true;
}

function changesBetween(held: readonly Opportunity[], merged: readonly Opportunity[]): PipelineChanges {
  const before = new Map(held.map((opportunity) => [opportunity.id, opportunity]));
  const changes: PipelineChanges = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const opportunity of merged) {
    const previous = before.get(opportunity.id);
    if (!previous) changes.added += 1;
    else if (sameOpportunity(previous, opportunity)) changes.unchanged += 1;
    else changes.changed += 1;
    before.delete(opportunity.id);
  }
  changes.removed = before.size;
  return changes;
}

function mergeOpportunities(held: readonly Opportunity[] | null, pulled: PulledPipeline): Opportunity[] {
  if (!pulled.incremental) return [...pulled.opportunities].sort(byId);
  if (held === null) throw new RangeError("An incremental pull needs the opportunities it was pulled against.");
  const merged = new Map(held.map((opportunity) => [opportunity.id, opportunity]));
  for (const id of pulled.deletedIds) merged.delete(id);
  for (const problem of pulled.rejected) if (problem.object === "Opportunity") merged.delete(problem.recordId);
  for (const opportunity of pulled.opportunities) merged.set(opportunity.id, opportunity);
  return [...merged.values()].sort(byId);
}

function mergeAccounts(held: readonly Account[], pulled: readonly Account[]): Account[] {
  const merged = new Map(held.map((account) => [account.id, account]));
  for (const account of pulled) {
    const previous = merged.get(account.id);
    merged.set(account.id, previous ? { ...previous, name: account.name || previous.name } : account);
  }
  return [...merged.values()].sort(byId);
}

function mergeReps(held: readonly Rep[], pulled: readonly Rep[]): Rep[] {
  const before = new Map(held.map((rep) => [rep.id, rep]));
  return pulled
    .map((rep) => {
      const previous = before.get(rep.id);
      if (!previous) return rep;
      return { ...rep, region: rep.region || previous.region, segment: rep.segment || previous.segment, extra: { ...previous.extra, ...rep.extra } };
    })
    .sort(byId);
}

/**
 * The tables to write after a pull, and how the opportunities changed. Pure: neither input is touched.
 * @example const merged = mergePulledPipeline({ opportunities: held, accounts: [], reps: [] }, pulled); merged.changes // { added: 1, changed: 1, unchanged: 28, removed: 1 }
 */
export function mergePulledPipeline(held: HeldPipeline, pulled: PulledPipeline): MergedPipeline {
  const opportunities = mergeOpportunities(held.opportunities, pulled);
  return {
    opportunities,
    accounts: mergeAccounts(held.accounts, pulled.accounts),
    reps: mergeReps(held.reps, pulled.reps),
    quotas: pulled.quotas,
    changes: changesBetween(held.opportunities ?? [], opportunities),
  };
}
