/**
 * The small deterministic org: 8 users in a manager hierarchy (VP → 2 managers → 5 reps, one of
 * them inactive) and a customer-portal user, 9 accounts, 30 live opportunities in USD, EUR and GBP
 * across every stage (plus one in the recycle bin), 24 quarterly quotas plus one per product
 * family, and four custom fields.
 */
import type { SchemaOptions } from "./schema";
import type { RecordStore } from "./store";
import { makeId } from "./ids";

export const SEED_CUSTOM_FIELDS: NonNullable<SchemaOptions["customFields"]> = {
  Opportunity: [
    { name: "Region__c", type: "picklist", label: "Region", picklistValues: ["AMER", "EMEA", "APAC"] },
    { name: "Segment__c", type: "picklist", label: "Segment", picklistValues: ["Enterprise", "Mid-Market", "SMB"] },
    { name: "Partner_Account__c", type: "reference", label: "Partner Account", referenceTo: "Account" },
  ],
  User: [{ name: "Region__c", type: "picklist", label: "Region", picklistValues: ["AMER", "EMEA", "APAC"] }],
};

export type SeedUser = "dana" | "sam" | "priya" | "alex" | "maria" | "jonas" | "olivia" | "chris" | "casey";
export type SeedAccount = "acme" | "globex" | "initech" | "umbrella" | "mueller" | "eaux" | "brightside" | "northwind" | "partners";

export interface SeedSummary {
  roles: Record<"vp" | "managerAmer" | "managerEmea" | "aeAmer" | "aeEmea", string>;
  users: Record<SeedUser, string>;
  accounts: Record<SeedAccount, string>;
  /** The 30 live opportunities, in insertion order. */
  opportunities: string[];
  /** The opportunity in the recycle bin (only queryAll returns it). */
  deletedOpportunityId: string;
  /** The 24 revenue quotas (6 users × 4 quarters of 2026), then one for a product family. */
  quotas: string[];
  /** The reps with their currency and region, for generators. */
  reps: Array<{ id: string; currency: string; region: string }>;
}

/** The id ForecastingQuota records carry for the Opportunity Revenue forecast type. */
export const FORECASTING_TYPE_ID = makeId("0Db", 1);

const USERS: Array<[SeedUser, string, string, string, SeedUser | null, keyof SeedSummary["roles"], string, string | null, boolean]> = [
  ["dana", "Dana", "Lee", "VP Sales", null, "vp", "USD", null, true],
  ["sam", "Sam", "Carter", "Sales Manager, AMER", "dana", "managerAmer", "USD", "AMER", true],
  ["priya", "Priya", "Natarajan", "Sales Manager, EMEA", "dana", "managerEmea", "EUR", "EMEA", true],
  ["alex", "Alex", "Kim", "Account Executive", "sam", "aeAmer", "USD", "AMER", true],
  ["maria", "Maria", "Lopez", "Account Executive", "sam", "aeAmer", "USD", "AMER", true],
  ["jonas", "Jonas", "Weber", "Account Executive", "priya", "aeEmea", "EUR", "EMEA", true],
  ["olivia", "Olivia", "Brown", "Account Executive", "priya", "aeEmea", "GBP", "EMEA", true],
  ["chris", "Chris", "Young", "Account Executive", "sam", "aeAmer", "USD", "AMER", false],
];

const ACCOUNTS: Array<[SeedAccount, string, string, string, SeedUser, string]> = [
  ["acme", "Acme Corp", "United States", "Manufacturing", "alex", "USD"],
  ["globex", "Globex Corporation", "United States", "Technology", "maria", "USD"],
  ["initech", "Initech", "United States", "Technology", "alex", "USD"],
  ["umbrella", "Umbrella Health", "United States", "Healthcare", "maria", "USD"],
  ["mueller", "Müller Maschinenbau GmbH", "Germany", "Manufacturing", "jonas", "EUR"],
  ["eaux", "Société Générale des Eaux", "France", "Utilities", "jonas", "EUR"],
  ["brightside", "Brightside Ltd", "United Kingdom", "Retail", "olivia", "GBP"],
  ["northwind", "Northwind Traders", "United Kingdom", "Wholesale", "olivia", "GBP"],
  ["partners", "Channel Partners Inc", "United States", "Technology", "sam", "USD"],
];

const STAGE_CYCLE = ["Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost", "Closed Won", "Perception Analysis"];
const PRODUCTS = ["Platform License", "Expansion", "Renewal", "Professional Services", "Add-on Seats"];
const SEGMENTS = ["Enterprise", "Mid-Market", "SMB"];

