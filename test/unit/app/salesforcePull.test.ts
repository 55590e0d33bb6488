/*
 * The Salesforce pull's app layer without a network: the sync-state record, the full-or-incremental
 * decision, the canonical merge, the dated snapshot, and the use case over a scripted source and a
 * store in memory (what is written, and that nothing is on a failure or a cancel).
 */
import fc from "fast-check";
import { mergePulledPipeline, sameOpportunity } from "../../../src/app/salesforceMerge";
import type { PipelineSource, PulledPipeline } from "../../../src/app/salesforcePorts";
import { planPull } from "../../../src/app/salesforcePullPlan";
import { type HeldData, type PipelineStore, runSalesforcePull } from "../../../src/app/salesforcePullRun";
import { withPipelineSnapshot } from "../../../src/app/salesforceSnapshot";
import {
  decodeSalesforceSyncState,
  encodeSalesforceSyncState,
  memorySyncStateStorage,
  opportunityIdsDigest,
  type SalesforceSyncState,
  salesforceSyncStatePort,
  SYNC_MAPPING_TARGETS,
} from "../../../src/app/salesforceSyncState";
import { MAPPABLE_TARGETS } from "../../../src/connectors/salesforce";
import type { DataSet } from "../../../src/core/model/dataSet";
import type { Account, Opportunity, Rep } from "../../../src/core/model/entities";
import type { Result } from "../../../src/core/model/result";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";

const INSTANCE = "https://acme.my.salesforce.com";
const CONNECTION = { instanceUrl: INSTANCE, apiVersion: "61.0", customFields: [{ field: "Region__c" }], multiCurrency: true };

const opp = (id: string, fields: Partial<Opportunity> = {}): Opportunity => ({
  id,
  name: `Deal ${id}`,
  accountId: "001A",
  ownerId: "005A",
  stage: "Prospecting",
  forecastCategory: "Pipeline",
  amount: 1000,
  currency: "USD",
  probability: 0.1,
  createdDate: "2026-01-05",
  closeDate: "2026-06-30",
  type: "",
  product: "",
  termMonths: null,
  extra: {},
  ...fields,
});
const account = (id: string, fields: Partial<Account> = {}): Account => ({ id, name: `Account ${id}`, industry: "", country: "", region: "", segment: "", employees: null, annualRevenue: null, potential: null, territoryId: "", extra: {}, ...fields });
const rep = (id: string, fields: Partial<Rep> = {}): Rep => ({ id, name: `Rep ${id}`, email: "", role: "Rep", managerId: "", region: "", segment: "", startDate: "2024-01-01", endDate: null, extra: {}, ...fields });

const pulled = (fields: Partial<PulledPipeline> = {}): PulledPipeline => ({
  incremental: false,
  opportunities: [opp("006A"), opp("006B")],
  deletedIds: [],
  accounts: [account("001A")],
  reps: [rep("005A")],
  quotas: [{ ownerId: "005A", period: "FY2027-Q1", amount: 100_000, currency: "USD", extra: {} }],
  rejected: [],
  notes: [],
  newStages: [],
  highWaterMark: "2026-06-15T12:00:00.000+0000",
  pulledAt: "2026-06-15T12:05:00.000Z",
  requests: 3,
  apiUsage: { used: 3, limit: 15_000 },
  ...fields,
});

const state = (fields: Partial<SalesforceSyncState> = {}): SalesforceSyncState => ({
  version: 1,
  instanceUrl: INSTANCE,
  apiVersion: "61.0",
  highWaterMark: "2026-06-15T12:00:00.000+0000",
  lastPullAt: "2026-06-15T12:05:00.000Z",
  lastPullMode: "full",
  mapping: { customFields: [{ field: "Region__c" }], multiCurrency: true },
  keepSnapshots: false,
  opportunities: { count: 2, idsDigest: opportunityIdsDigest(["006A", "006B"]) },
  ...fields,
});

