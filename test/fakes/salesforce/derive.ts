/**
 * Values Salesforce derives on save: an opportunity's probability, forecast category and closed/won
 * flags follow its stage (unless the write sets them), a user's Name joins first and last name.
 */
import type { StoredValue } from "./store";

interface StageFacts {
  probability: number;
  forecastCategoryName: string;
  forecastCategory: string;
  isClosed: boolean;
  isWon: boolean;
}

const open = (probability: number, name: string, api: string): StageFacts => ({
  probability,
  forecastCategoryName: name,
  forecastCategory: api,
  isClosed: false,
  isWon: false,
});

/** The default stage picklist of a new org, with its default probabilities and forecast categories. */
export const STAGE_FACTS: Readonly<Record<string, StageFacts>> = {
  Prospecting: open(10, "Pipeline", "Pipeline"),
  Qualification: open(10, "Pipeline", "Pipeline"),
  "Needs Analysis": open(20, "Pipeline", "Pipeline"),
  "Value Proposition": open(50, "Pipeline", "Pipeline"),
  "Id. Decision Makers": open(60, "Pipeline", "Pipeline"),
  "Perception Analysis": open(70, "Pipeline", "Pipeline"),
  "Proposal/Price Quote": open(75, "Best Case", "BestCase"),
  "Negotiation/Review": open(90, "Commit", "Forecast"),
  "Closed Won": { probability: 100, forecastCategoryName: "Closed", forecastCategory: "Closed", isClosed: true, isWon: true },
  "Closed Lost": { probability: 0, forecastCategoryName: "Omitted", forecastCategory: "Omitted", isClosed: true, isWon: false },
};

const CATEGORY_API: Readonly<Record<string, string>> = { Pipeline: "Pipeline", "Best Case": "BestCase", Commit: "Forecast", Closed: "Closed", Omitted: "Omitted" };

type Values = Record<string, StoredValue>;
const { floor, round } = Math;
const toNumber = Number;

/**
 * Fills the derived fields of `next` (the record after a write of `written`, a set of field names).
 * Mutates `next`, which the store has just copied.
 */
export function deriveFields(objectName: string, next: Values, written: ReadonlySet<string>): void {
  if (objectName === "Opportunity") deriveOpportunity(next, written);
  if (objectName === "User") next.UserType ??= "Standard";
  if (objectName === "User" && !written.has("Name") && (written.has("FirstName") || written.has("LastName"))) {
    next.Name = [next.FirstName, next.LastName].filter((part) => typeof part === "string" && part !== "").join(" ");
  }
}

function deriveOpportunity(next: Values, written: ReadonlySet<string>): void {
  const facts = typeof next.StageName === "string" ? STAGE_FACTS[next.StageName] : undefined;
  if (facts && written.has("StageName")) {
    if (!written.has("Probability")) next.Probability = facts.probability;
    if (!written.has("ForecastCategoryName")) next.ForecastCategoryName = facts.forecastCategoryName;
    if (!written.has("IsClosed")) next.IsClosed = facts.isClosed;
    if (!written.has("IsWon")) next.IsWon = facts.isWon;
  }
  if (written.has("ForecastCategoryName") || written.has("StageName")) {
    const name = next.ForecastCategoryName;
    if (!written.has("ForecastCategory") && typeof name === "string") next.ForecastCategory = CATEGORY_API[name] ?? null;
  }
  if (typeof next.Amount === "number" && typeof next.Probability === "number") {
    next.ExpectedRevenue = round(next.Amount * next.Probability) / 100;
  } else {
    next.ExpectedRevenue = null;
  }
  if (typeof next.CloseDate === "string") {
    // A standard fiscal year that starts in January, as a new org has.
    next.FiscalYear = toNumber(next.CloseDate.slice(0, 4));
    next.FiscalQuarter = floor((toNumber(next.CloseDate.slice(5, 7)) - 1) / 3) + 1;
  }
  next.IsClosed ??= false;
  next.IsWon ??= false;
}
