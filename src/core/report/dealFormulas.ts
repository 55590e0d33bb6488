import type { CellDescription } from "../../workbook/description";
import { ForecastDeal, toForecastDeals } from "../forecast/forecastDeal";
import type { ReportContext, PeriodWindow } from "./reportContext";
import { rateColumns, scopeOwnersRange } from "./ratesTable";

/** Which deals a figure counts, said once for the formula and once for the engine's result. */
export interface DealFilter {
  window: PeriodWindow;
  /** The date the window applies to: closing in it, or created in it. */
  dateField: "close_date" | "created_date";
  outcome: "won" | "lost" | "any";
  /** Deals in one forecast category (the forecast_category column), e.g. "Commit". */
  category?: string;
  /** Rows of the Snapshots table taken on this day instead of the live Opportunities. */
  snapshotDate?: string;
  /** One owner: the formula reads the id from this cell (e.g. "$A7"); the result uses `ownerId`. */
  owner?: { cell: string; id: string };
}

const OPPORTUNITIES = "Opportunities";
const SNAPSHOTS = "Snapshots";

/** DATE(2026,8,1): readable in the formula bar, the same in every locale. */
export function dateLiteral(iso: string): string {
  return `DATE(${Number(iso.slice(0, 4))},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`;
}

function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The SUMIFS/COUNTIFS criteria of a filter for one stage (or none), followed by the criteria that
 * pair each deal with its row of the report's rate table (same currency, close date in the row's month).
 */
function criteria(context: ReportContext, filter: DealFilter, stage: string | null): string {
  const table = tableOf(filter);
  const parts: string[] = [];
  if (filter.snapshotDate) parts.push(`${table}[snapshot_date],${dateLiteral(filter.snapshotDate)}`);
  if (filter.owner) parts.push(`${table}[owner_id],${filter.owner.cell}`);
  else if (context.scope.owners) parts.push(`${table}[owner_id],${scopeOwnersRange(context)}`);
  if (stage !== null) parts.push(`${table}[stage],${textLiteral(stage)}`);
  if (filter.category) parts.push(`${table}[forecast_category],${textLiteral(filter.category)}`);
  const date = `${table}[${filter.dateField}]`;
  parts.push(`${date},">="&${dateLiteral(filter.window.start)}`, `${date},"<="&${dateLiteral(filter.window.end)}`);
  const rates = rateColumns(context, filter.dateField === "close_date" ? filter.window : null);
  parts.push(`${table}[currency],${rates.currency}`, `${table}[close_date],">="&${rates.from}`, `${table}[close_date],"<="&${rates.to}`);
  return parts.join(",");
}

function tableOf(filter: DealFilter): string {
  return filter.snapshotDate ? SNAPSHOTS : OPPORTUNITIES;
}

function stagesOf(context: ReportContext, outcome: DealFilter["outcome"]): (string | null)[] {
  if (outcome === "won") return context.wonStages;
  if (outcome === "lost") return context.lostStages;
  return [null];
}

/** The deals of one source that pass a filter's window, outcome and category, in source order; grouped by owner on first use. */
interface Selection {
  deals: ForecastDeal[];
  byOwner?: Map<string, ForecastDeal[]>;
}

/**
 * Selections already made for a context. A report asks for the same window and outcome once per rep
 * (thousands of times over a million deals): scanning the deals once per distinct filter and then
 * looking owners up keeps the report linear in the deals. Weakly held, so a context's cache goes
 * with it.
 */
const selections = new WeakMap<ReportContext, Map<string, Selection>>();

function selectionKey(filter: DealFilter): string {
  // Falsy snapshot dates and categories mean "no such filter", as in the checks below.
  return [filter.snapshotDate || "", filter.dateField, filter.window.start, filter.window.end, filter.outcome, filter.category ? filter.category.toLowerCase() : ""].join("\u0000");
}