describe("the sync state", () => {
  it("round-trips through its JSON text, and never keeps a property it does not know (a token least of all)", () => {
    const withToken = { ...state(), accessToken: "00D!secret", refreshToken: "5Aep!secret" } as SalesforceSyncState;
    const text = encodeSalesforceSyncState(withToken);
    expect(text).not.toContain("secret");
    expect(decodeSalesforceSyncState(text)).toEqual({ state: state(), issues: [] });
  });

  it("is unusable, with a reason, when it is not JSON, of a newer version or fails its checks", () => {
    expect(decodeSalesforceSyncState(null)).toEqual({ state: null, issues: [] });
    expect(decodeSalesforceSyncState("{not json").issues[0].code).toBe("sync_state_not_json");
    expect(decodeSalesforceSyncState(JSON.stringify({ ...state(), version: 2 })).issues[0].code).toBe("newer_sync_state");
    const bad = decodeSalesforceSyncState({ ...state(), instanceUrl: "not a url", highWaterMark: "yesterday" });
    expect(bad.state).toBeNull();
    expect(bad.issues.map((issue) => issue.path[0])).toEqual(["instanceUrl", "highWaterMark"]);
  });

  it("reads and writes through a port over any storage", async () => {
    const storage = memorySyncStateStorage();
    const port = salesforceSyncStatePort(storage);
    expect(await port.read()).toEqual({ state: null, issues: [] });
    await port.write(state());
    expect(JSON.parse(storage.text ?? "")).toMatchObject({ version: 1, instanceUrl: INSTANCE });
    expect((await port.read()).state).toEqual(state());
  });

  it("maps the same custom-field targets as the connector", () => {
    expect([...SYNC_MAPPING_TARGETS]).toEqual([...MAPPABLE_TARGETS]);
  });

  it("digests a set of ids whatever their order", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 })), (ids) => expect(opportunityIdsDigest([...ids].reverse())).toBe(opportunityIdsDigest(ids))));
    expect(opportunityIdsDigest(["ab", "c"])).not.toBe(opportunityIdsDigest(["a", "bc"]));
  });
});

describe("full or incremental", () => {
  const held = [opp("006A"), opp("006B")];
  const plan = (fields: Partial<Parameters<typeof planPull>[0]> = {}) => planPull({ state: state(), connection: CONNECTION, held, heldRejectedRows: 0, heldName: "the Opportunities table", ...fields });

  it("pulls the changes since the high-water mark when the data is what the last pull wrote", () => {
    expect(plan()).toEqual({ since: "2026-06-15T12:00:00.000+0000", reason: "Changes since 2026-06-15T12:00:00.000+0000 (the last pull's high-water mark), merged into the Opportunities table." });
    // Field order and spelling of the mapping do not matter.
    expect(plan({ connection: { ...CONNECTION, customFields: [{ field: "region__c" }] } }).since).not.toBeNull();
  });

  it.each<[string, Partial<Parameters<typeof planPull>[0]>, string]>([
    ["asked for", { full: true }, "Full pull: asked for."],
    ["no state", { state: null }, "Full pull: the first from this org."],
    ["another org", { connection: { ...CONNECTION, instanceUrl: "https://globex.my.salesforce.com" } }, "Full pull: the last pull was from another org (https://acme.my.salesforce.com)."],
    ["another mapping", { connection: { ...CONNECTION, multiCurrency: false } }, "Full pull: the field mapping changed since the last pull."],
    ["no mark", { state: state({ highWaterMark: null }) }, "Full pull: the last pull read no opportunity to start from."],
    ["no table", { held: null }, "Full pull: there is no Opportunities table to merge into."],
    ["rejected rows", { heldRejectedRows: 2 }, "Full pull: 2 rows of the Opportunities table fail their checks, and merging would drop them."],
    ["other opportunities", { held: [opp("006A"), opp("006C")] }, "Full pull: the Opportunities table no longer holds the opportunities of the last pull (rows added, removed, or replaced by an import)."],
  ])("pulls everything when %s", (_label, fields, reason) => {
    expect(plan(fields)).toEqual({ since: null, reason });
  });

  it("pulls the changes since an instant given, whatever the state", () => {
    expect(plan({ state: null, since: "2026-06-01T00:00:00.000Z" }).since).toBe("2026-06-01T00:00:00.000Z");
  });
});

