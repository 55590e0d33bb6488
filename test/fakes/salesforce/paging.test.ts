/** Paging through query locators, batch sizes, locator expiry, and query vs queryAll. */
import { startFakeSalesforce, type FakeSalesforce } from "./index";
import { allPages, api, soql } from "./testClient";

let sf: FakeSalesforce;
beforeAll(async () => {
  // 30 seeded + 2,470 generated live opportunities = 2,500.
  sf = await startFakeSalesforce({ opportunities: 2470 });
});
afterAll(() => sf.close());

const LOCATOR_URL = /^\/services\/data\/v61\.0\/query\/01g[A-Za-z0-9]{15}-(\d+)$/;

describe("paging", () => {
  it("serves 2,000 records a page by default, then the rest through nextRecordsUrl", async () => {
    const first = await soql(sf, "SELECT Id, Name FROM Opportunity");
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual(["totalSize", "done", "nextRecordsUrl", "records"]);
    expect(first.body).toMatchObject({ totalSize: 2500, done: false });
    expect(first.body.records).toHaveLength(2000);
    expect(first.body.nextRecordsUrl).toMatch(LOCATOR_URL);
    expect(LOCATOR_URL.exec(first.body.nextRecordsUrl)?.[1]).toBe("2000");
    const second = await api(sf, first.body.nextRecordsUrl);
    expect(second.body).toMatchObject({ totalSize: 2500, done: true });
    expect(second.body.nextRecordsUrl).toBeUndefined();
    expect(second.body.records).toHaveLength(500);
    const ids = [...first.body.records, ...second.body.records].map((r: { Id: string }) => r.Id);
    expect(new Set(ids).size).toBe(2500);
  });

  it("honours Sforce-Query-Options batchSize within 200–2,000", async () => {
    const pages = await allPages(sf, "SELECT Id FROM Opportunity ORDER BY Name", { batchSize: 1000 });
    expect(pages.map((p) => p.records.length)).toEqual([1000, 1000, 500]);
    expect(pages.slice(0, -1).map((p) => LOCATOR_URL.exec(p.nextRecordsUrl)?.[1])).toEqual(["1000", "2000"]);
    const small = await soql(sf, "SELECT Id FROM Opportunity", { batchSize: 50 });
    expect(small.body.records).toHaveLength(200);
    const large = await soql(sf, "SELECT Id FROM Opportunity", { batchSize: 5000 });
    expect(large.body.records).toHaveLength(2000);
  });

  it("keeps each page in the version of the request and re-serves a page on retry", async () => {
    const first = await soql(sf, "SELECT Id FROM Opportunity", { version: "58.0", batchSize: 2000 });
    expect(first.body.nextRecordsUrl).toMatch(/^\/services\/data\/v58\.0\/query\/01g/);
    const again1 = await api(sf, first.body.nextRecordsUrl);
    const again2 = await api(sf, first.body.nextRecordsUrl);
    expect(again2.body).toEqual(again1.body);
    expect(again1.body.records[0].attributes.url).toMatch(/^\/services\/data\/v58\.0\/sobjects\/Opportunity\//);
  });

  it("serves smaller pages than asked when the server says so (the batch size is a hint)", async () => {
    const stingy = await startFakeSalesforce({ batchSize: (requested) => Math.min(requested, 7) });
    try {
      const pages = await allPages(stingy, "SELECT Id FROM Account");
      expect(pages.map((p) => p.records.length)).toEqual([7, 2]);
    } finally {
      await stingy.close();
    }
  });

  it("answers INVALID_QUERY_LOCATOR for an expired, released or made-up locator", async () => {
    const first = await soql(sf, "SELECT Id FROM Opportunity");
    sf.clock.advance(16 * 60_000);
    const expired = await api(sf, first.body.nextRecordsUrl);
    expect(expired.status).toBe(400);
    expect(expired.body).toEqual([{ message: "invalid query locator", errorCode: "INVALID_QUERY_LOCATOR" }]);

    const next = await soql(sf, "SELECT Id FROM Opportunity");
    sf.expireLocators();
    expect((await api(sf, next.body.nextRecordsUrl)).body[0].errorCode).toBe("INVALID_QUERY_LOCATOR");
    expect((await api(sf, "/services/data/v61.0/query/01gHs0000000999AAA-2000")).body[0].errorCode).toBe("INVALID_QUERY_LOCATOR");
    const past = (await soql(sf, "SELECT Id FROM Opportunity")).body.nextRecordsUrl.replace(/-\d+$/, "-99999");
    expect((await api(sf, past)).body[0].errorCode).toBe("INVALID_QUERY_LOCATOR");
  });

  it("keeps the result of a locator as it was when queried", async () => {
    const first = await soql(sf, "SELECT Id, StageName FROM Opportunity ORDER BY Id");
    const lastId = sf.store.ids("Opportunity").slice(-1)[0];
    sf.store.update(lastId, { StageName: "Closed Lost" });
    const second = await api(sf, first.body.nextRecordsUrl);
    const row = second.body.records.find((r: { Id: string }) => r.Id === lastId);
    expect(row.StageName).not.toBe("Closed Lost");
  });
});

describe("query vs queryAll", () => {
  it("query never returns soft-deleted records; queryAll returns them with IsDeleted true", async () => {
    const own = await startFakeSalesforce();
    try {
      const deleted = own.seed?.deletedOpportunityId as string;
      const live = await soql(own, "SELECT Id, IsDeleted FROM Opportunity");
      expect(live.body.records.some((r: { Id: string }) => r.Id === deleted)).toBe(false);
      const all = await soql(own, "SELECT Id, IsDeleted FROM Opportunity", { all: true });
      expect(all.body.totalSize).toBe(live.body.totalSize + 1);
      expect(all.body.records.find((r: { Id: string }) => r.Id === deleted)).toMatchObject({ IsDeleted: true });
      expect((await soql(own, "SELECT Id FROM Opportunity WHERE IsDeleted = true")).body.totalSize).toBe(0);

      const victim = own.seed?.opportunities[0] as string;
      const before = (await soql(own, `SELECT SystemModstamp FROM Opportunity WHERE Id = '${victim}'`)).body.records[0].SystemModstamp;
      own.store.softDelete(victim);
      expect((await soql(own, `SELECT Id FROM Opportunity WHERE Id = '${victim}'`)).body.totalSize).toBe(0);
      const gone = (await soql(own, `SELECT IsDeleted, SystemModstamp FROM Opportunity WHERE Id = '${victim}'`, { all: true })).body.records[0];
      expect(gone.IsDeleted).toBe(true);
      expect(gone.SystemModstamp > before).toBe(true);
      own.store.undelete(victim);
      expect((await soql(own, `SELECT Id FROM Opportunity WHERE Id = '${victim}'`)).body.totalSize).toBe(1);
    } finally {
      await own.close();
    }
  });

  it("pages queryAll through the same /query/ locator URL, deleted records included", async () => {
    const own = await startFakeSalesforce({ opportunities: 300 });
    try {
      for (const id of own.store.ids("Opportunity").slice(0, 10)) own.store.softDelete(id);
      const pages = await allPages(own, "SELECT Id, IsDeleted FROM Opportunity", { all: true, batchSize: 200 });
      expect(pages[0].nextRecordsUrl).toMatch(/\/query\/01g/);
      const rows = pages.flatMap((p) => p.records);
      expect(rows).toHaveLength(331);
      expect(rows.filter((r) => r.IsDeleted)).toHaveLength(11);
    } finally {
      await own.close();
    }
  });

  it("update bumps SystemModstamp and LastModifiedDate from the fake's clock", async () => {
    const id = sf.seed?.accounts.acme as string;
    sf.clock.set("2026-07-01T08:00:00Z");
    sf.issueToken({ accessToken: "after-jump" });
    sf.store.update(id, { Industry: "Aerospace" });
    const row = (await soql(sf, `SELECT Industry, SystemModstamp, LastModifiedDate FROM Account WHERE Id = '${id}'`, { token: "after-jump" })).body.records[0];
    expect(row).toEqual(expect.objectContaining({ Industry: "Aerospace", SystemModstamp: "2026-07-01T08:00:01.000+0000", LastModifiedDate: "2026-07-01T08:00:01.000+0000" }));
    const since = await soql(sf, "SELECT Id FROM Account WHERE SystemModstamp > 2026-07-01T08:00:00Z", { token: "after-jump" });
    expect(since.body.records.map((r: { Id: string }) => r.Id)).toEqual([id]);
  });
});
