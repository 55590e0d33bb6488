import fc from "fast-check";
import { buildDeletedOpportunityQuery, buildOpportunityQuery, buildQuotaQuery, buildUserQuery } from "../../../../src/connectors/salesforce/queryBuilder";
import { SalesforceError } from "../../../../src/connectors/salesforce/salesforceError";
import { isFieldPath, parseSalesforceDateTime, soqlDateTime } from "../../../../src/connectors/salesforce/soqlValues";

describe("buildOpportunityQuery", () => {
  it("selects the standard fields, then the custom ones once each", () => {
    expect(buildOpportunityQuery({ customFields: ["Region__c", "Product__r.Family__c", "region__c", "Amount"] })).toBe(
      "SELECT Id, Name, AccountId, Account.Name, OwnerId, Owner.Name, StageName, ForecastCategory, ForecastCategoryName, Amount, CloseDate, CreatedDate, Probability, Type, IsClosed, IsWon, IsDeleted, SystemModstamp, Region__c, Product__r.Family__c FROM Opportunity",
    );
  });

  it("adds CurrencyIsoCode only for a multi-currency org", () => {
    expect(buildOpportunityQuery({})).not.toContain("CurrencyIsoCode");
    expect(buildOpportunityQuery({ multiCurrency: true })).toContain(", SystemModstamp, CurrencyIsoCode FROM");
  });

  it("filters an incremental pull on SystemModstamp with an unquoted UTC datetime literal", () => {
    const since = Date.UTC(2026, 10, 27, 9, 30, 15, 750);
    expect(buildOpportunityQuery({ since })).toMatch(/ FROM Opportunity WHERE SystemModstamp > 2026-11-27T09:30:15Z$/);
    expect(buildDeletedOpportunityQuery(since)).toBe("SELECT Id, SystemModstamp FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > 2026-11-27T09:30:15Z");
  });

  it("refuses a custom field that is not an API name, so nothing can be injected", () => {
    for (const bad of ["Region c", "Region__c FROM User --", "Region__c,Name", "Region__c'", "(SELECT Id FROM Users)", "1Region__c", "Region___c", "", "a.b.c.d.e.f", "Region__c\n"]) {
      let error: unknown = null;
      try {
        buildOpportunityQuery({ customFields: [bad] });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SalesforceError);
      expect(error).toMatchObject({ code: "invalid_mapping", field: bad });
    }
    expect(() => buildOpportunityQuery({ customFields: ["acme__Region__c", "Region_Code__c", "Product__r.Family__c"] })).not.toThrow();
  });

  it("never accepts a field path with a character SOQL could read as syntax", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        if (isFieldPath(text)) expect(text).toMatch(/^[A-Za-z0-9_.]+$/);
      }),
    );
  });
});

describe("other queries", () => {
  it("reads users for the hierarchy and revenue quotas, optionally of one forecast type", () => {
    expect(buildUserQuery()).toBe("SELECT Id, Name, Email, ManagerId, Title, IsActive, CreatedDate, LastModifiedDate FROM User WHERE UserType IN ('Standard', 'PowerPartner')");
    expect(buildQuotaQuery({ multiCurrency: true, forecastingTypeId: "0DbB0000000ABCDKA2" })).toBe(
      "SELECT Id, QuotaOwnerId, QuotaAmount, StartDate, ForecastingTypeId, CurrencyIsoCode FROM ForecastingQuota WHERE IsAmount = true AND ProductFamily = null AND ForecastingTypeId = '0DbB0000000ABCDKA2'",
    );
    expect(() => buildQuotaQuery({ forecastingTypeId: "x' OR Id != '" })).toThrow(SalesforceError);
  });
});

describe("Salesforce datetimes", () => {
  it("reads Salesforce's offsets without a colon, and round-trips through the SOQL literal to the second", () => {
    expect(parseSalesforceDateTime("2026-11-27T10:15:00.000+0000")).toBe(Date.UTC(2026, 10, 27, 10, 15));
    expect(parseSalesforceDateTime("2026-11-27T12:15:00.000+02:00")).toBe(Date.UTC(2026, 10, 27, 10, 15));
    expect(parseSalesforceDateTime("2026-11-27")).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 0, 1) }), (ms) => {
        expect(parseSalesforceDateTime(soqlDateTime(ms))).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });
});
