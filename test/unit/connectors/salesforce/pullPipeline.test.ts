import fc from "fast-check";
import { mergeRecords, recordsById } from "../../../../src/connectors/salesforce/mergeRecords";
import { pullPipeline, type PullProgress } from "../../../../src/connectors/salesforce/pullPipeline";
import { SalesforceClient, type SalesforceRecord } from "../../../../src/connectors/salesforce/salesforceClient";
import { fetchStub, noSleep, page, rec, sfError, type StubHandler } from "./fetchStub";

const INSTANCE = "https://acme.my.salesforce.com";
const CLOCK = () => new Date("2026-11-27T12:00:00.000Z");

const soqlOf = (url: string): string => new URL(url).searchParams.get("q") ?? "";
const stamp = (minute: number): string => `2026-11-27T10:${String(minute).padStart(2, "0")}:00.000+0000`;
const opp = (id: string, minute: number, fields: Record<string, unknown> = {}) => rec({ Id: id, Name: `Deal ${id}`, SystemModstamp: stamp(minute), ...fields });

function setup(handlers: StubHandler[]) {
  const stub = fetchStub(handlers);
  const client = new SalesforceClient({ instanceUrl: INSTANCE, tokens: { accessToken: () => "T" }, fetch: stub.fetch, sleep: noSleep, random: () => 0.5 });
  return { client, stub };
}

const users = () => page([rec({ Id: "005A", Name: "Ann Lee", IsActive: true, CreatedDate: "2024-02-01T08:00:00.000+0000" })], 1, undefined, { "Sforce-Limit-Info": "api-usage=42/15000" });
const quotas = () => page([rec({ Id: "0J9A", QuotaOwnerId: "005A", QuotaAmount: 250000, StartDate: "2026-08-01" })], 1);

