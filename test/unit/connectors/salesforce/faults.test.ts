import type { CorsProbe } from "../../../../src/connectors/salesforce/corsProbe";
import { noCorsProbe } from "../../../../src/connectors/salesforce/corsProbe";
import { collectQuery, SalesforceClient, type SalesforceClientOptions } from "../../../../src/connectors/salesforce/salesforceClient";
import { SalesforceError } from "../../../../src/connectors/salesforce/salesforceError";
import type { TokenSource } from "../../../../src/connectors/salesforce/tokenSource";
import { brokenBody, fetchStub, json, page, rec, rejectTypeError, sfError, type StubHandler } from "./fetchStub";

const INSTANCE = "https://acme.my.salesforce.com";
const OPPORTUNITY_SOQL = "SELECT Id, Name, Amount, Region__c FROM Opportunity";

function setup(handlers: StubHandler[], options: Partial<SalesforceClientOptions> = {}) {
  const stub = fetchStub(handlers);
  const sleeps: number[] = [];
  const sf = new SalesforceClient({
    instanceUrl: INSTANCE,
    tokens: { accessToken: () => "OLD" },
    fetch: stub.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => new Date("2026-11-27T10:00:00Z"),
    ...options,
  });
  return { sf, stub, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<SalesforceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SalesforceError) return error;
    throw error;
  }
  throw new Error("expected a SalesforceError");
}

const expired = () => sfError(401, "INVALID_SESSION_ID", "Session expired or invalid");
const ok = () => page([rec({ Id: "006A" })], 1);

