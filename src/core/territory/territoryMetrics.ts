import type { Issue } from "../model/result";
import { METRIC_NAMES, MetricOptions, MetricValues, RepMetricsRow, TerritoryData, TerritoryMetricsRow } from "./metricTypes";
import { bookingWindows } from "./bookingWindows";
import { countedIssue } from "./countedIssue";
import { stringIndex } from "./stringIndex";
import { territoryTree } from "./territoryTree";
import { workloadFallback, workloadWeigher } from "./workload";

export interface TerritoryMetrics {
  /** Every territory, parents before their subtrees; parents' figures include their subtree. */
  rows: TerritoryMetricsRow[];
  /** Per owner of a leaf territory (or of a territory holding accounts directly), by owner id. */
  reps: RepMetricsRow[];
  /** Accounts with a blank or unknown territory, and deals whose account is unknown. */
  unassigned: MetricValues;
  /** Everything: the top-level rows plus `unassigned` (headcount: distinct active owners of leaves). */
  total: MetricValues;
  issues: Issue[];
}

/** A metric-values record of zeros. @example emptyMetrics().potential // 0 */
export function emptyMetrics(): MetricValues {
  return Object.fromEntries(METRIC_NAMES.map((name) => [name, 0])) as MetricValues;
}

const ADDITIVE = METRIC_NAMES.filter((name) => name !== "headcount");

/**
 * Territory and rep figures as of a date. An account counts for its own territory and every ancestor;
 * a deal counts for its account's territory. Customers are accounts with a deal won on or before
 * `asOf`; prospects the rest. Open pipeline is every open deal, whatever its close date. Bookings
 * are won deals closed in the twelve months ending on `asOf` (TTM) and in the whole fiscal year before
 * the one `asOf` is in (prior year). Headcount is the distinct owners of leaf territories active on
 * `asOf` (started, not ended). Quota is `quotaByTerritory`, rolled up. Nothing is rounded.
 * @example
 * const m = territoryMetrics(data, { asOf: "2026-11-27", fiscalStartMonth: 2 });
 * m.rows.filter((r) => r.isLeaf).map((r) => r.potential)
 */
