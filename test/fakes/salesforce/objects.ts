/**
 * The standard objects of the fake org as a describe would list them: Opportunity, Account, User,
 * UserRole and ForecastingQuota, with the audit fields every object has.
 */
import type { FieldDef, FieldType, ObjectDef } from "./schema";

export const OPPORTUNITY_STAGES = [
  "Prospecting",
  "Qualification",
  "Needs Analysis",
  "Value Proposition",
  "Id. Decision Makers",
  "Perception Analysis",
  "Proposal/Price Quote",
  "Negotiation/Review",
  "Closed Won",
  "Closed Lost",
] as const;

export const ref = (name: string, referenceTo: string, relationshipName?: string): FieldDef => ({ name, type: "reference", referenceTo, relationshipName });
export const field = (name: string, type: FieldType, picklistValues?: readonly string[]): FieldDef => ({ name, type, picklistValues });

/** Fields every modelled object has (audit fields and the recycle-bin flag). */
export function systemFields(): FieldDef[] {
  return [
    field("Id", "id"),
    field("IsDeleted", "boolean"),
    field("CreatedDate", "datetime"),
    ref("CreatedById", "User", "CreatedBy"),
    field("LastModifiedDate", "datetime"),
    ref("LastModifiedById", "User", "LastModifiedBy"),
    field("SystemModstamp", "datetime"),
  ];
}

export function standardObjects(): ObjectDef[] {
  return [
    {
      name: "Opportunity",
      label: "Opportunity",
      keyPrefix: "006",
      fields: [
        field("Name", "string"),
        ref("AccountId", "Account", "Account"),
        ref("OwnerId", "User", "Owner"),
        field("StageName", "picklist", OPPORTUNITY_STAGES),
        field("ForecastCategory", "picklist", ["Omitted", "Pipeline", "BestCase", "Forecast", "Closed"]),
        field("ForecastCategoryName", "picklist", ["Omitted", "Pipeline", "Best Case", "Commit", "Closed"]),
        field("Amount", "currency"),
        field("ExpectedRevenue", "currency"),
        field("CloseDate", "date"),
        field("Probability", "percent"),
        field("Type", "picklist", ["New Business", "Existing Customer - Upgrade", "Existing Customer - Replacement", "Existing Customer - Downgrade"]),
        field("LeadSource", "picklist", ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"]),
        field("NextStep", "string"),
        field("Description", "textarea"),
        field("IsClosed", "boolean"),
        field("IsWon", "boolean"),
        field("FiscalYear", "int"),
        field("FiscalQuarter", "int"),
        field("LastActivityDate", "date"),
      ],
    },
    {
      name: "Account",
      label: "Account",
      keyPrefix: "001",
      fields: [
        field("Name", "string"),
        field("Type", "picklist", ["Prospect", "Customer - Direct", "Customer - Channel", "Channel Partner / Reseller", "Other"]),
        field("Industry", "picklist"),
        field("BillingCountry", "string"),
        field("BillingState", "string"),
        field("AnnualRevenue", "currency"),
        field("NumberOfEmployees", "int"),
        ref("OwnerId", "User", "Owner"),
        ref("ParentId", "Account", "Parent"),
      ],
    },
    {
      name: "User",
      label: "User",
      keyPrefix: "005",
      fields: [
        field("Name", "string"),
        field("FirstName", "string"),
        field("LastName", "string"),
        field("Username", "string"),
        field("Email", "email"),
        field("Title", "string"),
        field("Department", "string"),
        field("IsActive", "boolean"),
        field("UserType", "picklist", ["Standard", "PowerPartner", "PowerCustomerSuccess", "CustomerSuccess", "CspLitePortal", "CsnOnly", "Guest", "AutomatedProcess"]),
        ref("ManagerId", "User", "Manager"),
        ref("UserRoleId", "UserRole", "UserRole"),
      ],
    },
    {
      name: "UserRole",
      label: "Role",
      keyPrefix: "00E",
      fields: [field("Name", "string"), field("DeveloperName", "string"), ref("ParentRoleId", "UserRole")],
    },
    {
      name: "ForecastingQuota",
      label: "Forecasting Quota",
      keyPrefix: "0J9",
      fields: [
        ref("QuotaOwnerId", "User", "QuotaOwner"),
        field("QuotaAmount", "currency"),
        field("QuotaQuantity", "double"),
        field("StartDate", "date"),
        ref("ForecastingTypeId", "ForecastingType"),
        field("IsAmount", "boolean"),
        field("IsQuantity", "boolean"),
        field("ProductFamily", "picklist"),
      ],
    },
  ];
}

