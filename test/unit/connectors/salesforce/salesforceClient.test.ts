import { collectQuery, SalesforceClient, type SalesforceClientOptions } from "../../../../src/connectors/salesforce/salesforceClient";
import { SalesforceUsageError } from "../../../../src/connectors/salesforce/salesforceError";
import { fetchStub, noSleep, page, rec, type StubHandler } from "./fetchStub";

const INSTANCE = "https://acme.my.salesforce.com";

function client(handlers: StubHandler[], options: Partial<SalesforceClientOptions> = {}) {
  const stub = fetchStub(handlers);
  const sf = new SalesforceClient({ instanceUrl: INSTANCE, tokens: { accessToken: () => "TOKEN-1" }, fetch: stub.fetch, sleep: noSleep, random: () => 0.5, ...options });
  return { sf, stub };
}

describe("SalesforceClient.queryPages", () => {
  it("follows nextRecordsUrl across three pages, sending the batch size and the bearer token on each", async () => {
    const soql = "SELECT Id, Name FROM Opportunity WHERE Amount > 100";
    const { sf, stub } = client([
      () => page([rec({ Id: "006A" }), rec({ Id: "006B" })], 5, "/services/data/v61.0/query/01gXX-2", { "Sforce-Limit-Info": "api-usage=10/15000" }),
      () => page([rec({ Id: "006C" }), rec({ Id: "006D" })], 5, "/services/data/v61.0/query/01gXX-4", { "Sforce-Limit-Info": "api-usage=11/15000" }),
      () => page([rec({ Id: "006E" })], 5, undefined, { "Sforce-Limit-Info": "api-usage=12/15000; per-app-api-usage=3/100(appName=SalesOps)" }),
    ]);
    const pages = [];
    for await (const p of sf.queryPages(soql, { batchSize: 200 })) pages.push(p);

    expect(pages.map((p) => p.records.map((r) => r.Id))).toEqual([["006A", "006B"], ["006C", "006D"], ["006E"]]);
    expect(pages.every((p) => p.totalSize === 5 && !p.restarted)).toBe(true);
    expect(stub.calls.map((c) => c.url)).toEqual([
      `${INSTANCE}/services/data/v61.0/query?q=${encodeURIComponent(soql)}`,
      `${INSTANCE}/services/data/v61.0/query/01gXX-2`,
      `${INSTANCE}/services/data/v61.0/query/01gXX-4`,
    ]);
    for (const call of stub.calls) {
      expect(call.method).toBe("GET");
      expect(call.headers["sforce-query-options"]).toBe("batchSize=200");
      expect(call.headers.authorization).toBe("Bearer TOKEN-1");
      expect(call.headers.accept).toBe("application/json");
    }
    expect(sf.lastApiUsage).toEqual({ used: 12, limit: 15000 });
    expect(sf.requestCount).toBe(3);
  });

  it("uses queryAll when asked, the default API version 61.0, and no batch header unless asked", async () => {
    const { sf, stub } = client([() => page([], 0)]);
    await collectQuery(sf, "SELECT Id FROM Opportunity", { all: true });
    expect(stub.calls[0].url.startsWith(`${INSTANCE}/services/data/v61.0/queryAll?q=`)).toBe(true);
    expect(stub.calls[0].headers["sforce-query-options"]).toBeUndefined();
  });

  it("refuses batch sizes outside Salesforce's 200–2000 before sending anything", async () => {
    for (const batchSize of [199, 2001, 500.5]) {
      const { sf, stub } = client([]);
      await expect(collectQuery(sf, "SELECT Id FROM User", { batchSize })).rejects.toThrow(SalesforceUsageError);
      expect(stub.calls).toHaveLength(0);
    }
    const { sf } = client([() => page([], 0)]);
    await expect(collectQuery(sf, "SELECT Id FROM User", { batchSize: 2000 })).resolves.toEqual({ records: [], totalSize: 0 });
  });

  it("validates the API version and the instance URL", () => {
    const base = { tokens: { accessToken: () => "t" }, fetch: fetchStub([]).fetch };
    expect(() => new SalesforceClient({ ...base, instanceUrl: INSTANCE, apiVersion: "v61" })).toThrow(SalesforceUsageError);
    expect(() => new SalesforceClient({ ...base, instanceUrl: INSTANCE, apiVersion: "61.00" })).toThrow(SalesforceUsageError);
    expect(new SalesforceClient({ ...base, instanceUrl: INSTANCE, apiVersion: "58.0" }).apiVersion).toBe("58.0");
    expect(() => new SalesforceClient({ ...base, instanceUrl: "http://acme.my.salesforce.com" })).toThrow(/https/);
    expect(new SalesforceClient({ ...base, instanceUrl: "http://127.0.0.1:8443/" }).instanceUrl).toBe("http://127.0.0.1:8443");
  });

  it("never sends the token to a nextRecordsUrl on another host", async () => {
    const { sf, stub } = client([() => page([rec({ Id: "006A" })], 2, "https://evil.example.com/services/data/v61.0/query/x")]);
    await expect(collectQuery(sf, "SELECT Id FROM Opportunity")).rejects.toMatchObject({ code: "unexpected_response" });
    expect(stub.calls).toHaveLength(1);
  });

  it("reports a 2xx that is not a query result as unexpected_response", async () => {
    const { sf } = client([() => new Response(JSON.stringify({ hello: "world" }), { status: 200 })]);
    await expect(collectQuery(sf, "SELECT Id FROM Opportunity")).rejects.toMatchObject({ code: "unexpected_response" });
  });

  it("calls fetch unbound, as browsers require", async () => {
    const receivers: unknown[] = [];
    const unbound = function (this: unknown): Promise<Response> {
      receivers.push(this);
      return Promise.resolve(page([], 0));
    } as unknown as typeof fetch;
    const sf = new SalesforceClient({ instanceUrl: INSTANCE, tokens: { accessToken: () => "t" }, fetch: unbound });
    await collectQuery(sf, "SELECT Id FROM User");
    expect(receivers).toEqual([undefined]);
  });

  it("reports the running count to onPage", async () => {
    const { sf } = client([() => page([rec({ Id: "1" }), rec({ Id: "2" })], 3, "/services/data/v61.0/query/l-2"), () => page([rec({ Id: "3" })], 3)]);
    const seen: [number, number][] = [];
    await collectQuery(sf, "SELECT Id FROM Opportunity", { onPage: (received, total) => seen.push([received, total]) });
    expect(seen).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });
});