describe("the canonical merge", () => {
  const ids = fc.constantFrom(...Array.from({ length: 10 }, (_, i) => `006${i}`));

  it("is the held opportunities with the changes applied and the deletions and rejections removed, sorted; its inputs untouched", () => {
    fc.assert(
      fc.property(fc.uniqueArray(ids), fc.uniqueArray(ids), fc.uniqueArray(ids), fc.uniqueArray(ids), (heldIds, changedIds, deletedIds, rejectedIds) => {
        const held = heldIds.map((id) => opp(id));
        const changes = changedIds.filter((id) => !rejectedIds.includes(id)).map((id) => opp(id, { amount: 2000 }));
        const rejected = rejectedIds.map((id) => ({ object: "Opportunity", recordId: id, field: "CloseDate", value: "", code: "missing_close_date", reason: "…" }));
        const input = pulled({ incremental: true, opportunities: changes, deletedIds, rejected });
        const before = JSON.stringify({ held, input });
        const merged = mergePulledPipeline({ opportunities: held, accounts: [], reps: [] }, input);

        const model = new Map(held.map((o) => [o.id, o]));
        for (const id of [...deletedIds, ...rejectedIds]) model.delete(id);
        for (const o of changes) model.set(o.id, o);
        expect(merged.opportunities).toEqual([...model.keys()].sort().map((id) => model.get(id)));
        const { added, changed, unchanged, removed } = merged.changes;
        expect(added + changed + unchanged).toBe(merged.opportunities.length);
        expect(removed).toBe(heldIds.filter((id) => !model.has(id)).length);
        expect(added).toBe([...model.keys()].filter((id) => !heldIds.includes(id)).length);
        expect(JSON.stringify({ held, input })).toBe(before);
      }),
    );
  });

  it("replaces everything on a full pull, counting what went away", () => {
    const merged = mergePulledPipeline({ opportunities: [opp("006A"), opp("006Z")], accounts: [], reps: [] }, pulled());
    expect(merged.opportunities.map((o) => o.id)).toEqual(["006A", "006B"]);
    expect(merged.changes).toEqual({ added: 1, changed: 0, unchanged: 1, removed: 1 });
  });

  it("keeps every account with what users added to it, and the reps' regions, taking Salesforce's names", () => {
    const merged = mergePulledPipeline(
      { opportunities: [], accounts: [account("001A", { name: "Old name", territoryId: "T-7", potential: 5 }), account("001X", { territoryId: "T-9" })], reps: [rep("005A", { region: "EMEA" }), rep("005Z")] },
      pulled({ accounts: [account("001A", { name: "Acme" }), account("001B")], reps: [rep("005A", { name: "Ann Lee" })] }),
    );
    expect(merged.accounts.map((a) => [a.id, a.name, a.territoryId, a.potential])).toEqual([
      ["001A", "Acme", "T-7", 5],
      ["001B", "Account 001B", "", null],
      ["001X", "Account 001X", "T-9", null],
    ]);
    expect(merged.reps.map((r) => [r.id, r.name, r.region])).toEqual([["005A", "Ann Lee", "EMEA"]]);
  });

  it("counts an extra column a record lacks as empty, as a table cell is", () => {
    expect(sameOpportunity(opp("006A"), opp("006A", { extra: { Region__c: "" } }))).toBe(true);
    expect(sameOpportunity(opp("006A"), opp("006A", { extra: { Region__c: "EMEA" } }))).toBe(false);
  });
});

