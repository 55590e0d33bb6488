import type { DataSet } from "../core/model/dataSet";
import type { Opportunity } from "../core/model/entities";
import { fiscalPeriodRange, parseFiscalLabel } from "../core/model/fiscalCalendar";
import { FORECAST_CATEGORIES, ForecastCategory, normalizeForecastCategory } from "../core/model/stageMap";
import { isBlank, ScalarArgument } from "./arguments";
import { argumentFailure, FunctionFailure } from "./runner";

export const PIPELINE_HEADER = ["Id", "Name", "Account", "Owner", "Stage", "Forecast category", "Amount", "Currency", "Close date", "Probability"] as const;

export type PipelineCell = string | number;

/** The rep ids an owner argument names: a rep id or a rep's name, ignoring case; blank is everyone. */
function ownersNamed(dataSet: DataSet, owner: ScalarArgument): ReadonlySet<string> | null {
  if (isBlank(owner)) return null;
  const wanted = String(owner).trim().toLowerCase();
  const ids = dataSet.reps.filter((rep) => rep.id.toLowerCase() === wanted || rep.name.trim().toLowerCase() === wanted).map((rep) => rep.id);
  // Deals can name owners the Reps table lacks (a raw CRM pull): an exact id still matches them.
  if (ids.length === 0) ids.push(...new Set(dataSet.opportunities.filter((deal) => deal.ownerId.toLowerCase() === wanted).map((deal) => deal.ownerId)));
  if (ids.length === 0) throw new FunctionFailure("notAvailable", `owner: no rep has the id or name "${String(owner)}" in the loaded data.`);
  return new Set(ids);
}

function closeDateRange(period: ScalarArgument, startMonth: number): { start: string; end: string } | null {
  if (isBlank(period)) return null;
  const parsed = parseFiscalLabel(String(period));
  if (!parsed) throw argumentFailure("period", `"${String(period)}" is not a fiscal period: use a label such as FY2027-Q3, FY2027-M10 or FY2027.`);
  return fiscalPeriodRange(parsed, startMonth);
}

function categoryNamed(category: ScalarArgument): ForecastCategory | null {
  if (isBlank(category)) return null;
  const parsed = normalizeForecastCategory(String(category));
  if (!parsed) throw argumentFailure("category", `"${String(category)}" is not a forecast category: use one of ${FORECAST_CATEGORIES.map((c) => `"${c}"`).join(", ")}.`);
  return parsed;
}

/**
 * The loaded opportunities that match the filters, as a header row and one row per deal, in the
 * order of the data: the body of SALESOPS.PIPELINE. Close dates are ISO text, which reads the same in
 * every locale; text stays text (a deal named "=1+1" is not a formula when spilled).
 * @example pipelineCells(dataSet, "REP-012", "FY2027-Q4", "Commit") // [["Id", "Name", …], ["006…", "Acme renewal", …]]
 */
export function pipelineCells(dataSet: DataSet | null, owner: ScalarArgument, period: ScalarArgument, category: ScalarArgument): PipelineCell[][] {
  if (!dataSet) throw new FunctionFailure("notAvailable", "No data is loaded: open SalesOps and load sample data, import your pipeline or pull it from Salesforce first.");
  const owners = ownersNamed(dataSet, owner);
  const range = closeDateRange(period, dataSet.settings.fiscalYearStartMonth);
  const wantedCategory = categoryNamed(category);
  const accountNames = new Map(dataSet.accounts.map((account) => [account.id, account.name]));
  const repNames = new Map(dataSet.reps.map((rep) => [rep.id, rep.name]));
  const matches = (deal: Opportunity) =>
    (!owners || owners.has(deal.ownerId)) && (!range || (deal.closeDate >= range.start && deal.closeDate <= range.end)) && (!wantedCategory || deal.forecastCategory === wantedCategory);
  const rows: PipelineCell[][] = [[...PIPELINE_HEADER]];
  for (const deal of dataSet.opportunities) {
    if (!matches(deal)) continue;
    rows.push([
      deal.id,
      deal.name,
      accountNames.get(deal.accountId) ?? deal.accountId,
      repNames.get(deal.ownerId) ?? deal.ownerId,
      deal.stage,
      deal.forecastCategory,
      deal.amount,
      deal.currency,
      deal.closeDate,
      // A blank probability means "the stage's default": an empty cell, not 0.
      deal.probability ?? "",
    ]);
  }
  return rows;
}
