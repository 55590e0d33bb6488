/** Every fault kind, and that faults are consumed in order at predictable requests. */
import { DEFAULT_CLIENT_ID, startFakeSalesforce, type FakeSalesforce } from "./index";
import { api, rawGet, soql } from "./testClient";

let sf: FakeSalesforce;
beforeAll(async () => {
  sf = await startFakeSalesforce({ opportunities: 470 });
});
afterAll(() => sf.close());
afterEach(() => sf.faults.clear());

const QUERY = "SELECT Id, Name FROM Opportunity";
const queryUrl = (): string => `${sf.url}/services/data/v61.0/query?q=${encodeURIComponent(QUERY)}`;

describe("faults", () => {
  it("expiredSession: 401 INVALID_SESSION_ID once; with revoke the token stays dead until a refresh", async () => {
    sf.faults.push({ kind: "expiredSession", on: "query" });
    expect((await soql(sf, QUERY)).body).toEqual([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);
    expect((await soql(sf, QUERY)).status).toBe(200);

    const session = sf.issueToken();
    sf.faults.push({ kind: "expiredSession", revoke: true });
    expect((await soql(sf, QUERY, { token: session.access_token })).status).toBe(401);
    expect((await soql(sf, QUERY, { token: session.access_token })).status).toBe(401);
    const refreshed = await api(sf, "/services/oauth2/token", {
      method: "POST",
      token: null,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", client_id: DEFAULT_CLIENT_ID, refresh_token: session.refresh_token as string }).toString(),
    });
    expect(refreshed.status).toBe(200);
    expect((await soql(sf, QUERY, { token: refreshed.body.access_token })).status).toBe(200);
  });

  it("requestLimit: 403 REQUEST_LIMIT_EXCEEDED", async () => {
    sf.faults.push({ kind: "requestLimit" });
    const response = await soql(sf, QUERY);
    expect(response.status).toBe(403);
    expect(response.body).toEqual([{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }]);
  });

  it("serverError: 500 UNKNOWN_EXCEPTION or 503 SERVER_UNAVAILABLE, with a JSON body", async () => {
    sf.faults.push({ kind: "serverError" }, { kind: "serverError", status: 503 });
    const first = await soql(sf, QUERY);
    expect(first.status).toBe(500);
    expect(first.body[0].errorCode).toBe("UNKNOWN_EXCEPTION");
    const second = await soql(sf, QUERY);
    expect(second.status).toBe(503);
    expect(second.body[0].errorCode).toBe("SERVER_UNAVAILABLE");
    expect((await soql(sf, QUERY)).status).toBe(200);
  });

  it("staleLocator: the next next-page request finds its locator gone", async () => {
    sf.faults.push({ kind: "staleLocator" });
    const first = await soql(sf, QUERY, { batchSize: 200 });
    expect(first.status).toBe(200);
    const stale = await api(sf, first.body.nextRecordsUrl);
    expect(stale.status).toBe(400);
    expect(stale.body).toEqual([{ message: "invalid query locator", errorCode: "INVALID_QUERY_LOCATOR" }]);
    // The locator really is gone: a retry fails too, a fresh query works.
    expect((await api(sf, first.body.nextRecordsUrl)).status).toBe(400);
    expect((await soql(sf, QUERY)).status).toBe(200);
  });

  it("drop: the connection dies before the headers, after them, or half-way through the body", async () => {
    const headers = { Authorization: `Bearer ${sf.token}` };
    sf.faults.push({ kind: "drop", at: "beforeHeaders" });
    const before = await rawGet(queryUrl(), headers);
    expect(before.status).toBeUndefined();
    expect(before.error).toMatch(/socket hang up|ECONNRESET/);

    sf.faults.push({ kind: "drop", at: "afterHeaders" });
    const after = await rawGet(queryUrl(), headers);
    expect(after.status).toBe(200);
    expect(after.body).toBe("");
    expect(after.error).toBeDefined();

    sf.faults.push({ kind: "drop" });
    const mid = await rawGet(queryUrl(), headers);
    expect(mid.status).toBe(200);
    expect(mid.body.length).toBeGreaterThan(100);
    expect(() => JSON.parse(mid.body)).toThrow();
    expect(mid.error).toBeDefined();

    sf.faults.push({ kind: "drop", on: "nextPage" });
    const first = await soql(sf, QUERY, { batchSize: 200 });
    await expect(api(sf, first.body.nextRecordsUrl)).rejects.toThrow();
    // The page can be fetched again after the drop, as a client's retry would.
    expect((await api(sf, first.body.nextRecordsUrl)).body.records).toHaveLength(200);
  });

  it("delay: the response comes late but whole", async () => {
    sf.faults.push({ kind: "delay", ms: 150 });
    const started = Date.now();
    const response = await soql(sf, QUERY);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
  });

  it("are consumed in order, by request number, after skips and for a number of times", async () => {
    sf.faults.push({ kind: "serverError", on: "nextPage", skip: 1 }, { kind: "requestLimit", times: 2 });
    const first = await soql(sf, QUERY, { batchSize: 200 });
    expect(first.status).toBe(403);
    expect((await soql(sf, QUERY)).status).toBe(403);
    const ok = await soql(sf, QUERY, { batchSize: 200 });
    expect(ok.status).toBe(200);
    const page2 = await api(sf, ok.body.nextRecordsUrl);
    expect(page2.status).toBe(200);
    expect((await api(sf, page2.body.nextRecordsUrl)).status).toBe(500);
    expect(sf.faults.pending).toEqual([]);

    const next = sf.stats.requests + 2;
    sf.faults.push({ kind: "serverError", on: "any", atRequest: next });
    expect((await soql(sf, QUERY)).status).toBe(200);
    expect((await soql(sf, QUERY)).status).toBe(500);
    expect(sf.faults.applied.slice(-1)[0]).toMatchObject({ request: next, kind: "serverError" });
    expect(sf.requests.find((r) => r.n === next)).toMatchObject({ kind: "query", status: 500, fault: "serverError" });
  });
});

describe("request log", () => {
  it("records method, path, query and the headers of interest", async () => {
    await soql(sf, "SELECT Id FROM Account", { batchSize: 500 });
    const entry = sf.requests[sf.requests.length - 1];
    expect(entry).toMatchObject({
      method: "GET",
      path: "/services/data/v61.0/query",
      query: { q: "SELECT Id FROM Account" },
      headers: { authorization: `Bearer ${sf.token}`, "sforce-query-options": "batchSize=500" },
      kind: "query",
      status: 200,
    });
  });
});
