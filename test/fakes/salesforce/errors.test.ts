/** Error bodies, sessions, versions, org switches (no multi-currency, no forecasting), limits and describe. */
import { startFakeSalesforce, type FakeSalesforce } from "./index";
import { api, soql } from "./testClient";

let sf: FakeSalesforce;
beforeAll(async () => {
  sf = await startFakeSalesforce();
});
afterAll(() => sf.close());

const SESSION_EXPIRED = [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }];

describe("query errors", () => {
  it("INVALID_FIELD for a column the object lacks, in Salesforce's words and with the place", async () => {
    const response = await soql(sf, "SELECT Id, Foo__c FROM Opportunity");
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        errorCode: "INVALID_FIELD",
        message:
          "\nSELECT Id, Foo__c FROM Opportunity\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo__c' on entity 'Opportunity'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
      },
    ]);
    const relationship = await soql(sf, "SELECT Id FROM Opportunity WHERE Owner.Nickname__c = 'x'");
    expect(relationship.body[0].message).toContain("No such column 'Nickname__c' on entity 'User'");
    const path = await soql(sf, "SELECT Id, Partner__r.Name FROM Opportunity");
    expect(path.body[0]).toMatchObject({ errorCode: "INVALID_FIELD", message: expect.stringContaining("Didn't understand relationship 'Partner__r' in field path.") });
    const typed = await soql(sf, "SELECT Id FROM Opportunity WHERE CloseDate = 2026-01-31T10:00:00Z");
    expect(typed.body[0]).toMatchObject({ errorCode: "INVALID_FIELD", message: expect.stringContaining("value of filter criterion for field 'CloseDate' must be of type date") });
    const quoted = await soql(sf, "SELECT Id FROM Opportunity WHERE Name = 5");
    expect(quoted.body[0].message).toMatch(/ERROR at Row:1:Column:34\nvalue of filter criterion for field 'Name' must be of type string and should be enclosed in quotes$/);
  });

  it("INVALID_TYPE for an object the org does not have", async () => {
    const response = await soql(sf, "SELECT Id FROM Merchandise__c");
    expect(response.status).toBe(400);
    expect(response.body[0].errorCode).toBe("INVALID_TYPE");
    expect(response.body[0].message).toContain("sObject type 'Merchandise__c' is not supported.");
  });

  it("MALFORMED_QUERY for bad syntax, a missing q, and whatever the fake does not evaluate, naming it", async () => {
    const syntax = await soql(sf, "SELECT Id FROM Opportunity WHERE");
    expect(syntax.body[0]).toMatchObject({ errorCode: "MALFORMED_QUERY", message: expect.stringContaining("unexpected token: <EOF>") });
    expect((await api(sf, "/services/data/v61.0/query")).body).toEqual([{ message: "A query string has to be specified", errorCode: "MALFORMED_QUERY" }]);
    const cases: Array<[string, string]> = [
      ["SELECT StageName, COUNT(Id) FROM Opportunity GROUP BY StageName", "COUNT(Id)"],
      ["SELECT Id FROM Opportunity GROUP BY Id", "GROUP BY"],
      ["SELECT Id, (SELECT Id FROM OpportunityLineItems) FROM Opportunity", "child relationship subquery"],
      ["SELECT toLabel(StageName) FROM Opportunity", "toLabel(StageName)"],
      ["SELECT Id FROM Opportunity WHERE AccountId IN (SELECT Id FROM Account)", "semi-join"],
      ["SELECT Id FROM Opportunity WHERE CALENDAR_YEAR(CloseDate) = 2026", "CALENDAR_YEAR(CloseDate)"],
      ["SELECT Id FROM Opportunity WHERE Amount > USD5000", "USD5000"],
      ["SELECT Id FROM Opportunity FOR UPDATE", "FOR VIEW/REFERENCE/UPDATE"],
    ];
    for (const [query, named] of cases) {
      const response = await soql(sf, query);
      expect([query, response.status, response.body[0].errorCode]).toEqual([query, 400, "MALFORMED_QUERY"]);
      expect(response.body[0].message.toLowerCase()).toContain(named.toLowerCase());
    }
    const offset = await soql(sf, "SELECT Id FROM Opportunity LIMIT 10 OFFSET 2001");
    expect(offset.body[0].errorCode).toBe("NUMBER_OUTSIDE_VALID_RANGE");
  });
});