describe("the dated snapshot", () => {
  it("holds the open pipeline and replaces the rows of its own day only", () => {
    const deals = [opp("006A"), opp("006B", { stage: "Closed Won", forecastCategory: "Closed" }), opp("006C", { stage: "Closed Lost", forecastCategory: "Omitted" }), opp("006D", { stage: "Signed", forecastCategory: "Closed" })];
    const earlier = withPipelineSnapshot([], [opp("006A"), opp("006E")], "2026-06-08", DEFAULT_SETTINGS.stageMap);
    const first = withPipelineSnapshot(earlier, deals, "2026-06-15", DEFAULT_SETTINGS.stageMap);
    expect(first.map((row) => `${row.snapshotDate} ${row.id}`)).toEqual(["2026-06-08 006A", "2026-06-08 006E", "2026-06-15 006A"]);
    const again = withPipelineSnapshot(first, [opp("006A", { amount: 5 }), opp("006F")], "2026-06-15", DEFAULT_SETTINGS.stageMap);
    expect(again.map((row) => `${row.snapshotDate} ${row.id} ${row.amount}`)).toEqual(["2026-06-08 006A 1000", "2026-06-08 006E 1000", "2026-06-15 006A 5", "2026-06-15 006F 1000"]);
  });
});

/** A store in memory that records what was written. */
function memoryStore(held: Partial<HeldData> = {}): PipelineStore & { writes: Partial<DataSet>[] } {
  const writes: Partial<DataSet>[] = [];
  return {
    label: "the workbook",
    opportunitiesName: "the Opportunities table",
    writes,
    read: async () => ({ opportunities: null, rejectedOpportunityRows: 0, accounts: [], reps: [], snapshots: [], issues: [], ...held }),
    write: async (records) => {
      writes.push(records);
      return { ok: true, value: Object.entries(records).map(([name, rows]) => ({ name, rows: (rows as unknown[]).length })) };
    },
  };
}

function scripted(...answers: Result<PulledPipeline>[]): PipelineSource & { requests: (string | null)[] } {
  const requests: (string | null)[] = [];
  return {
    connection: CONNECTION,
    requests,
    pull: async (request) => {
      requests.push(request.since);
      const answer = answers.shift();
      if (!answer) throw new Error("no more answers");
      return answer;
    },
  };
}

