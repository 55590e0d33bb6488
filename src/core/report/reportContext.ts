import { ForecastDeal, toForecastDeals } from "../forecast/forecastDeal";
import { RateTable } from "../model/currency";
import type { DataSet } from "../model/dataSet";
import type { Opportunity } from "../model/entities";
import { FiscalPeriod, fiscalPeriodRange, formatFiscalPeriod, parseFiscalLabel } from "../model/fiscalCalendar";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { ReportError } from "./reportError";
import { ReportScope, resolveScope, ResolvedScope } from "./scope";
import type { RatesLayout } from "./ratesTable";

export interface PeriodWindow {
  label: string;
  period: FiscalPeriod;
  start: IsoDate;
  end: IsoDate;
}

/**
 * What every section of a report reads: the data, its deals in the corporate currency (converted at
 * the close date's rate, as the forecast engine does), and the fiscal windows around the period.
 */
export type ReportKind = "qbr" | "mbr" | "custom";

export interface ReportContext {
  kind: ReportKind;
  /** The owners the report covers (null: everyone), listed on the FX sheet for the formulas. */
  scope: ResolvedScope;
  dataSet: DataSet;
  asOf: IsoDate;
  currency: string;
  deals: ForecastDeal[];
  rates: RateTable;
  /** The reviewed period, the one before it, the same one a year earlier, and the one after it. */
  current: PeriodWindow;
  prior: PeriodWindow;
  priorYear: PeriodWindow;
  next: PeriodWindow;
  /** Stage names the stage map marks won, and closed but lost. */
  wonStages: string[];
  lostStages: string[];
  issues: Issue[];
  /** Snapshot days already converted to corporate deals (see snapshotDeals). */
  snapshotCache: Map<string, ForecastDeal[]>;
  /** Where the report's FX rows sit (see ratesLayout), worked out on first use. */
  ratesLayout?: RatesLayout;
  /** Quota per owner by window label (see quotasFor). */
  quotaCache: Map<string, Map<string, number>>;
}

/** Opportunities by id per context: several sections look deals up, and a million-entry map is worth building once. */
const opportunityMaps = new WeakMap<ReportContext, ReadonlyMap<string, Opportunity>>();

/**
 * The data set's opportunities by id (where ids repeat, the last one), built once per context.
 * @example opportunitiesById(context).get("OPP-000042")?.name
 */
export function opportunitiesById(context: ReportContext): ReadonlyMap<string, Opportunity> {
  let byId = opportunityMaps.get(context);
  if (!byId) {
    byId = new Map(context.dataSet.opportunities.map((opportunity) => [opportunity.id, opportunity]));
    opportunityMaps.set(context, byId);
  }
  return byId;
}

/** The period `steps` periods after `period` at its grain (negative for earlier ones). */
export function shiftPeriod(period: FiscalPeriod, steps: number): FiscalPeriod {
  if (period.grain === "year") return { ...period, fiscalYear: period.fiscalYear + steps };
  const perYear = period.grain === "quarter" ? 4 : 12;
  const zeroBased = period.fiscalYear * perYear + (period.index - 1) + steps;
  return { grain: period.grain, fiscalYear: Math.floor(zeroBased / perYear), index: (zeroBased % perYear) + 1 };
}

export function periodWindow(period: FiscalPeriod, fiscalStartMonth: number): PeriodWindow {
  const range = fiscalPeriodRange(period, fiscalStartMonth);
  return { label: formatFiscalPeriod(period), period, start: range.start, end: range.end };
}

/**
 * @example reportContext(demo, "FY2027-Q3", "2026-11-27", "qbr").prior.label // "FY2027-Q2"
 */
export function reportContext(dataSet: DataSet, periodLabel: string, asOf: IsoDate, kind: ReportKind, scope: ReportScope = { kind: "all" }): ReportContext {
  const period = parseFiscalLabel(periodLabel);
  if (!period || period.grain === "year") throw new ReportError(`"${periodLabel}" is not a fiscal quarter or month: use a label such as FY2027-Q3 or FY2027-M7.`);
  const { settings } = dataSet;
  const rates = new RateTable(settings.corporateCurrency, settings.fiscalYearStartMonth, dataSet.fxRates);
  const converted = toForecastDeals(dataSet.opportunities, settings.stageMap, rates);
  const resolved = resolveScope(dataSet, scope);
  const owners = resolved.owners;
  const window = (p: FiscalPeriod) => periodWindow(p, settings.fiscalYearStartMonth);
  const yearSteps = period.grain === "quarter" ? 4 : 12;
  return {
    kind,
    dataSet,
    asOf,
    currency: settings.corporateCurrency,
    // A scoped report sees only its owners' deals; its formulas filter on the same owners.
    deals: owners ? converted.deals.filter((deal) => owners.has(deal.ownerId)) : converted.deals,
    scope: resolved,
    rates,
    current: window(period),
    prior: window(shiftPeriod(period, -1)),
    priorYear: window(shiftPeriod(period, -yearSteps)),
    next: window(shiftPeriod(period, 1)),
    wonStages: settings.stageMap.filter((stage) => stage.won).map((stage) => stage.stage),
    lostStages: settings.stageMap.filter((stage) => stage.closed && !stage.won).map((stage) => stage.stage),
    issues: converted.issues,
    snapshotCache: new Map(),
    quotaCache: new Map(),
  };
}
