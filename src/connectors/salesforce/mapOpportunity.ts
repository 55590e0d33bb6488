import { checkOpportunity } from "../../core/import/checkOpportunity";
import { coerceDate } from "../../core/import/coerceDate";
import { readCategory } from "../../core/import/stageResolver";
import type { Opportunity } from "../../core/model/entities";
import { type ForecastCategory, findStage, type StageDefinition } from "../../core/model/stageMap";
import type { SalesforceFieldMapping } from "./fieldMapping";
import type { RecordProblem } from "./recordProblems";
import { readPath, shown, textOf } from "./recordValues";
import type { SalesforceRecord } from "./salesforceClient";

export interface OpportunityMappingContext {
  stageMap: readonly StageDefinition[];
  multiCurrency: boolean;
  /** A single-currency org's currency (every amount is in it). */
  orgCurrency: string;
  customFields: readonly SalesforceFieldMapping[];
  /** An opportunity without an Amount: counted as 0 (as Salesforce's reports do), or rejected. */
  nullAmount: "zero" | "reject";
}

/**
 * ForecastCategory's fixed API values. Admins can rename the categories (ForecastCategoryName) but not
 * these. Most Likely, an optional category between Best Case and Commit, has no equivalent in our
 * rollups and is counted as Best Case, its cumulative neighbour below Commit.
 */
const API_CATEGORIES: Readonly<Record<string, ForecastCategory>> = {
  Pipeline: "Pipeline",
  BestCase: "Best Case",
  MostLikely: "Best Case",
  Forecast: "Commit",
  Closed: "Closed",
  Omitted: "Omitted",
};

const CURRENCY = /^[A-Z]{3}$/;

export type OpportunityRead =
  | {
      ok: true;
      opportunity: Opportunity;
      accountName: string;
      ownerName: string;
      amountMissing: boolean;
      mostLikely: boolean;
      /** The stage when the stage map does not know it, with what Salesforce says about it. */
      foreignStage: { stage: string; category: ForecastCategory; probability?: number; closed: boolean; won: boolean } | null;
    }
  | { ok: false; problems: RecordProblem[] };

/**
 * Maps one raw Opportunity row into the canonical opportunity, collecting every problem of the record
 * (not just the first) so it can be fixed in one pass.
 * @example mapOpportunity({ Id: "006A", StageName: "Closed Won", ForecastCategory: "Closed", Amount: 1200, Probability: 100, CloseDate: "2026-11-27", CreatedDate: "2026-08-01T09:00:00.000+0000", OwnerId: "005A", Name: "Acme" }, context)
 * // { ok: true, opportunity: { id: "006A", stage: "Closed Won", forecastCategory: "Closed", probability: 1, … }, … }
 */