describe("sessions and versions", () => {
  it("401 INVALID_SESSION_ID for a missing, unknown or expired token", async () => {
    for (const token of [null, "not-a-token"]) {
      const response = await soql(sf, "SELECT Id FROM Account", { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual(SESSION_EXPIRED);
    }
    const idle = sf.issueToken({ accessToken: "idle-token" });
    sf.clock.advance(2 * 3_600_000 + 1);
    expect((await soql(sf, "SELECT Id FROM Account", { token: idle.access_token })).status).toBe(401);
    sf.issueToken({ accessToken: sf.token });
    const expired = sf.issueToken();
    sf.oauth.expireAccessTokens(expired.access_token);
    expect((await soql(sf, "SELECT Id FROM Account", { token: expired.access_token })).body).toEqual(SESSION_EXPIRED);
    expect((await soql(sf, "SELECT Id FROM Account")).status).toBe(200);
  });

  it("lists versions without a session and answers 404 NOT_FOUND for an unsupported one", async () => {
    const versions = await api(sf, "/services/data/", { token: null });
    expect(versions.status).toBe(200);
    expect(versions.body).toContainEqual({ label: "Summer '24", url: "/services/data/v61.0", version: "61.0" });
    const unsupported = await soql(sf, "SELECT Id FROM Account", { version: "20.0" });
    expect(unsupported.status).toBe(404);
    expect(unsupported.body).toEqual([{ message: "The requested resource does not exist", errorCode: "NOT_FOUND" }]);
    expect((await api(sf, "/services/data/v61.0/nothing-here")).body[0].errorCode).toBe("NOT_FOUND");
    const post = await api(sf, "/services/data/v61.0/query?q=SELECT+Id+FROM+Account", { method: "POST", body: "" });
    expect(post.status).toBe(405);
    expect(post.body[0].errorCode).toBe("METHOD_NOT_ALLOWED");
  });
});

describe("limits", () => {
  it("counts API requests in Sforce-Limit-Info and /limits, and refuses past the daily limit", async () => {
    const own = await startFakeSalesforce({ dailyApiLimit: 5, apiUsage: 2, seed: "empty" });
    try {
      const first = await api(own, "/services/data/v61.0/limits");
      expect(first.headers.get("sforce-limit-info")).toBe("api-usage=3/5");
      expect(first.body.DailyApiRequests).toEqual({ Max: 5, Remaining: 2 });
      await api(own, "/services/data/v61.0/");
      const last = await soql(own, "SELECT Id FROM Account");
      expect(last.headers.get("sforce-limit-info")).toBe("api-usage=5/5");
      const refused = await soql(own, "SELECT Id FROM Account");
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual([{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }]);
      expect(own.stats).toMatchObject({ requests: 4, apiRequests: 3, apiUsage: 5, apiLimit: 5 });
    } finally {
      await own.close();
    }
  });
});

describe("org switches and describe", () => {
  it("without Collaborative Forecasts ForecastingQuota is INVALID_TYPE; single-currency orgs have no CurrencyIsoCode", async () => {
    const own = await startFakeSalesforce({ forecasting: false, multiCurrency: false });
    try {
      expect((await soql(own, "SELECT Id FROM ForecastingQuota")).body[0].errorCode).toBe("INVALID_TYPE");
      const currency = await soql(own, "SELECT Id, CurrencyIsoCode FROM Opportunity");
      expect(currency.body[0]).toMatchObject({ errorCode: "INVALID_FIELD", message: expect.stringContaining("No such column 'CurrencyIsoCode' on entity 'Opportunity'") });
      const describe = await api(own, "/services/data/v61.0/sobjects/Opportunity/describe");
      expect(describe.body.fields.map((f: { name: string }) => f.name)).not.toContain("CurrencyIsoCode");
      const global = await api(own, "/services/data/v61.0/sobjects");
      expect(global.body.sobjects.map((s: { name: string }) => s.name)).not.toContain("ForecastingQuota");
    } finally {
      await own.close();
    }
  });

  it("describes fields with types, relationships and custom flags", async () => {
    const describe = await api(sf, "/services/data/v61.0/sobjects/opportunity/describe");
    expect(describe.body.name).toBe("Opportunity");
    const byName = new Map(describe.body.fields.map((f: { name: string }) => [f.name, f]));
    expect(byName.get("OwnerId")).toMatchObject({ type: "reference", referenceTo: ["User"], relationshipName: "Owner", custom: false });
    expect(byName.get("Partner_Account__c")).toMatchObject({ type: "reference", referenceTo: ["Account"], relationshipName: "Partner_Account__r", custom: true });
    expect(byName.get("CurrencyIsoCode")).toMatchObject({ type: "picklist" });
    expect((await api(sf, "/services/data/v61.0/sobjects/Nope/describe")).status).toBe(404);
  });
});