describe("pullPipeline", () => {
  it("pulls opportunities page by page, users and quotas, reporting progress", async () => {
    const { client, stub } = setup([
      () => page([opp("006A", 1), opp("006B", 5)], 3, "/services/data/v61.0/query/01g-2"),
      () => page([opp("006C", 3)], 3),
      users,
      quotas,
    ]);
    const progress: PullProgress[] = [];
    const pull = await pullPipeline({ client, options: { batchSize: 200, customFields: [{ field: "Region__c" }] }, onProgress: (p) => progress.push(p), clock: CLOCK });

    expect(Object.keys(pull.records).sort()).toEqual(["006A", "006B", "006C"]);
    expect(pull.users.map((u) => u.Id)).toEqual(["005A"]);
    expect(pull.quotas?.map((q) => q.Id)).toEqual(["0J9A"]);
    expect(pull).toMatchObject({ incremental: false, maxSystemModstamp: stamp(5), pulledAt: "2026-11-27T12:00:00.000Z", requests: 4, apiUsage: { used: 42, limit: 15000 }, quotasUnavailable: null });
    expect(pull.changes).toEqual({ added: 3, changed: 0, unchanged: 0, deleted: 0 });
    expect(progress).toEqual([
      { phase: "opportunities", received: 2, total: 3 },
      { phase: "opportunities", received: 3, total: 3 },
      { phase: "users", received: 1, total: 1 },
      { phase: "quotas", received: 1, total: 1 },
    ]);
    expect(soqlOf(stub.calls[0].url)).toMatch(/^SELECT Id, Name, .*, SystemModstamp, Region__c FROM Opportunity$/);
    expect(soqlOf(stub.calls[2].url)).toMatch(/FROM User /);
    expect(soqlOf(stub.calls[3].url)).toMatch(/FROM ForecastingQuota /);
    expect(stub.calls.every((c) => c.headers["sforce-query-options"] === "batchSize=200")).toBe(true);
  });

  it("pulls incrementally: changes since the high-water mark (less the overlap) merged by Id, deletions from queryAll removed", async () => {
    const previous = { records: recordsById([opp("006A", 1), opp("006B", 5), opp("006C", 20)]), maxSystemModstamp: stamp(20) };
    const { client, stub } = setup([
      // C is re-read unchanged in the overlap window; B changed; D is new.
      () => page([opp("006C", 20), opp("006B", 30, { Name: "Deal B, bigger" }), opp("006D", 31)], 3),
      () => page([rec({ Id: "006A", SystemModstamp: stamp(32) }), rec({ Id: "006Z", SystemModstamp: stamp(33) })], 2),
      users,
      quotas,
    ]);
    const pull = await pullPipeline({ client, previous, clock: CLOCK });

    expect(soqlOf(stub.calls[0].url)).toMatch(/FROM Opportunity WHERE SystemModstamp > 2026-11-27T10:10:00Z$/);
    expect(stub.calls[1].url).toContain("/queryAll?q=");
    expect(soqlOf(stub.calls[1].url)).toBe("SELECT Id, SystemModstamp FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > 2026-11-27T10:10:00Z");
    expect(Object.keys(pull.records).sort()).toEqual(["006B", "006C", "006D"]);
    expect(pull.records["006B"].Name).toBe("Deal B, bigger");
    expect(pull.changes).toEqual({ added: 1, changed: 1, unchanged: 1, deleted: 1 });
    expect(pull).toMatchObject({ incremental: true, maxSystemModstamp: stamp(33) });
    // The previous pull is not touched.
    expect(Object.keys(previous.records).sort()).toEqual(["006A", "006B", "006C"]);
  });

  it("merges exactly: the result is the previous set with the changes applied and the deletions removed", async () => {
    const ids = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `006${String(i).padStart(3, "0")}`));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(ids, { maxLength: 12 }), fc.uniqueArray(ids, { maxLength: 12 }), fc.uniqueArray(ids, { maxLength: 12 }), async (before, changedIds, deletedIds) => {
        const previous = { records: recordsById(before.map((id) => opp(id, 1))), maxSystemModstamp: stamp(1) };
        const changed = changedIds.filter((id) => !deletedIds.includes(id)).map((id) => opp(id, 40, { Name: `changed ${id}` }));
        const deleted = deletedIds.map((id) => rec({ Id: id, SystemModstamp: stamp(41) }));
        const { client } = setup([() => page(changed, changed.length), () => page(deleted, deleted.length), users, quotas]);
        const pull = await pullPipeline({ client, previous, clock: CLOCK });

        const expected = new Map<string, SalesforceRecord>(before.map((id) => [id, opp(id, 1)]));
        for (const record of changed) expected.set(String(record.Id), record);
        for (const id of deletedIds) expected.delete(id);
        expect(Object.keys(pull.records).sort()).toEqual([...expected.keys()].sort());
        for (const [id, record] of expected) expect(pull.records[id]).toEqual(record);
        expect(pull.changes.deleted).toBe(deletedIds.filter((id) => before.includes(id)).length);
        expect(pull.changes.added).toBe(changed.filter((r) => !before.includes(String(r.Id))).length);
      }),
      { numRuns: 60 },
    );
  });

  it("treats a missing ForecastingQuota as 'no quotas', not as a failure", async () => {
    const { client } = setup([() => page([opp("006A", 1)], 1), users, () => sfError(400, "INVALID_TYPE", "sObject type 'ForecastingQuota' is not supported.")]);
    const pull = await pullPipeline({ client, clock: CLOCK });
    expect(pull.quotas).toBeNull();
    expect(pull.quotasUnavailable).toContain("ForecastingQuota is not available");
    expect(Object.keys(pull.records)).toEqual(["006A"]);
  });

  it("returns nothing when any query fails: the whole pull throws", async () => {
    const { client } = setup([() => page([opp("006A", 1)], 1), () => sfError(401, "INVALID_SESSION_ID", "Session expired or invalid")]);
    await expect(pullPipeline({ client, clock: CLOCK })).rejects.toMatchObject({ code: "sign_in_required" });
    const quotaFails = setup([() => page([opp("006A", 1)], 1), users, () => sfError(403, "INSUFFICIENT_ACCESS", "insufficient access rights")]);
    await expect(pullPipeline({ client: quotaFails.client, clock: CLOCK })).rejects.toMatchObject({ code: "access_denied" });
  });

  it("refuses a record without an Id rather than merging it away", async () => {
    const { client } = setup([() => page([rec({ Name: "no id" })], 1)]);
    await expect(pullPipeline({ client, clock: CLOCK })).rejects.toMatchObject({ code: "unexpected_response" });
  });

  it("does a full pull when the previous pull has no high-water mark, and skips quotas when told", async () => {
    const { client, stub } = setup([() => page([opp("006A", 1)], 1), users]);
    const pull = await pullPipeline({ client, previous: { records: recordsById([]), maxSystemModstamp: null }, options: { quotas: false }, clock: CLOCK });
    expect(pull.incremental).toBe(false);
    expect(soqlOf(stub.calls[0].url)).not.toContain("WHERE");
    expect(pull.quotas).toBeNull();
    expect(stub.calls).toHaveLength(2);
  });
});

describe("mergeRecords", () => {
  it("is 'apply the changes, then remove the deletions', and leaves its input alone", () => {
    const record = fc.record({ Id: fc.constantFrom("a", "b", "c", "d", "e", "constructor", "__proto__"), SystemModstamp: fc.constantFrom(stamp(1), stamp(2)) });
    fc.assert(
      fc.property(fc.array(record), fc.array(record), fc.array(fc.constantFrom("a", "b", "c", "z", "__proto__")), (before, changed, deleted) => {
        const previous = recordsById(before);
        const snapshot = JSON.stringify(Object.entries(previous));
        const { records } = mergeRecords(previous, changed, deleted);
        const model = new Map(Object.entries(previous));
        for (const r of changed) model.set(r.Id, r);
        for (const id of deleted) model.delete(id);
        expect(new Map(Object.entries(records))).toEqual(model);
        expect(JSON.stringify(Object.entries(previous))).toBe(snapshot);
      }),
    );
  });
});