export function mapOpportunity(record: SalesforceRecord, context: OpportunityMappingContext): OpportunityRead {
  const id = textOf(record.Id);
  const problems: RecordProblem[] = [];
  const problem = (field: string, value: unknown, code: string, reason: string): void => {
    problems.push({ object: "Opportunity", recordId: id, field, value: shown(value), code, reason });
  };
  const custom = (target: SalesforceFieldMapping["target"]): SalesforceFieldMapping | undefined => context.customFields.find((mapping) => mapping.target === target);

  const ownerId = textOf(record.OwnerId);
  if (!ownerId) problem("OwnerId", record.OwnerId, "missing_owner", "the opportunity has no owner: assign one in Salesforce");

  const stageText = textOf(record.StageName).trim();
  const known = stageText ? findStage(context.stageMap, stageText) : undefined;
  if (!stageText) problem("StageName", record.StageName, "missing_stage", "the stage is empty: set it in Salesforce");
  const apiCategory = API_CATEGORIES[textOf(record.ForecastCategory)];
  const category = apiCategory ?? readCategory(textOf(record.ForecastCategoryName)) ?? known?.category ?? null;
  if (!category) {
    problem("ForecastCategoryName", record.ForecastCategoryName, "invalid_category", `"${textOf(record.ForecastCategoryName)}" is not a forecast category and the stage "${stageText}" is not in the stage map: add the stage to the stage map in Settings`);
  }

  const amountField = custom("amount")?.field ?? "Amount";
  const rawAmount = readPath(record, amountField);
  let amount = 0;
  const amountMissing = rawAmount === null;
  if (amountMissing) {
    if (context.nullAmount === "reject") problem(amountField, rawAmount, "missing_amount", "the amount is empty: fill it in in Salesforce");
  } else if (typeof rawAmount === "number" && Number.isFinite(rawAmount)) amount = rawAmount;
  else problem(amountField, rawAmount, "invalid_amount", `not a number: check the ${amountField} field's type in Salesforce (it must be a currency or number field)`);

  let currency = context.orgCurrency;
  if (context.multiCurrency) {
    currency = textOf(record.CurrencyIsoCode);
    if (!CURRENCY.test(currency)) problem("CurrencyIsoCode", record.CurrencyIsoCode, "invalid_currency", "the opportunity has no ISO currency code: set its currency in Salesforce");
  }

  let probability: number | null = null;
  // Salesforce's Probability is a percent (0–100). Core's coerceProbability guesses fractions for values
  // up to 1, which would read a 1% deal as certain, so the scale is applied here instead.
  if (record.Probability !== null && record.Probability !== undefined) {
    if (typeof record.Probability === "number" && record.Probability >= 0 && record.Probability <= 100) probability = record.Probability / 100;
    else problem("Probability", record.Probability, "invalid_probability", "the probability must be a percent from 0 to 100: fix it in Salesforce");
  }

  const closeDate = dateField(record, "CloseDate", "missing_close_date", "the close date is empty: set it in Salesforce", problem);
  // CreatedDate is a UTC datetime: its UTC calendar date is kept, as the importer keeps a datetime's date as written.
  const createdDate = dateField(record, "CreatedDate", "missing_created_date", "the created date is missing: Salesforce always sets it, so check the field access of your profile", problem);

  const type = custom("type") ? textOf(readPath(record, custom("type")?.field ?? "")) : textOf(record.Type);
  const product = custom("product") ? textOf(readPath(record, custom("product")?.field ?? "")) : "";
  let termMonths: number | null = null;
  const termMapping = custom("termMonths");
  if (termMapping) {
    const raw = readPath(record, termMapping.field);
    if (raw !== null) {
      const term = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      if (term > 0 && Number.isFinite(term)) termMonths = term;
      else problem(termMapping.field, raw, "invalid_term", "the term must be a positive number of months: fix it in Salesforce or map another field");
    }
  }

  const extra: Record<string, string> = {};
  for (const mapping of context.customFields) {
    if (mapping.target) continue;
    const value = readPath(record, mapping.field);
    if (value !== null) extra[mapping.column ?? mapping.field] = textOf(value);
  }

  if (problems.length > 0 || !category) return { ok: false, problems };
  const opportunity: Opportunity = {
    id,
    name: textOf(record.Name),
    accountId: textOf(record.AccountId),
    ownerId,
    stage: known?.stage ?? stageText,
    // A closed stage of the map keeps its own category, as the importer does; otherwise Salesforce's.
    forecastCategory: known?.closed ? known.category : category,
    amount,
    currency,
    probability,
    createdDate,
    closeDate,
    type,
    product,
    termMonths,
    extra,
  };
  const invalid = checkOpportunity(opportunity);
  if (invalid) return { ok: false, problems: [{ object: "Opportunity", recordId: id, field: invalid, value: shown(opportunity[invalid]), code: "invalid_value", reason: `${invalid} is not valid: fix it in Salesforce` }] };
  const foreignStage = known ? null : { stage: stageText, category, probability: probability ?? undefined, closed: record.IsClosed === true, won: record.IsWon === true };
  return {
    ok: true,
    opportunity,
    accountName: textOf(readPath(record, "Account.Name")),
    ownerName: textOf(readPath(record, "Owner.Name")),
    amountMissing,
    mostLikely: textOf(record.ForecastCategory) === "MostLikely",
    foreignStage,
  };
}

function dateField(record: SalesforceRecord, field: string, missingCode: string, missingReason: string, problem: (field: string, value: unknown, code: string, reason: string) => void): string {
  const value = record[field];
  if (value === null || value === undefined || value === "") {
    problem(field, value, missingCode, missingReason);
    return "";
  }
  const date = coerceDate(typeof value === "string" ? value : textOf(value));
  if (date.ok) return date.value;
  problem(field, value, "invalid_date", `not a date Salesforce writes (${date.reason})`);
  return "";
}
