import { opportunitySchema, quotaSchema, repSchema } from "../../../../src/core/model/entities";
import { DEFAULT_SETTINGS, type Settings } from "../../../../src/core/model/settings";
import { mapPull, type MapPullOptions } from "../../../../src/connectors/salesforce/mapPull";
import { recordsById } from "../../../../src/connectors/salesforce/mergeRecords";
import type { SalesforcePull } from "../../../../src/connectors/salesforce/pullPipeline";
import { rejectedRecordsTable } from "../../../../src/connectors/salesforce/recordProblems";
import type { SalesforceRecord } from "../../../../src/connectors/salesforce/salesforceClient";

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 2, corporateCurrency: "USD" };

const opportunity = (fields: Record<string, unknown> = {}): SalesforceRecord => ({
  attributes: { type: "Opportunity", url: "/services/data/v61.0/sobjects/Opportunity/006A" },
  Id: "006A",
  Name: "Acme platform",
  AccountId: "001A",
  Account: { attributes: { type: "Account" }, Name: "Acme GmbH" },
  OwnerId: "005A",
  Owner: { attributes: { type: "User" }, Name: "Ann Lee" },
  StageName: "Negotiation/Review",
  ForecastCategory: "Forecast",
  ForecastCategoryName: "Commit",
  Amount: 120000.5,
  CloseDate: "2026-12-15",
  CreatedDate: "2026-08-01T23:30:00.000+0000",
  Probability: 90,
  Type: "New Business",
  IsClosed: false,
  IsWon: false,
  IsDeleted: false,
  SystemModstamp: "2026-11-27T10:00:00.000+0000",
  ...fields,
});

const user = (fields: Record<string, unknown> = {}): SalesforceRecord => ({
  Id: "005A",
  Name: "Ann Lee",
  Email: "ann@example.com",
  ManagerId: "005M",
  Title: "Account Executive",
  IsActive: true,
  CreatedDate: "2024-02-01T08:00:00.000+0000",
  LastModifiedDate: "2026-06-30T17:00:00.000+0000",
  ...fields,
});

const pullOf = (opportunities: SalesforceRecord[], users: SalesforceRecord[] = [user()], quotas: SalesforceRecord[] | null = null, quotasUnavailable: string | null = null): SalesforcePull => ({
  records: recordsById(opportunities),
  users,
  quotas,
  quotasUnavailable,
  pulledAt: "2026-11-27T12:00:00.000Z",
  maxSystemModstamp: null,
  incremental: false,
  changes: { added: opportunities.length, changed: 0, unchanged: 0, deleted: 0 },
  requests: 3,
  apiUsage: null,
});

const map = (pull: SalesforcePull, options: Partial<MapPullOptions> = {}) => mapPull(pull, { settings: SETTINGS, ...options });

