/** 200,000 generated opportunities: fast to make, paged 2,000 at a time without re-running the query. */
import { makeId, startFakeSalesforce, type FakeSalesforce } from "./index";
import { api, soql } from "./testClient";

const COUNT = 200_000;
let sf: FakeSalesforce;
let startupCpuMs = 0;

beforeAll(async () => {
  // CPU time rather than wall time: the machine is shared, the work is not.
  const started = process.cpuUsage();
  sf = await startFakeSalesforce({ opportunities: COUNT });
  const used = process.cpuUsage(started);
  startupCpuMs = (used.user + used.system) / 1000;
});
afterAll(() => sf.close());

describe("generated opportunities", () => {
  it("generate in a few seconds, deterministically", async () => {
    expect(startupCpuMs).toBeLessThan(5_000);
    const again = await startFakeSalesforce({ opportunities: 50 });
    try {
      const a = (await soql(sf, "SELECT Name, Amount, StageName, CloseDate FROM Opportunity WHERE Name LIKE 'Generated%' ORDER BY Name LIMIT 50")).body.records;
      const b = (await soql(again, "SELECT Name, Amount, StageName, CloseDate FROM Opportunity WHERE Name LIKE 'Generated%' ORDER BY Name LIMIT 50")).body.records;
      expect(b.map(({ attributes: _a, ...rest }: Record<string, unknown>) => rest)).toEqual(a.map(({ attributes: _a, ...rest }: Record<string, unknown>) => rest));
    } finally {
      await again.close();
    }
  });

  it("page at 2,000 a page: 101 pages from the first id to the last", async () => {
    const started = process.cpuUsage();
    let response = await soql(sf, "SELECT Id, Amount FROM Opportunity");
    const firstPage = response.body;
    let pages = 1;
    let last = firstPage.records[firstPage.records.length - 1];
    while (!response.body.done) {
      response = await api(sf, response.body.nextRecordsUrl);
      expect(response.body.records.length).toBeLessThanOrEqual(2000);
      pages++;
      last = response.body.records[response.body.records.length - 1];
    }
    expect(firstPage.totalSize).toBe(COUNT + 30);
    expect(pages).toBe(101);
    expect(firstPage.records[0].Id).toBe(makeId("006", 1));
    // 30 seeded, 1 seeded in the recycle bin (number 31), then the generated ones.
    expect(last.Id).toBe(makeId("006", COUNT + 31));
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(10_000);
  });

  it("filter and sort the whole set once per query", async () => {
    const started = Date.now();
    const response = await soql(sf, "SELECT Id, Amount, Owner.Name FROM Opportunity WHERE IsClosed = false AND Amount != null ORDER BY Amount DESC, Id LIMIT 2500");
    expect(response.body.totalSize).toBe(2500);
    const amounts = response.body.records.map((r: { Amount: number }) => r.Amount);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