const day = (start: string, offsetDays: number): string => new Date(Date.parse(`${start}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);

export function seedSmallOrg(store: RecordStore): SeedSummary {
  const created = "2025-01-06T09:00:00.000Z";
  const roleId = (name: string, developerName: string, parent?: string) => store.insert("UserRole", { Name: name, DeveloperName: developerName, ParentRoleId: parent ?? null, CreatedDate: created });
  const vp = roleId("VP Sales", "VP_Sales");
  const managerAmer = roleId("Sales Manager AMER", "Sales_Manager_AMER", vp);
  const managerEmea = roleId("Sales Manager EMEA", "Sales_Manager_EMEA", vp);
  const roles = { vp, managerAmer, managerEmea, aeAmer: roleId("AE AMER", "AE_AMER", managerAmer), aeEmea: roleId("AE EMEA", "AE_EMEA", managerEmea) };

  const users = {} as Record<SeedUser, string>;
  const currencyOf = {} as Record<SeedUser, string>;
  for (const [key, first, last, title, manager, role, currency, region, active] of USERS) {
    currencyOf[key] = currency;
    users[key] = store.insert("User", {
      FirstName: first,
      LastName: last,
      Username: `${first}.${last}@salesops-fake.example`.toLowerCase(),
      Email: `${first}.${last}@example.com`.toLowerCase(),
      Title: title,
      Department: "Sales",
      IsActive: active,
      ManagerId: manager ? users[manager] : null,
      UserRoleId: roles[role],
      CurrencyIsoCode: currency,
      Region__c: region,
      CreatedDate: created,
    });
  }

  // Customer community users are often most of an org's users; they own no opportunities.
  users.casey = store.insert("User", {
    FirstName: "Casey",
    LastName: "Customer",
    Username: "casey.customer@customer.example",
    Email: "casey@customer.example",
    IsActive: true,
    UserType: "CspLitePortal",
    CurrencyIsoCode: "USD",
    CreatedDate: created,
  });
  currencyOf.casey = "USD";

  const accounts = {} as Record<SeedAccount, string>;
  const accountsOf = new Map<SeedUser, SeedAccount[]>();
  for (const [key, name, country, industry, owner, currency] of ACCOUNTS) {
    accounts[key] = store.insert("Account", {
      Name: name,
      BillingCountry: country,
      Industry: industry,
      Type: key === "partners" ? "Channel Partner / Reseller" : "Customer - Direct",
      OwnerId: users[owner],
      CurrencyIsoCode: currency,
      CreatedDate: created,
    });
    accountsOf.set(owner, [...(accountsOf.get(owner) ?? []), key]);
  }

  const reps: SeedUser[] = ["alex", "maria", "jonas", "olivia"];
  const opportunities: string[] = [];
  for (let i = 0; i < 30; i++) {
    const owner = i < 28 ? reps[i % 4] : "chris";
    const ownAccounts = accountsOf.get(owner) ?? accountsOf.get("alex") ?? [];
    const account = ownAccounts[Math.floor(i / 4) % ownAccounts.length];
    const closeDate = day("2026-01-15", i * 12);
    opportunities.push(
      store.insert("Opportunity", {
        Name: i === 3 ? "O'Brien's 100% Renewal_2026" : `${ACCOUNTS.find((a) => a[0] === account)?.[1]} - ${PRODUCTS[i % PRODUCTS.length]}`,
        AccountId: i === 5 ? null : accounts[account],
        OwnerId: users[owner],
        StageName: STAGE_CYCLE[i % STAGE_CYCLE.length],
        Amount: i === 11 ? null : 10_000 + ((i * 7919) % 90) * 1_000,
        CurrencyIsoCode: currencyOf[owner],
        CloseDate: closeDate,
        CreatedDate: `${day(closeDate, -90)}T09:30:00.000Z`,
        Type: i % 3 === 0 ? "Existing Customer - Upgrade" : "New Business",
        LeadSource: ["Web", "Partner Referral", "Phone Inquiry", "Other"][i % 4],
        Region__c: owner === "jonas" || owner === "olivia" ? "EMEA" : "AMER",
        Segment__c: SEGMENTS[i % 3],
        Partner_Account__c: i % 6 === 2 ? accounts.partners : null,
      }),
    );
  }
  const deletedOpportunityId = store.insert("Opportunity", {
    Name: "Acme Corp - Platform License (duplicate)",
    AccountId: accounts.acme,
    OwnerId: users.alex,
    StageName: "Prospecting",
    Amount: 5_000,
    CurrencyIsoCode: "USD",
    CloseDate: "2026-09-30",
    Region__c: "AMER",
  });
  store.softDelete(deletedOpportunityId);

  const quotas: string[] = [];
  for (const key of ["alex", "maria", "jonas", "olivia", "sam", "priya"] as const) {
    for (const start of ["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"]) {
      quotas.push(
        store.insert("ForecastingQuota", {
          QuotaOwnerId: users[key],
          QuotaAmount: key === "sam" || key === "priya" ? 1_000_000 : 250_000,
          StartDate: start,
          CurrencyIsoCode: currencyOf[key],
          ForecastingTypeId: FORECASTING_TYPE_ID,
          IsAmount: true,
          IsQuantity: false,
          CreatedDate: created,
        }),
      );
    }
  }
  quotas.push(
    store.insert("ForecastingQuota", {
      QuotaOwnerId: users.alex,
      QuotaAmount: 40_000,
      StartDate: "2026-01-01",
      CurrencyIsoCode: "USD",
      ForecastingTypeId: FORECASTING_TYPE_ID,
      IsAmount: true,
      IsQuantity: false,
      ProductFamily: "Hardware",
      CreatedDate: created,
    }),
  );
  const repList = (["alex", "maria", "jonas", "olivia"] as const).map((key) => ({ id: users[key], currency: currencyOf[key], region: key === "jonas" || key === "olivia" ? "EMEA" : "AMER" }));
  return { roles, users, accounts, opportunities, deletedOpportunityId, quotas, reps: repList };
}