describe("mapPull: opportunities", () => {
  it("maps every field", () => {
    const mapped = map(pullOf([opportunity()]));
    expect(mapped.rejected).toEqual([]);
    expect(mapped.opportunities).toEqual([
      {
        id: "006A",
        name: "Acme platform",
        accountId: "001A",
        ownerId: "005A",
        stage: "Negotiation/Review",
        forecastCategory: "Commit",
        amount: 120000.5,
        currency: "USD",
        probability: 0.9,
        // CreatedDate is UTC: its UTC calendar date.
        createdDate: "2026-08-01",
        closeDate: "2026-12-15",
        type: "New Business",
        product: "",
        termMonths: null,
        extra: {},
      },
    ]);
    expect(opportunitySchema.safeParse(mapped.opportunities[0]).success).toBe(true);
    expect(mapped.accounts).toEqual([expect.objectContaining({ id: "001A", name: "Acme GmbH" })]);
    expect(mapped.newStages).toEqual([]);
  });

  it("maps nulls: no Amount counts as 0 (noted), no Account, no Probability, no Type", () => {
    const mapped = map(pullOf([opportunity({ Amount: null, AccountId: null, Account: null, Probability: null, Type: null })]));
    expect(mapped.opportunities[0]).toMatchObject({ amount: 0, accountId: "", probability: null, type: "" });
    expect(mapped.accounts).toEqual([]);
    expect(mapped.notes).toEqual([expect.objectContaining({ code: "amount_missing", rows: 1 })]);
    const strict = map(pullOf([opportunity({ Amount: null })]), { nullAmount: "reject" });
    expect(strict.opportunities).toEqual([]);
    expect(strict.rejected).toEqual([expect.objectContaining({ recordId: "006A", field: "Amount", code: "missing_amount" })]);
  });

  it("reads the forecast category from the fixed API value, so renamed categories still map", () => {
    const categories = [
      ["Pipeline", "Pipeline"],
      ["BestCase", "Best Case"],
      ["MostLikely", "Best Case"],
      ["Forecast", "Commit"],
      ["Omitted", "Omitted"],
    ];
    const mapped = map(pullOf(categories.map(([api], i) => opportunity({ Id: `006${i}`, StageName: "Needs Analysis", ForecastCategory: api, ForecastCategoryName: "Renamed by admin" }))));
    expect(mapped.opportunities.map((o) => o.forecastCategory)).toEqual(categories.map(([, ours]) => ours));
    expect(mapped.notes).toEqual([expect.objectContaining({ code: "most_likely_as_best_case", rows: 1 })]);
    // Without ForecastCategory (an older query), the name is read as CRMs write it.
    expect(map(pullOf([opportunity({ ForecastCategory: undefined, ForecastCategoryName: "Best Case" })])).opportunities[0].forecastCategory).toBe("Best Case");
  });

  it("turns Probability's percent into a fraction, 1% included", () => {
    const mapped = map(pullOf([opportunity({ Id: "1", Probability: 1 }), opportunity({ Id: "2", Probability: 0 }), opportunity({ Id: "3", Probability: 100 })]));
    expect(mapped.opportunities.map((o) => o.probability)).toEqual([0.01, 0, 1]);
  });

  it("takes the currency from CurrencyIsoCode in a multi-currency org, else the org's currency", () => {
    expect(map(pullOf([opportunity({ CurrencyIsoCode: "EUR" })]), { multiCurrency: true }).opportunities[0].currency).toBe("EUR");
    expect(map(pullOf([opportunity()]), { orgCurrency: "GBP" }).opportunities[0].currency).toBe("GBP");
    expect(map(pullOf([opportunity()])).opportunities[0].currency).toBe("USD");
    const missing = map(pullOf([opportunity({ CurrencyIsoCode: null })]), { multiCurrency: true });
    expect(missing.rejected).toEqual([expect.objectContaining({ field: "CurrencyIsoCode", code: "invalid_currency" })]);
  });

  it("maps custom fields to canonical fields or keeps them as extra columns", () => {
    const record = opportunity({ ARR__c: 99000, Product_Line__c: "Platform", Term__c: 36, Region__c: "EMEA", Partner__r: { Name: "Globex" }, Empty__c: null, Flag__c: true });
    const mapped = map(pullOf([record]), {
      customFields: [
        { field: "ARR__c", target: "amount" },
        { field: "Product_Line__c", target: "product" },
        { field: "Term__c", target: "termMonths" },
        { field: "Region__c" },
        { field: "Partner__r.Name", column: "partner" },
        { field: "Empty__c" },
        { field: "Flag__c" },
      ],
    });
    expect(mapped.opportunities[0]).toMatchObject({ amount: 99000, product: "Platform", termMonths: 36, extra: { Region__c: "EMEA", partner: "Globex", Flag__c: "true" } });
    const bad = map(pullOf([opportunity({ Term__c: "three years" })]), { customFields: [{ field: "Term__c", target: "termMonths" }] });
    expect(bad.rejected).toEqual([expect.objectContaining({ field: "Term__c", value: "three years", code: "invalid_term" })]);
  });

  it("reports every problem of a rejected record with its Id, field and what to do; never drops one silently", () => {
    const mapped = map(pullOf([opportunity({ Id: "006BAD", CloseDate: null, StageName: "", ForecastCategory: null, ForecastCategoryName: null, Probability: 250 }), opportunity({ Id: "006OK" })]));
    expect(mapped.opportunities.map((o) => o.id)).toEqual(["006OK"]);
    expect(mapped.rejected.map((p) => [p.recordId, p.field, p.code])).toEqual([
      ["006BAD", "StageName", "missing_stage"],
      ["006BAD", "ForecastCategoryName", "invalid_category"],
      ["006BAD", "Probability", "invalid_probability"],
      ["006BAD", "CloseDate", "missing_close_date"],
    ]);
    expect(mapped.rejected.every((p) => p.object === "Opportunity" && p.reason.length > 10)).toBe(true);
    expect(rejectedRecordsTable(mapped.rejected)[0]).toEqual(["object", "record_id", "field", "value", "code", "reason"]);
    expect(rejectedRecordsTable(mapped.rejected)[3]).toEqual(["Opportunity", "006BAD", "Probability", "250", "invalid_probability", expect.any(String)]);
  });

  it("keeps stages the stage map lacks, with Salesforce's closed and won flags", () => {
    const mapped = map(
      pullOf([
        opportunity({ Id: "1", StageName: "Discovery", ForecastCategory: "Pipeline", Probability: 15 }),
        opportunity({ Id: "2", StageName: "Lost to competitor", ForecastCategory: "Omitted", IsClosed: true, IsWon: false, Probability: 0 }),
        opportunity({ Id: "3", StageName: "closed won", ForecastCategory: "Closed", IsClosed: true, IsWon: true, Probability: 100 }),
      ]),
    );
    expect(mapped.opportunities.map((o) => o.stage)).toEqual(["Discovery", "Lost to competitor", "Closed Won"]);
    expect(mapped.newStages).toEqual([
      expect.objectContaining({ stage: "Lost to competitor", category: "Omitted", probability: 0, closed: true, won: false }),
      expect.objectContaining({ stage: "Discovery", category: "Pipeline", probability: 0.15, closed: false, won: false }),
    ]);
  });

  it("adds an owner the user query did not return as a rep named from the opportunity", () => {
    const mapped = map(pullOf([opportunity({ OwnerId: "005X", Owner: { Name: "Former Seller" } })], [user()]));
    expect(mapped.reps.map((r) => [r.id, r.name])).toEqual([
      ["005A", "Ann Lee"],
      ["005X", "Former Seller"],
    ]);
    expect(mapped.notes).toEqual([expect.objectContaining({ code: "owner_not_a_user", rows: 1 })]);
  });
});