describe("401 INVALID_SESSION_ID", () => {
  it("refreshes once and retries with the new token", async () => {
    let refreshes = 0;
    const tokens: TokenSource = {
      accessToken: () => "OLD",
      refresh: async () => {
        refreshes += 1;
        return "NEW";
      },
    };
    const { sf, stub } = setup([expired, ok], { tokens });
    const { records } = await collectQuery(sf, OPPORTUNITY_SOQL);
    expect(records.map((r) => r.Id)).toEqual(["006A"]);
    expect(refreshes).toBe(1);
    expect(stub.calls.map((c) => c.headers.authorization)).toEqual(["Bearer OLD", "Bearer NEW"]);
  });

  it("gives sign_in_required when the retry gets 401 again, without refreshing twice", async () => {
    let refreshes = 0;
    const tokens: TokenSource = { accessToken: () => "OLD", refresh: async () => `NEW${(refreshes += 1)}` };
    const { sf, stub } = setup([expired, expired], { tokens });
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("sign_in_required");
    expect(error.message).toBe("Your Salesforce session has expired: sign in again.");
    expect(refreshes).toBe(1);
    expect(stub.remaining()).toBe(0);
  });

  it("gives sign_in_required when there is no refresh, or the refresh fails", async () => {
    const none = setup([expired]);
    expect((await failure(collectQuery(none.sf, OPPORTUNITY_SOQL))).code).toBe("sign_in_required");
    const refused = setup([expired], { tokens: { accessToken: () => "OLD", refresh: () => Promise.reject(new Error("invalid_grant")) } });
    const error = await failure(collectQuery(refused.sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("sign_in_required");
    expect(refused.stub.calls).toHaveLength(1);
  });

  it("keeps a refresh that failed for want of a network a network error", async () => {
    const offline = new SalesforceError("network", "Salesforce (login.salesforce.com) could not be reached after 1 attempt: …");
    const { sf } = setup([expired], { tokens: { accessToken: () => "OLD", refresh: () => Promise.reject(offline) } });
    expect(await failure(collectQuery(sf, OPPORTUNITY_SOQL))).toBe(offline);
  });
});

describe("REQUEST_LIMIT_EXCEEDED, 5xx and network faults", () => {
  const limit = () => sfError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", { "Sforce-Limit-Info": "api-usage=15000/15000" });

  it("retries REQUEST_LIMIT_EXCEEDED with exponential backoff and jitter, then quotes the org's usage", async () => {
    const { sf, stub, sleeps } = setup([limit, limit, limit, limit, limit]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("api_limit");
    expect(error.message).toBe(
      "Salesforce refused more API requests: the org has used 15,000 of its 15,000 daily requests (Sforce-Limit-Info api-usage=15000/15000). Try again after the limit resets, or ask your admin to raise the org's API request limit or to find the integration using it up (Setup → System Overview shows the usage).",
    );
    expect(error.apiUsage).toEqual({ used: 15000, limit: 15000 });
    expect(stub.calls).toHaveLength(5);
    // 500, 1000, 2000, 4000 ms ceilings with equal jitter at random() = 0.5: 3/4 of each.
    expect(sleeps).toEqual([375, 750, 1500, 3000]);
  });

  it("recovers when the limit clears before the retries run out", async () => {
    const { sf, sleeps } = setup([limit, limit, ok]);
    expect((await collectQuery(sf, OPPORTUNITY_SOQL)).records).toHaveLength(1);
    expect(sleeps).toHaveLength(2);
  });

  it("retries a 503 and succeeds", async () => {
    const { sf, stub, sleeps } = setup([() => new Response("<html>Service Unavailable</html>", { status: 503 }), ok]);
    expect((await collectQuery(sf, OPPORTUNITY_SOQL)).records.map((r) => r.Id)).toEqual(["006A"]);
    expect(stub.calls).toHaveLength(2);
    expect(sleeps).toEqual([375]);
  });

  it("waits as long as Retry-After says, in seconds or as a date", async () => {
    const { sf, sleeps } = setup([
      () => new Response("", { status: 503, headers: { "Retry-After": "2" } }),
      () => new Response("", { status: 503, headers: { "Retry-After": "Fri, 27 Nov 2026 10:00:05 GMT" } }),
      ok,
    ]);
    await collectQuery(sf, OPPORTUNITY_SOQL);
    expect(sleeps).toEqual([2000, 5000]);
  });

  it("does not sit out a Retry-After longer than the policy allows: it says when to try again", async () => {
    const { sf, sleeps } = setup([() => new Response("", { status: 503, headers: { "Retry-After": "3600" } })]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("unavailable");
    expect(error.message).toContain("wait 3600 seconds");
    expect(sleeps).toEqual([]);
  });

  it("gives unavailable after a 5xx on every attempt", async () => {
    const down = () => new Response("", { status: 502 });
    const { sf, stub } = setup([down, down, down, down, down]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error).toMatchObject({ code: "unavailable", status: 502 });
    expect(error.message).toContain("after 5 attempts");
    expect(stub.calls).toHaveLength(5);
  });

  it("retries when the body breaks off mid-stream, and when the JSON arrives truncated", async () => {
    const { sf, stub } = setup([brokenBody, () => new Response('{"totalSize":1,"done":true,"records":[{"Id":"006', { status: 200 }), ok]);
    expect((await collectQuery(sf, OPPORTUNITY_SOQL)).records.map((r) => r.Id)).toEqual(["006A"]);
    expect(stub.calls).toHaveLength(3);
  });

  it("gives network after fetch rejects on every attempt (Node: no CORS probe)", async () => {
    const { sf, stub } = setup([rejectTypeError, rejectTypeError, rejectTypeError, rejectTypeError, rejectTypeError]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("network");
    expect(error.message).toBe("Salesforce (acme.my.salesforce.com) could not be reached after 5 attempts: check your internet connection, proxy or VPN, and try again.");
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(stub.calls).toHaveLength(5);
  });

  it("shares one retry budget per request across fault kinds, and a new one per page", async () => {
    const { sf } = setup([
      limit,
      () => new Response("", { status: 500 }),
      () => page([rec({ Id: "1" })], 2, "/services/data/v61.0/query/loc-1"),
      rejectTypeError,
      rejectTypeError,
      rejectTypeError,
      rejectTypeError,
      () => page([rec({ Id: "2" })], 2),
    ]);
    expect((await collectQuery(sf, OPPORTUNITY_SOQL)).records.map((r) => r.Id)).toEqual(["1", "2"]);
  });

  it("says the concurrency limit is not the daily limit when the usage is below it", async () => {
    const busy = () => sfError(403, "REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded.", { "Sforce-Limit-Info": "api-usage=120/15000" });
    const { sf } = setup([busy, busy, busy, busy, busy]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("api_limit");
    expect(error.message).toContain("ConcurrentPerOrgLongTxn Limit exceeded.");
    expect(error.message).toContain("120 of its 15,000 daily requests");
    expect(error.message).toContain("try again in a few minutes");
  });

  it("stops at once when the caller aborts", async () => {
    const controller = new AbortController();
    const { sf, stub } = setup([
      () => {
        controller.abort();
        throw new DOMException("The operation was aborted.", "AbortError");
      },
    ]);
    expect((await failure(collectQuery(sf, OPPORTUNITY_SOQL, { signal: controller.signal }))).code).toBe("cancelled");
    expect(stub.calls).toHaveLength(1);
  });
});

describe("INVALID_QUERY_LOCATOR", () => {
  it("restarts the query from the first page and counts nothing twice", async () => {
    const lost = () => sfError(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    const { sf, stub } = setup([
      () => page([rec({ Id: "1" }), rec({ Id: "2" })], 4, "/services/data/v61.0/query/loc-2"),
      lost,
      () => page([rec({ Id: "1" }), rec({ Id: "2" })], 4, "/services/data/v61.0/query/loc2-2"),
      () => page([rec({ Id: "3" }), rec({ Id: "4" })], 4),
    ]);
    const pages = [];
    for await (const p of sf.queryPages(OPPORTUNITY_SOQL)) pages.push(p);
    expect(pages.map((p) => p.restarted)).toEqual([false, true, false]);
    expect(stub.calls[2].url).toBe(stub.calls[0].url);

    const again = setup([
      () => page([rec({ Id: "1" }), rec({ Id: "2" })], 4, "/services/data/v61.0/query/loc-2"),
      lost,
      () => page([rec({ Id: "1" }), rec({ Id: "2" })], 4, "/services/data/v61.0/query/loc2-2"),
      () => page([rec({ Id: "3" }), rec({ Id: "4" })], 4),
    ]);
    expect((await collectQuery(again.sf, OPPORTUNITY_SOQL)).records.map((r) => r.Id)).toEqual(["1", "2", "3", "4"]);
  });

  it("gives up after two restarts", async () => {
    const first = () => page([rec({ Id: "1" })], 2, "/services/data/v61.0/query/loc-1");
    const lost = () => sfError(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    const { sf, stub } = setup([first, lost, first, lost, first, lost]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("query_restarted");
    expect(error.message).toContain("Opportunity query 3 times");
    expect(stub.remaining()).toBe(0);
  });
});

describe("query errors", () => {
  it("names the custom field of the mapping that does not exist", async () => {
    const message = "\nSELECT Id, Name, Amount, Region__c FROM Opportunity\n                         ^\nERROR at Row:1:Column:26\nNo such column 'Region__c' on entity 'Opportunity'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";
    const { sf } = setup([() => sfError(400, "INVALID_FIELD", message)]);
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL, { mappedFields: ["Region__c"] }));
    expect(error).toMatchObject({ code: "invalid_field", field: "Region__c", object: "Opportunity", salesforceCode: "INVALID_FIELD" });
    expect(error.message).toBe(
      "The field Region__c in your mapping does not exist on Opportunity in this org (Salesforce said: No such column 'Region__c' on entity 'Opportunity'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.). Fix the field name in the mapping or ask your admin for access.",
    );
  });

  it("finds a mapped field named in a MALFORMED_QUERY message, and a broken relationship by its first segment", async () => {
    const soql = "SELECT Id, Product__r.Family__c FROM Opportunity";
    const { sf } = setup([() => sfError(400, "MALFORMED_QUERY", "Didn't understand relationship 'Product__r' in field path.")]);
    const error = await failure(collectQuery(sf, soql, { mappedFields: ["Product__r.Family__c"] }));
    expect(error).toMatchObject({ code: "invalid_field", field: "Product__r.Family__c" });
    expect(error.message).toContain("in your mapping");
  });

  it("tells a single-currency org to turn multi-currency off", async () => {
    const { sf } = setup([() => sfError(400, "INVALID_FIELD", "No such column 'CurrencyIsoCode' on entity 'Opportunity'.")]);
    const error = await failure(collectQuery(sf, "SELECT Id, CurrencyIsoCode FROM Opportunity", { mappedFields: ["Region__c"] }));
    expect(error).toMatchObject({ code: "invalid_field", field: "CurrencyIsoCode" });
    expect(error.message).toContain("not multi-currency");
  });

  it("gives invalid_query when no field can be named, object_not_available for INVALID_TYPE, access_denied for other 403s", async () => {
    const malformed = setup([() => sfError(400, "MALFORMED_QUERY", "unexpected token: 'FORM'")]);
    expect((await failure(collectQuery(malformed.sf, "SELECT Id FROM Opportunity"))).code).toBe("invalid_query");
    const missing = setup([() => sfError(400, "INVALID_TYPE", "sObject type 'ForecastingQuota' is not supported.")]);
    expect(await failure(collectQuery(missing.sf, "SELECT Id FROM ForecastingQuota"))).toMatchObject({ code: "object_not_available", object: "ForecastingQuota" });
    const denied = setup([() => sfError(403, "API_DISABLED_FOR_ORG", "API is not enabled for this Organization or Partner")]);
    const error = await failure(collectQuery(denied.sf, "SELECT Id FROM Opportunity"));
    expect(error.code).toBe("access_denied");
    expect(error.message).toContain("API Enabled");
    const other = setup([() => json([{ errorCode: "NOT_FOUND", message: "The requested resource does not exist" }], 404)]);
    expect(await failure(collectQuery(other.sf, "SELECT Id FROM Opportunity"))).toMatchObject({ code: "request_failed", status: 404 });
  });
});

describe("CORS refusal versus network failure", () => {
  const ORIGIN = "https://salesops.example.com";

  it("calls it CORS when a no-cors probe reaches the server, and tells the admin exactly what to allow", async () => {
    const probeStub = fetchStub([() => new Response(null, { status: 200 }), () => new Response(null, { status: 200 })]);
    const { sf, stub } = setup([rejectTypeError, rejectTypeError], { corsProbe: noCorsProbe(probeStub.fetch, ORIGIN) });
    const error = await failure(collectQuery(sf, OPPORTUNITY_SOQL));
    expect(error.code).toBe("cors");
    expect(error.message).toContain('add "https://salesops.example.com" to the Allowed Origins List');
    expect(error.message).toContain("Setup → CORS");
    expect(error.message).toContain("Enable CORS for OAuth endpoints");
    expect(stub.calls).toHaveLength(2);
    expect(probeStub.calls.map((c) => [c.url, c.mode, c.headers.authorization])).toEqual([
      [`${INSTANCE}/services/data/`, "no-cors", undefined],
      [`${INSTANCE}/services/data/`, "no-cors", undefined],
    ]);
  });

  it("calls it network when the probe cannot reach the server either", async () => {
    const probe: CorsProbe = { origin: ORIGIN, reachable: async () => false };
    const { sf, stub } = setup([rejectTypeError, rejectTypeError, rejectTypeError, rejectTypeError, rejectTypeError], { corsProbe: probe });
    expect((await failure(collectQuery(sf, OPPORTUNITY_SOQL))).code).toBe("network");
    expect(stub.calls).toHaveLength(5);
  });

  it("does not call a passing blip CORS: one reachable refusal followed by an answer succeeds", async () => {
    const probe: CorsProbe = { origin: ORIGIN, reachable: async () => true };
    const { sf } = setup([rejectTypeError, ok], { corsProbe: probe });
    expect((await collectQuery(sf, OPPORTUNITY_SOQL)).records).toHaveLength(1);
  });
});

describe("cancelling during a backoff wait", () => {
  it("ends the wait at once instead of sleeping it out", async () => {
    const controller = new AbortController();
    const stub = fetchStub([() => new Response("", { status: 503 })]);
    const sf = new SalesforceClient({
      instanceUrl: INSTANCE,
      tokens: { accessToken: () => "T" },
      fetch: stub.fetch,
      // A sleep that never ends by itself: only the abort can end the wait.
      sleep: () => {
        controller.abort();
        return new Promise<void>(() => undefined);
      },
    });
    await expect(collectQuery(sf, OPPORTUNITY_SOQL, { signal: controller.signal })).rejects.toMatchObject({ code: "cancelled" });
    expect(stub.calls).toHaveLength(1);
  });
});