describe("the pull use case", () => {
  it("writes Opportunities, Accounts, Reps and Quotas, then saves the sync state; the next pull asks for the changes", async () => {
    const store = memoryStore();
    const storage = memorySyncStateStorage();
    const source = scripted({ ok: true, value: pulled() }, { ok: true, value: pulled({ incremental: true, opportunities: [opp("006C")], deletedIds: ["006A"], highWaterMark: "2026-06-15T13:00:00.000+0000" }) });
    const first = await runSalesforcePull(store, source, salesforceSyncStatePort(storage), DEFAULT_SETTINGS);
    expect(first.ok && first.value).toMatchObject({ mode: "full", counts: { opportunities: 2, accounts: 1, reps: 1, quotas: 1 }, snapshot: null, syncStateError: null });
    expect(Object.keys(store.writes[0])).toEqual(["opportunities", "accounts", "reps", "quotas"]);

    const next = memoryStore({ opportunities: store.writes[0].opportunities ?? [] });
    const second = await runSalesforcePull(next, source, salesforceSyncStatePort(storage), DEFAULT_SETTINGS);
    expect(source.requests).toEqual([null, "2026-06-15T12:00:00.000+0000"]);
    expect(second.ok && second.value).toMatchObject({ mode: "incremental", changes: { added: 1, removed: 1, unchanged: 1, changed: 0 } });
    expect(next.writes[0].opportunities?.map((o) => o.id)).toEqual(["006B", "006C"]);
    expect(JSON.parse(storage.text ?? "")).toMatchObject({ highWaterMark: "2026-06-15T13:00:00.000+0000", lastPullMode: "incremental", opportunities: { count: 2 } });
  });

  it("passes the source's failure on unchanged and writes nothing, the sync state included", async () => {
    const store = memoryStore();
    const storage = memorySyncStateStorage(encodeSalesforceSyncState(state()));
    const failure = { code: "api_limit", path: [], message: "Salesforce refused more API requests: the org has used 15,000 of its 15,000 daily requests (Sforce-Limit-Info api-usage=15000/15000)." };
    const result = await runSalesforcePull(store, scripted({ ok: false, issues: [failure] }), salesforceSyncStatePort(storage), DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: false, issues: [failure] });
    expect(store.writes).toEqual([]);
    expect(storage.text).toBe(encodeSalesforceSyncState(state()));
  });

  it("cancels before writing: a cancel during the pull, or after it before the first write", async () => {
    const cancelledPull = { ok: false as const, issues: [{ code: "cancelled", path: [], message: "The Salesforce refresh was cancelled." }] };
    const store = memoryStore();
    const during = await runSalesforcePull(store, scripted(cancelledPull), salesforceSyncStatePort(memorySyncStateStorage()), DEFAULT_SETTINGS);
    expect(during).toEqual({ ok: false, issues: [{ code: "cancelled", path: [], message: "Cancelled. Nothing was pulled into the workbook; it is unchanged." }] });

    const controller = new AbortController();
    const source: PipelineSource = { connection: CONNECTION, pull: async () => (controller.abort(), { ok: true, value: pulled() }) };
    const after = await runSalesforcePull(store, source, salesforceSyncStatePort(memorySyncStateStorage()), DEFAULT_SETTINGS, { signal: controller.signal });
    expect(!after.ok && after.issues[0].code).toBe("cancelled");
    expect(store.writes).toEqual([]);
  });

  it("keeps the quotas held when the org has none, or every one was rejected", async () => {
    for (const answer of [pulled({ quotas: null }), pulled({ quotas: [], rejected: [{ object: "ForecastingQuota", recordId: "0J9A", field: "StartDate", value: "2026-01-01", code: "quota_period_mismatch", reason: "…" }] })]) {
      const store = memoryStore();
      const result = await runSalesforcePull(store, scripted({ ok: true, value: answer }), salesforceSyncStatePort(memorySyncStateStorage()), DEFAULT_SETTINGS);
      expect(result.ok && result.value.counts.quotas).toBeNull();
      expect(Object.keys(store.writes[0])).toEqual(["opportunities", "accounts", "reps"]);
    }
  });

  it("refuses to write an empty pipeline, and to merge changes into nothing", async () => {
    const rejected = [{ object: "Opportunity", recordId: "006A", field: "CloseDate", value: "", code: "missing_close_date", reason: "…" }];
    const store = memoryStore();
    const empty = await runSalesforcePull(store, scripted({ ok: true, value: pulled({ opportunities: [], rejected }) }), salesforceSyncStatePort(memorySyncStateStorage()), DEFAULT_SETTINGS);
    expect(!empty.ok && empty.issues[0]).toEqual({ code: "no_opportunities", path: [], message: "Nothing was written to the workbook: every one of the 1 opportunities Salesforce returned was rejected (see the rejected records)." });
    const since = await runSalesforcePull(store, scripted(), salesforceSyncStatePort(memorySyncStateStorage()), DEFAULT_SETTINGS, { since: "2026-06-01T00:00:00.000Z" });
    expect(!since.ok && since.issues[0].code).toBe("no_previous_data");
    expect(store.writes).toEqual([]);
  });

  it("keeps a dated snapshot when asked, and remembers the choice", async () => {
    const storage = memorySyncStateStorage();
    const store = memoryStore({ snapshots: [{ ...opp("006A"), snapshotDate: "2026-06-08" }] });
    const result = await runSalesforcePull(store, scripted({ ok: true, value: pulled() }), salesforceSyncStatePort(storage), DEFAULT_SETTINGS, { snapshot: true });
    expect(result.ok && result.value.snapshot).toEqual({ date: "2026-06-15", rows: 2 });
    expect(store.writes[0].snapshots?.map((row) => `${row.snapshotDate} ${row.id}`)).toEqual(["2026-06-08 006A", "2026-06-15 006A", "2026-06-15 006B"]);
    expect(JSON.parse(storage.text ?? "").keepSnapshots).toBe(true);
  });

  it("reports a sync state that could not be saved after the data was written", async () => {
    const store = memoryStore();
    const broken = { read: async () => ({ state: null, issues: [] }), write: () => Promise.reject(new Error("settings are read-only")) };
    const result = await runSalesforcePull(store, scripted({ ok: true, value: pulled() }), broken, DEFAULT_SETTINGS);
    expect(result.ok && String(result.value.syncStateError)).toBe("Error: settings are read-only");
    expect(store.writes).toHaveLength(1);
  });
});
