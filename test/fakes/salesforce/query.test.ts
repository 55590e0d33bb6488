/** SOQL evaluation against the small seed: fields, relationships, WHERE, ORDER BY, LIMIT/OFFSET, COUNT(). */
import { makeId, startFakeSalesforce, type FakeSalesforce } from "./index";
import { soql } from "./testClient";

let sf: FakeSalesforce;
beforeAll(async () => {
  sf = await startFakeSalesforce();
});
afterAll(() => sf.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const records = async (query: string): Promise<any[]> => {
  const response = await soql(sf, query);
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body.records;
};
const names = async (query: string): Promise<string[]> => (await records(query)).map((r) => r.Name);

describe("records", () => {
  it("carry attributes, canonical field names, Salesforce date and datetime formats", async () => {
    const [opp] = await records("select id, name, amount, closedate, createddate, systemmodstamp, isdeleted, probability, currencyisocode, region__c from opportunity order by closedate limit 1");
    expect(Object.keys(opp)).toEqual(["attributes", "Id", "Name", "Amount", "CloseDate", "CreatedDate", "SystemModstamp", "IsDeleted", "Probability", "CurrencyIsoCode", "Region__c"]);
    expect(opp.attributes).toEqual({ type: "Opportunity", url: `/services/data/v61.0/sobjects/Opportunity/${opp.Id}` });
    expect(opp.Id).toMatch(/^006[A-Za-z0-9]{15}$/);
    expect(opp.CloseDate).toBe("2026-01-15");
    expect(opp.CreatedDate).toBe("2025-10-17T09:30:00.000+0000");
    expect(opp.SystemModstamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/);
    expect(opp).toMatchObject({ IsDeleted: false, Probability: 10, CurrencyIsoCode: "USD", Region__c: "AMER" });
  });

  it("nest relationships with their own attributes, null for an empty lookup, two levels deep", async () => {
    const rows = await records("SELECT Name, Account.Name, Owner.Name, Owner.Manager.Name, Partner_Account__r.Name FROM Opportunity");
    const noAccount = rows.find((r) => r.Account === null);
    expect(noAccount).toBeDefined();
    const first = rows[0];
    expect(first.Account).toEqual({ attributes: { type: "Account", url: expect.stringMatching(/\/sobjects\/Account\/001/) }, Name: "Acme Corp" });
    expect(first.Owner).toEqual({
      attributes: { type: "User", url: expect.stringMatching(/\/sobjects\/User\/005/) },
      Name: "Alex Kim",
      Manager: { attributes: { type: "User", url: expect.stringMatching(/\/User\/005/) }, Name: "Sam Carter" },
    });
    expect(rows.filter((r) => r.Partner_Account__r !== null).map((r) => r.Partner_Account__r.Name)).toContain("Channel Partners Inc");
    const [dana, casey] = await records("SELECT Name, Manager.Name, UserRole.Name FROM User WHERE Manager.Name = null AND IsActive = true");
    expect(dana).toMatchObject({ Name: "Dana Lee", Manager: null, UserRole: { Name: "VP Sales" } });
    expect(casey).toMatchObject({ Name: "Casey Customer", Manager: null, UserRole: null });
  });

  it("answer the connector's own queries", async () => {
    const users = await records("SELECT Id, Name, Email, ManagerId, Title, IsActive, CreatedDate, LastModifiedDate FROM User WHERE UserType IN ('Standard', 'PowerPartner')");
    expect(users).toHaveLength(8);
    const opportunities = await records(
      "SELECT Id, Name, AccountId, Account.Name, OwnerId, Owner.Name, StageName, ForecastCategory, ForecastCategoryName, Amount, CloseDate, CreatedDate, Probability, Type, IsClosed, IsWon, IsDeleted, SystemModstamp, CurrencyIsoCode, Region__c FROM Opportunity WHERE SystemModstamp > 2026-01-01T00:00:00Z",
    );
    expect(opportunities).toHaveLength(30);
    const quotas = await records("SELECT Id, QuotaOwnerId, QuotaAmount, StartDate, ForecastingTypeId, CurrencyIsoCode FROM ForecastingQuota WHERE IsAmount = true AND ProductFamily = null");
    expect(quotas).toHaveLength(24);
    const deleted = await soql(sf, "SELECT Id, SystemModstamp FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > 2026-01-01T00:00:00Z", { all: true });
    expect(deleted.body.records.map((r: { Id: string }) => r.Id)).toEqual([sf.seed?.deletedOpportunityId]);
  });

  it("derive stage facts and quotas exist for the reps", async () => {
    const won = await records("SELECT IsClosed, IsWon, Probability, ForecastCategoryName, ForecastCategory FROM Opportunity WHERE StageName = 'Closed Won'");
    expect(won.length).toBeGreaterThan(0);
    for (const r of won) expect(r).toMatchObject({ IsClosed: true, IsWon: true, Probability: 100, ForecastCategoryName: "Closed", ForecastCategory: "Closed" });
    const quotas = await records("SELECT QuotaOwner.Name, QuotaAmount, StartDate, CurrencyIsoCode FROM ForecastingQuota WHERE QuotaOwner.Name = 'Jonas Weber' ORDER BY StartDate");
    expect(quotas.map((q) => [q.StartDate, q.QuotaAmount, q.CurrencyIsoCode])).toEqual([
      ["2026-01-01", 250000, "EUR"],
      ["2026-04-01", 250000, "EUR"],
      ["2026-07-01", 250000, "EUR"],
      ["2026-10-01", 250000, "EUR"],
    ]);
  });
});

describe("WHERE", () => {
  it("compares numbers, text without regard to case, and IN / NOT IN lists", async () => {
    expect((await records("SELECT Id FROM Opportunity WHERE Amount >= 90000")).length).toBeGreaterThan(0);
    for (const r of await records("SELECT Amount FROM Opportunity WHERE Amount > 50000 AND Amount <= 80000")) {
      expect(r.Amount).toBeGreaterThan(50000);
      expect(r.Amount).toBeLessThanOrEqual(80000);
    }
    expect(await names("SELECT Name FROM Account WHERE name = 'INITECH'")).toEqual(["Initech"]);
    expect(await names("SELECT Name FROM Account WHERE BillingCountry IN ('Germany', 'France') ORDER BY Name")).toEqual(["Müller Maschinenbau GmbH", "Société Générale des Eaux"]);
    const notIn = await names("SELECT Name FROM Account WHERE BillingCountry NOT IN ('United States')");
    expect(notIn).toHaveLength(4);
  });

  it("keeps null fields for != and NOT IN, as SOQL does, and matches = null", async () => {
    const all = (await records("SELECT Id FROM Opportunity")).length;
    const withAmount = (await records("SELECT Id FROM Opportunity WHERE Amount != null")).length;
    const noAmount = await records("SELECT Id, Amount FROM Opportunity WHERE Amount = null");
    expect(noAmount).toHaveLength(1);
    expect(withAmount).toBe(all - 1);
    const notTen = await records("SELECT Amount FROM Opportunity WHERE Amount != 10000");
    expect(notTen.some((r) => r.Amount === null)).toBe(true);
  });

  it("evaluates LIKE with % and _ and escaped quotes, percent signs and underscores", async () => {
    expect(await names("SELECT Name FROM Account WHERE Name LIKE 'n%TRADERS'")).toEqual(["Northwind Traders"]);
    expect(await names("SELECT Name FROM Account WHERE Name LIKE 'Initec_'")).toEqual(["Initech"]);
    expect(await names("SELECT Name FROM Opportunity WHERE Name = 'O\\'Brien\\'s 100% Renewal_2026'")).toEqual(["O'Brien's 100% Renewal_2026"]);
    expect(await names("SELECT Name FROM Opportunity WHERE Name LIKE '%100\\%%\\_2026'")).toEqual(["O'Brien's 100% Renewal_2026"]);
    expect(await names("SELECT Name FROM Opportunity WHERE Name LIKE '%100\\%x%'")).toEqual([]);
  });

  it("groups with parentheses, negates with NOT, and refuses AND mixed with OR", async () => {
    const grouped = await records("SELECT StageName, Region__c FROM Opportunity WHERE Region__c = 'EMEA' AND (StageName = 'Closed Won' OR StageName = 'Closed Lost')");
    expect(grouped.length).toBeGreaterThan(0);
    for (const r of grouped) expect(["Closed Won", "Closed Lost"]).toContain(r.StageName);
    const negated = await records("SELECT IsClosed FROM Opportunity WHERE NOT (IsClosed = true OR Amount = null)");
    expect(negated.every((r) => r.IsClosed === false)).toBe(true);
    const notFirst = await records("SELECT IsClosed FROM Opportunity WHERE NOT IsClosed = true AND Region__c = 'AMER'");
    expect(notFirst.every((r) => r.IsClosed === false)).toBe(true);
    const mixed = await soql(sf, "SELECT Id FROM Opportunity WHERE IsClosed = true AND Amount > 5 OR Amount = null");
    expect(mixed.status).toBe(400);
    expect(mixed.body[0].errorCode).toBe("MALFORMED_QUERY");
  });

  it("compares date and datetime literals, with time zone offsets", async () => {
    const q2 = await records("SELECT CloseDate FROM Opportunity WHERE CloseDate >= 2026-04-01 AND CloseDate < 2026-07-01");
    expect(q2.length).toBeGreaterThan(0);
    for (const r of q2) expect(r.CloseDate >= "2026-04-01" && r.CloseDate < "2026-07-01").toBe(true);
    const first = await records("SELECT CreatedDate FROM Opportunity WHERE CreatedDate = 2025-10-17T09:30:00Z");
    expect(first).toHaveLength(1);
    expect((await records("SELECT Id FROM Opportunity WHERE CreatedDate = 2025-10-17T11:30:00+02:00")).length).toBe(1);
    expect((await records("SELECT Id FROM Opportunity WHERE CreatedDate > 2025-10-17T09:30:00-00:01")).length).toBe(29);
  });

  it("knows TODAY, LAST_N_DAYS:n and THIS_QUARTER against the fake's clock", async () => {
    // A server of its own: moving a shared clock by months would expire the shared session.
    const march = await startFakeSalesforce({ start: "2026-03-28T15:00:00Z" });
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const closeDates = async (where: string) => (await soql(march, `SELECT CloseDate FROM Opportunity WHERE ${where} ORDER BY CloseDate`)).body.records.map((r: any) => r.CloseDate);
      expect(await closeDates("CloseDate = TODAY")).toEqual(["2026-03-28"]);
      expect(await closeDates("CloseDate = LAST_N_DAYS:30")).toEqual(["2026-03-04", "2026-03-16", "2026-03-28"]);
      expect(await closeDates("CloseDate = THIS_QUARTER")).toEqual(["2026-01-15", "2026-01-27", "2026-02-08", "2026-02-20", "2026-03-04", "2026-03-16", "2026-03-28"]);
      expect(await closeDates("CloseDate > THIS_QUARTER AND CloseDate < 2026-04-20")).toEqual(["2026-04-09"]);
      expect(await closeDates("CreatedDate = LAST_N_DAYS:7")).toEqual(["2026-06-20"]);
    } finally {
      await march.close();
    }
  });

  it("accepts 15-character ids and refuses ids that are not ids", async () => {
    const id = sf.seed?.users.alex as string;
    expect(await names(`SELECT Name FROM User WHERE Id = '${id.slice(0, 15)}'`)).toEqual(["Alex Kim"]);
    expect(await names(`SELECT Name FROM User WHERE Id IN ('${id}', '${makeId("005", 424242)}')`)).toEqual(["Alex Kim"]);
    const bad = await soql(sf, "SELECT Id FROM User WHERE Id = 'abc'");
    expect(bad.status).toBe(400);
    expect(bad.body[0].errorCode).toBe("INVALID_QUERY_FILTER_OPERATOR");
  });
});