function select(context: ReportContext, filter: DealFilter): Selection {
  let cache = selections.get(context);
  if (!cache) {
    cache = new Map();
    selections.set(context, cache);
  }
  const key = selectionKey(filter);
  const cached = cache.get(key);
  if (cached) return cached;
  const { start, end } = filter.window;
  const source = filter.snapshotDate ? snapshotDeals(context, filter.snapshotDate) : context.deals;
  const byClose = filter.dateField === "close_date";
  const category = filter.category ? filter.category.toLowerCase() : null;
  // Stage names, as the formula matches them (Excel's criteria ignore case).
  const stages = filter.outcome === "won" ? new Set(context.wonStages.map((s) => s.toLowerCase())) : filter.outcome === "lost" ? new Set(context.lostStages.map((s) => s.toLowerCase())) : null;
  const deals: ForecastDeal[] = [];
  for (const deal of source) {
    const date = byClose ? deal.closeDate : deal.createdDate;
    if (date < start || date > end) continue;
    if (category !== null && deal.category.toLowerCase() !== category) continue;
    if (stages !== null && !stages.has(deal.stage.toLowerCase())) continue;
    deals.push(deal);
  }
  const made: Selection = { deals };
  cache.set(key, made);
  return made;
}

function ownedBy(selection: Selection, ownerId: string): readonly ForecastDeal[] {
  if (!selection.byOwner) {
    const byOwner = new Map<string, ForecastDeal[]>();
    for (const deal of selection.deals) {
      const owned = byOwner.get(deal.ownerId);
      if (owned) owned.push(deal);
      else byOwner.set(deal.ownerId, [deal]);
    }
    selection.byOwner = byOwner;
  }
  return selection.byOwner.get(ownerId) ?? [];
}

/**
 * Deals the engine counts under the filter (the rate lookup already dropped deals it could not
 * convert), in the order of the data, so sums over them add up in the same order every time.
 * The array is the caller's own.
 */
export function matchingDeals(context: ReportContext, filter: DealFilter): ForecastDeal[] {
  return selected(context, filter).slice();
}

/** The cached selection itself, for figures that only read it. */
function selected(context: ReportContext, filter: DealFilter): readonly ForecastDeal[] {
  const selection = select(context, filter);
  return filter.owner ? ownedBy(selection, filter.owner.id) : selection.deals;
}

/** The deals of one snapshot day in the corporate currency, converted once per report. */
export function snapshotDeals(context: ReportContext, date: string): ForecastDeal[] {
  let deals = context.snapshotCache.get(date);
  if (!deals) {
    const rows = context.dataSet.snapshots.filter((row) => row.snapshotDate === date);
    const owners = context.scope.owners;
    const all = toForecastDeals(rows, context.dataSet.settings.stageMap, context.rates).deals;
    deals = owners ? all.filter((deal) => owners.has(deal.ownerId)) : all;
    context.snapshotCache.set(date, deals);
  }
  return deals;
}

/** Sum of the deals' amounts in the corporate currency. */
export function amountFormula(context: ReportContext, filter: DealFilter): { formula: string; result: number } {
  const terms = stagesOf(context, filter.outcome).map((stage) => `SUMPRODUCT(SUMIFS(${tableOf(filter)}[amount],${criteria(context, filter, stage)})*${rateColumns(context, filter.dateField === "close_date" ? filter.window : null).rate})`);
  const result = selected(context, filter).reduce((sum, deal) => sum + deal.amount, 0);
  return { formula: `=${terms.join("+") || "0"}`, result };
}

/** Number of deals (those the engine can convert: a rate above 0). */
export function countFormula(context: ReportContext, filter: DealFilter): { formula: string; result: number } {
  const formula = `=${countExpression(context, filter)}`;
  return { formula, result: selected(context, filter).length };
}

export function countExpression(context: ReportContext, filter: DealFilter): string {
  return stagesOf(context, filter.outcome).map((stage) => `SUMPRODUCT(COUNTIFS(${criteria(context, filter, stage)})*(${rateColumns(context, filter.dateField === "close_date" ? filter.window : null).rate}>0))`).join("+") || "0";
}

/** Σ of a date column over the deals, for mean sales cycles as Σ(close) − Σ(created) over a count. */
export function dateSumExpression(context: ReportContext, filter: DealFilter, column: "close_date" | "created_date"): string {
  return stagesOf(context, filter.outcome).map((stage) => `SUMPRODUCT(SUMIFS(${tableOf(filter)}[${column}],${criteria(context, filter, stage)})*(${rateColumns(context, filter.dateField === "close_date" ? filter.window : null).rate}>0))`).join("+") || "0";
}

/** A cell for a figure: the formula, the engine's result and a number format. */
export function figureCell(figure: { formula: string; result: number | string | null }, numberFormat: string): CellDescription {
  return { formula: figure.formula, result: figure.result, numberFormat };
}