describe("mapPull: users", () => {
  it("maps users into reps for the hierarchy", () => {
    const mapped = map(
      pullOf(
        [],
        [
          user(),
          user({ Id: "005M", Name: "Dana Boss", Title: null, ManagerId: null, Email: null }),
          user({ Id: "005Q", Name: "Gone Rep", Title: "", ManagerId: "005M", IsActive: false, LastModifiedDate: "2026-03-31T09:00:00.000+0000" }),
        ],
      ),
    );
    expect(mapped.reps).toEqual([
      { id: "005A", name: "Ann Lee", email: "ann@example.com", role: "Account Executive", managerId: "005M", region: "", segment: "", startDate: "2024-02-01", endDate: null, extra: {} },
      { id: "005M", name: "Dana Boss", email: "", role: "Manager", managerId: "", region: "", segment: "", startDate: "2024-02-01", endDate: null, extra: {} },
      { id: "005Q", name: "Gone Rep", email: "ann@example.com", role: "Rep", managerId: "005M", region: "", segment: "", startDate: "2024-02-01", endDate: "2026-03-31", extra: {} },
    ]);
    expect(mapped.reps.every((rep) => repSchema.safeParse(rep).success)).toBe(true);
    expect(mapped.notes).toEqual([expect.objectContaining({ code: "inactive_user_end_date", rows: 1 })]);
  });
});

describe("mapPull: quotas", () => {
  const quota = (fields: Record<string, unknown> = {}): SalesforceRecord => ({ Id: "0J9A", QuotaOwnerId: "005A", QuotaAmount: 250000, StartDate: "2026-08-01", ForecastingTypeId: "0DbA", ...fields });

  it("labels quarterly quotas with the fiscal calendar of the settings", () => {
    const mapped = map(pullOf([], [user()], [quota(), quota({ Id: "0J9B", StartDate: "2026-11-01", QuotaAmount: 300000 })]));
    expect(mapped.quotas).toEqual([
      { ownerId: "005A", period: "FY2027-Q3", amount: 250000, currency: "USD", extra: {} },
      { ownerId: "005A", period: "FY2027-Q4", amount: 300000, currency: "USD", extra: {} },
    ]);
    expect(mapped.quotas?.every((q) => quotaSchema.safeParse(q).success)).toBe(true);
    expect(map(pullOf([], [user()], [quota({ StartDate: "2026-09-01" })]), { quotaGrain: "month" }).quotas?.[0].period).toBe("FY2027-M8");
    expect(map(pullOf([], [user()], [quota({ CurrencyIsoCode: "EUR" })]), { multiCurrency: true }).quotas?.[0].currency).toBe("EUR");
  });

  it("rejects a quota whose start is not one of our periods' first days, and duplicates per owner and period", () => {
    const mismatch = map(pullOf([], [user()], [quota({ StartDate: "2026-07-01" })]));
    expect(mismatch.quotas).toEqual([]);
    expect(mismatch.rejected).toEqual([expect.objectContaining({ object: "ForecastingQuota", recordId: "0J9A", field: "StartDate", code: "quota_period_mismatch" })]);
    const duplicates = map(pullOf([], [user()], [quota(), quota({ Id: "0J9B", ForecastingTypeId: "0DbB" })]));
    expect(duplicates.quotas).toEqual([]);
    expect(duplicates.rejected.map((p) => [p.recordId, p.code])).toEqual([
      ["0J9A", "duplicate_quota"],
      ["0J9B", "duplicate_quota"],
    ]);
    expect(map(pullOf([], [user()], [quota({ QuotaAmount: null })])).rejected).toEqual([expect.objectContaining({ field: "QuotaAmount", code: "invalid_amount" })]);
  });

  it("gives null quotas with a note when the org has none", () => {
    const mapped = map(pullOf([], [user()], null, "Quotas were not read: ForecastingQuota is not available in this org."));
    expect(mapped.quotas).toBeNull();
    expect(mapped.notes).toEqual([expect.objectContaining({ code: "quotas_unavailable" })]);
  });
});
