import { DerivedRecords } from "../../core/import/derivedRecords";
import type { ImportNote } from "../../core/import/importTypes";
import type { Account, Opportunity, Quota, Rep } from "../../core/model/entities";
import type { Settings } from "../../core/model/settings";
import type { StageDefinition } from "../../core/model/stageMap";
import type { SalesforceFieldMapping } from "./fieldMapping";
import { mapOpportunity } from "./mapOpportunity";
import { mapQuotas } from "./mapQuotas";
import { mapUsers } from "./mapUsers";
import type { SalesforcePull } from "./pullPipeline";
import type { RecordProblem } from "./recordProblems";

export interface MapPullOptions {
  /** Fiscal year, corporate currency and stage map. */
  settings: Settings;
  customFields?: readonly SalesforceFieldMapping[];
  multiCurrency?: boolean;
  /** A single-currency org's currency; the settings' corporate currency by default. */
  orgCurrency?: string;
  /** The org's forecast period (Setup → Forecasts Settings); quarter by default. */
  quotaGrain?: "quarter" | "month";
  /** An opportunity without an Amount: 0 by default (as Salesforce's reports count it), or rejected. */
  nullAmount?: "zero" | "reject";
}

/** A pull in the canonical model, with what could not be mapped and why. */
export interface SalesforceMapped {
  opportunities: Opportunity[];
  /** The accounts the opportunities name (id and name; Salesforce's other account fields are not read). */
  accounts: Account[];
  /** Users, plus any opportunity owner the user query did not return (named from the opportunity). */
  reps: Rep[];
  /** Null when the pull had no quotas (see notes). */
  quotas: Quota[] | null;
  rejected: RecordProblem[];
  notes: ImportNote[];
  /** Stages Salesforce uses that the stage map lacks, kept as text: add them to the settings' stage map. */
  newStages: StageDefinition[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Maps a pull into opportunities, accounts, reps and quotas. Records that cannot be mapped are listed in
 * `rejected` with their Id, field and what to do; nothing is dropped without a word.
 * @example const mapped = mapPull(pull, { settings, customFields: [{ field: "Product_Line__c", target: "product" }] });
 */
export function mapPull(pull: SalesforcePull, options: MapPullOptions): SalesforceMapped {
  const { settings } = options;
  const orgCurrency = options.orgCurrency ?? settings.corporateCurrency;
  const multiCurrency = options.multiCurrency ?? false;
  const context = { stageMap: settings.stageMap, multiCurrency, orgCurrency, customFields: options.customFields ?? [], nullAmount: options.nullAmount ?? "zero" } as const;

  const users = mapUsers(pull.users);
  const userIds = new Set(users.reps.map((rep) => rep.id));
  const derived = new DerivedRecords();
  const stageFlags = new Map<string, { closed: boolean; won: boolean }>();
  const opportunities: Opportunity[] = [];
  const rejected: RecordProblem[] = [...users.rejected];
  let amountMissing = 0;
  let mostLikely = 0;
  const missingOwners = new Set<string>();
  for (const record of Object.values(pull.records)) {
    const read = mapOpportunity(record, context);
    if (!read.ok) {
      rejected.push(...read.problems);
      continue;
    }
    const { opportunity } = read;
    opportunities.push(opportunity);
    if (read.amountMissing) amountMissing += 1;
    if (read.mostLikely) mostLikely += 1;
    if (opportunity.accountId) derived.addAccount(opportunity.accountId, read.accountName);
    if (!userIds.has(opportunity.ownerId)) {
      missingOwners.add(opportunity.ownerId);
      derived.addRep(opportunity.ownerId, read.ownerName || opportunity.ownerId, opportunity.createdDate);
    }
    if (read.foreignStage) {
      derived.addStage(read.foreignStage.stage, read.foreignStage.category, read.foreignStage.probability);
      if (!stageFlags.has(read.foreignStage.stage)) stageFlags.set(read.foreignStage.stage, { closed: read.foreignStage.closed, won: read.foreignStage.won });
    }
  }
  opportunities.sort(byId);
  const built = derived.build(settings.stageMap);
  // Salesforce says whether a stage is closed and won; the category alone cannot (a lost stage is Omitted).
  const newStages = built.newStages.map((stage) => ({ ...stage, ...stageFlags.get(stage.stage) }));

  let quotas: Quota[] | null = null;
  if (pull.quotas) {
    const mapped = mapQuotas(pull.quotas, { fiscalYearStartMonth: settings.fiscalYearStartMonth, grain: options.quotaGrain ?? "quarter", multiCurrency, orgCurrency });
    quotas = mapped.quotas;
    rejected.push(...mapped.rejected);
  }

  const notes: ImportNote[] = [];
  const note = (code: string, message: string, rows: number): void => {
    if (rows > 0) notes.push({ code, message, rows });
  };
  note("amount_missing", "Opportunities without an Amount, counted as 0 as Salesforce's reports count them", amountMissing);
  note("most_likely_as_best_case", "Opportunities in the Most Likely forecast category, counted as Best Case", mostLikely);
  note("inactive_user_end_date", "Inactive users, ended on the day their user record was last modified (Salesforce keeps no deactivation date)", users.inactive);
  note("owner_not_a_user", "Opportunity owners the user query did not return, added as reps from the opportunity's owner name", missingOwners.size);
  if (pull.quotasUnavailable) note("quotas_unavailable", pull.quotasUnavailable, 1);

  return {
    opportunities,
    accounts: built.accounts,
    reps: [...users.reps, ...built.reps.filter((rep) => !userIds.has(rep.id))].sort(byId),
    quotas,
    rejected,
    notes,
    newStages,
  };
}
