import { assertFieldPath, soqlDateTime, soqlId } from "./soqlValues";

/**
 * The Opportunity fields every pull reads. ForecastCategory (the fixed API value) is read beside
 * ForecastCategoryName because admins can rename the categories' names; IsClosed/IsWon tell the stage
 * map whether a stage it does not know is closed.
 */
export const OPPORTUNITY_FIELDS = [
  "Id",
  "Name",
  "AccountId",
  "Account.Name",
  "OwnerId",
  "Owner.Name",
  "StageName",
  "ForecastCategory",
  "ForecastCategoryName",
  "Amount",
  "CloseDate",
  "CreatedDate",
  "Probability",
  "Type",
  "IsClosed",
  "IsWon",
  "IsDeleted",
  "SystemModstamp",
] as const;

export interface OpportunityQueryOptions {
  /** API names (or relationship paths) of the mapped custom fields. */
  customFields?: readonly string[];
  /** Multi-currency orgs have CurrencyIsoCode on every object; single-currency orgs have no such field. */
  multiCurrency?: boolean;
  /** Only opportunities modified after this instant (epoch ms), for an incremental pull. */
  since?: number | null;
}

/**
 * The fields of the SELECT list, custom ones after the standard ones, each once (API names are case-insensitive).
 * @example opportunityFields({ customFields: ["Region__c", "amount"] }).slice(-2) // ["SystemModstamp", "Region__c"]
 */
export function opportunityFields(options: OpportunityQueryOptions): string[] {
  const fields: string[] = [...OPPORTUNITY_FIELDS];
  if (options.multiCurrency) fields.push("CurrencyIsoCode");
  const seen = new Set(fields.map((field) => field.toLowerCase()));
  for (const field of options.customFields ?? []) {
    assertFieldPath(field);
    if (!seen.has(field.toLowerCase())) fields.push(field);
    seen.add(field.toLowerCase());
  }
  return fields;
}

/**
 * The SOQL of the opportunity pull: every field above plus the mapped custom fields, and for an
 * incremental pull `WHERE SystemModstamp > <since>`. SystemModstamp rather than LastModifiedDate because
 * system changes (a currency rate recalculation, a roll-up) update it too. No ORDER BY: the pull keeps
 * nothing page by page, and sorting a million rows would only slow Salesforce down.
 * @example buildOpportunityQuery({ customFields: ["Region__c"], since: Date.UTC(2026, 10, 27) })
 * // "SELECT Id, Name, …, SystemModstamp, Region__c FROM Opportunity WHERE SystemModstamp > 2026-11-27T00:00:00Z"
 */
export function buildOpportunityQuery(options: OpportunityQueryOptions = {}): string {
  const where = options.since === undefined || options.since === null ? "" : ` WHERE SystemModstamp > ${soqlDateTime(options.since)}`;
  return `SELECT ${opportunityFields(options).join(", ")} FROM Opportunity${where}`;
}

/**
 * The opportunities deleted since an instant, for queryAll (query never returns deleted records).
 * @example buildDeletedOpportunityQuery(Date.UTC(2026, 10, 27)) // "SELECT Id, SystemModstamp FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > 2026-11-27T00:00:00Z"
 */
export function buildDeletedOpportunityQuery(since: number): string {
  return `SELECT Id, SystemModstamp FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > ${soqlDateTime(since)}`;
}

/**
 * Users for the rep hierarchy: internal users and partner users (who can own opportunities); customer
 * community users, often most of an org's users, cannot and are left out. LastModifiedDate dates an
 * inactive user's end (Salesforce keeps no deactivation date).
 * @example buildUserQuery() // "SELECT Id, Name, Email, ManagerId, Title, IsActive, CreatedDate, LastModifiedDate FROM User WHERE UserType IN ('Standard', 'PowerPartner')"
 */
export function buildUserQuery(): string {
  return "SELECT Id, Name, Email, ManagerId, Title, IsActive, CreatedDate, LastModifiedDate FROM User WHERE UserType IN ('Standard', 'PowerPartner')";
}

export interface QuotaQueryOptions {
  multiCurrency?: boolean;
  /** Only this forecast type's quotas (an org with several forecast types has a quota per type). */
  forecastingTypeId?: string | null;
}

/**
 * Collaborative Forecasts quotas in revenue (not quantity) and not per product family, which would
 * split one seller's quota into several rows.
 * @example buildQuotaQuery({}) // "SELECT Id, QuotaOwnerId, QuotaAmount, StartDate, ForecastingTypeId FROM ForecastingQuota WHERE IsAmount = true AND ProductFamily = null"
 */
export function buildQuotaQuery(options: QuotaQueryOptions = {}): string {
  const fields = ["Id", "QuotaOwnerId", "QuotaAmount", "StartDate", "ForecastingTypeId", ...(options.multiCurrency ? ["CurrencyIsoCode"] : [])];
  const type = options.forecastingTypeId ? ` AND ForecastingTypeId = ${soqlId(options.forecastingTypeId)}` : "";
  return `SELECT ${fields.join(", ")} FROM ForecastingQuota WHERE IsAmount = true AND ProductFamily = null${type}`;
}