export function territoryMetrics(data: TerritoryData, options: MetricOptions): TerritoryMetrics {
  const { asOf, ttmAfter, priorYear } = bookingWindows(options.asOf, options.fiscalStartMonth);
  const tree = territoryTree(data.territories);
  const issues: Issue[] = [...tree.issues];
  const slots = tree.order.length + 1;
  const unassignedSlot = slots - 1;
  const own = Object.fromEntries(ADDITIVE.map((name) => [name, new Float64Array(slots)])) as Record<Exclude<keyof MetricValues, "headcount">, Float64Array>;

  // Accounts: their slot, and the index deals find them by. Hot loops use local typed arrays.
  const accounts = data.accounts;
  const accountSlot = new Int32Array(accounts.length);
  const accountIndex = stringIndex(accounts.map((account) => account.id));
  const weigh = workloadWeigher(options.workload);
  const fallback = workloadFallback(options.workload);
  const countOwn = own.accounts;
  const potentialOwn = own.potential;
  const workloadOwn = own.workload;
  const territoryIndex = tree.indexById;
  const blank: string[] = [];
  const unknown: string[] = [];
  const noPotential: string[] = [];
  const noWeight: string[] = [];
  for (let i = 0; i < accounts.length; i += 1) {
    const account = accounts[i];
    let slot = territoryIndex.get(account.territoryId);
    if (slot === undefined) {
      (account.territoryId.trim() === "" ? blank : unknown).push(account.id);
      slot = unassignedSlot;
    }
    accountSlot[i] = slot;
    countOwn[slot] += 1;
    if (account.potential === null) noPotential.push(account.id);
    else potentialOwn[slot] += account.potential;
    const weight = weigh(account);
    if (Number.isFinite(weight)) workloadOwn[slot] += weight;
    else {
      noWeight.push(account.id);
      workloadOwn[slot] += fallback;
    }
  }
  const duplicates = accountIndex.duplicates.map((i) => accounts[i].id);

  const customer = new Uint8Array(accounts.length);
  const pipelineOwn = own.openPipeline;
  const ttmOwn = own.bookingsTtm;
  const priorOwn = own.bookingsPriorYear;
  const orphanDeals: string[] = [];
  const deals = data.deals;
  // All look-ups in one go: batched, they overlap their cache misses (deals come in any account order).
  const dealAccount = accountIndex.getAll(deals, (deal) => deal.accountId);
  for (let d = 0; d < deals.length; d += 1) {
    const deal = deals[d];
    const index = dealAccount[d];
    if (index < 0) orphanDeals.push(deal.accountId);
    const slot = index < 0 ? unassignedSlot : accountSlot[index];
    if (!deal.closed) {
      pipelineOwn[slot] += deal.amount;
      continue;
    }
    const closeDate = deal.closeDate;
    if (!deal.won || closeDate > asOf) continue;
    if (index >= 0) customer[index] = 1;
    if (closeDate > ttmAfter) ttmOwn[slot] += deal.amount;
    if (closeDate >= priorYear.start && closeDate <= priorYear.end) priorOwn[slot] += deal.amount;
  }
  const customersOwn = own.customers;
  for (let i = 0; i < accounts.length; i += 1) customersOwn[accountSlot[i]] += customer[i];
  for (let slot = 0; slot < slots; slot += 1) own.prospects[slot] = countOwn[slot] - customersOwn[slot];
  const unknownQuota: string[] = [];
  for (const [territoryId, amount] of data.quotaByTerritory) {
    const slot = tree.indexById.get(territoryId);
    if (slot === undefined) unknownQuota.push(territoryId);
    else own.quota[slot] += amount;
  }

  const active = activeReps(data, asOf);
  const unknownOwners = new Set<string>();
  const headcountSets = tree.order.map(() => new Set<string>());
  tree.order.forEach((territory, slot) => {
    const owner = territory.ownerId.trim();
    if (!tree.isLeaf[slot] || owner === "") return;
    if (!active.known.has(owner)) unknownOwners.add(owner);
    if (!active.ids.has(owner)) return;
    for (let at = slot; at >= 0; at = tree.parent[at]) headcountSets[at].add(owner);
  });

  // Roll up: children come after their parent, so walking backwards adds each subtree into its parent.
  const rolled = Object.fromEntries(ADDITIVE.map((name) => [name, Float64Array.from(own[name])])) as typeof own;
  for (let slot = tree.order.length - 1; slot >= 0; slot -= 1) {
    const parent = tree.parent[slot];
    if (parent >= 0) for (const name of ADDITIVE) rolled[name][parent] += rolled[name][slot];
  }
  const valuesAt = (source: typeof own, slot: number, headcount: number): MetricValues => {
    const values = { headcount } as MetricValues;
    for (const name of ADDITIVE) values[name] = source[name][slot];
    return values;
  };
  const rows: TerritoryMetricsRow[] = tree.order.map((territory, slot) => ({
    territoryId: territory.id,
    name: territory.name,
    parentId: tree.parent[slot] >= 0 ? tree.order[tree.parent[slot]].id : "",
    ownerId: territory.ownerId,
    depth: tree.depth[slot],
    isLeaf: tree.isLeaf[slot],
    ...valuesAt(rolled, slot, headcountSets[slot].size),
  }));
  const unassigned = valuesAt(own, unassignedSlot, 0);
  const total = { ...unassigned };
  const everyone = new Set<string>();
  rows.forEach((row, slot) => {
    if (tree.parent[slot] >= 0) return;
    for (const name of ADDITIVE) total[name] += row[name];
    for (const owner of headcountSets[slot]) everyone.add(owner);
  });
  total.headcount = everyone.size;

  const reps = new Map<string, RepMetricsRow>();
  tree.order.forEach((territory, slot) => {
    const owner = territory.ownerId.trim();
    if (owner === "" || (!tree.isLeaf[slot] && own.accounts[slot] === 0)) return;
    let row = reps.get(owner);
    if (!row) {
      row = { ownerId: owner, territoryIds: [], ...emptyMetrics(), headcount: active.ids.has(owner) ? 1 : 0 };
      reps.set(owner, row);
    }
    row.territoryIds.push(territory.id);
    for (const name of ADDITIVE) row[name] += own[name][slot];
  });

  issues.push(
    ...countedIssue("unassigned_account", ["accounts", "territoryId"], blank, "have no territory; they count as unassigned"),
    ...countedIssue("unknown_territory", ["accounts", "territoryId"], unknown, "name a territory that is not in the territory list; they count as unassigned"),
    ...countedIssue("duplicate_account", ["accounts", "id"], duplicates, "appear more than once; deals count for the first row"),
    ...countedIssue("missing_potential", ["accounts", "potential"], noPotential, "have no potential; it counts as 0"),
    ...countedIssue("missing_workload", ["accounts", "workload"], noWeight, "have no workload weight of their own; the default weight is used"),
    ...countedIssue("unknown_account", ["deals", "accountId"], orphanDeals, "belong to accounts that are not in the account list (named here); they count as unassigned", "deals"),
    ...countedIssue("unknown_quota_territory", ["quotaByTerritory"], unknownQuota, "have a quota but are not in the territory list; it is left out", "territories"),
    ...countedIssue("unknown_owner", ["territories", "ownerId"], [...unknownOwners], "own territories but are not in the rep list; they count for no headcount", "owners"),
  );
  return { rows, reps: [...reps.values()].sort((a, b) => (a.ownerId < b.ownerId ? -1 : a.ownerId > b.ownerId ? 1 : 0)), unassigned, total, issues };
}

function activeReps(data: TerritoryData, asOf: string): { ids: Set<string>; known: Set<string> } {
  const ids = new Set<string>();
  const known = new Set<string>();
  for (const rep of data.reps) {
    known.add(rep.id);
    if (rep.startDate <= asOf && (rep.endDate === null || rep.endDate >= asOf)) ids.add(rep.id);
  }
  return { ids, known };
}