describe("ORDER BY, LIMIT, OFFSET, COUNT()", () => {
  it("sorts ascending with nulls first by default, DESC NULLS LAST, text without regard to case, then by a second key", async () => {
    const asc = await records("SELECT Amount FROM Opportunity ORDER BY Amount");
    expect(asc[0].Amount).toBeNull();
    const desc = await records("SELECT Amount FROM Opportunity ORDER BY Amount DESC NULLS LAST");
    expect(desc[desc.length - 1].Amount).toBeNull();
    const amounts = desc.slice(0, -1).map((r) => r.Amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(await names("SELECT Name FROM User ORDER BY Manager.Name NULLS FIRST, Name DESC LIMIT 3")).toEqual(["Dana Lee", "Casey Customer", "Sam Carter"]);
  });

  it("applies OFFSET then LIMIT, and COUNT() gives totalSize only", async () => {
    const all = await names("SELECT Name FROM Account ORDER BY Name");
    expect(await names("SELECT Name FROM Account ORDER BY Name LIMIT 3 OFFSET 2")).toEqual(all.slice(2, 5));
    const count = await soql(sf, "SELECT COUNT() FROM Opportunity WHERE IsClosed = false");
    expect(count.status).toBe(200);
    expect(count.body).toEqual({ totalSize: 21, done: true, records: [] });
    expect((await soql(sf, "SELECT COUNT() FROM Opportunity")).body.totalSize).toBe(30);
    expect((await soql(sf, "SELECT COUNT() FROM Opportunity", { all: true })).body.totalSize).toBe(31);
  });
});
