import type { CellDescription, CellEntry, ChartDescription, SheetDescription, WorkbookDescription } from "../../workbook/description";
import type { ForecastDeal } from "../forecast/forecastDeal";
import { movePipeline } from "../forecast/waterfall";
import type { IsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { amountFormula, countFormula, DealFilter, snapshotDeals } from "./dealFormulas";
import { currencyFormat, FORMATS, headerRow, LANDSCAPE, noteRow, sectionRow, STYLES, titleRows } from "./layout";
import { dealRows, WATERFALL_STEPS, waterfallBlock } from "./qbrPipeline";
import { NOT_AVAILABLE } from "./qbrSummary";
import { quotaFormula } from "./quotaFormulas";
import { ratesSheet } from "./ratesTable";
import { PeriodWindow, periodWindow, reportContext, ReportContext } from "./reportContext";
import { ReportError } from "./reportError";
import type { ReportScope } from "./scope";

export const MBR_SHEETS = { summary: "MBR Summary", pipeline: "MBR Pipeline", atRisk: "MBR At risk" } as const;

export interface MbrOptions {
  /** A fiscal month label, e.g. "FY2027-M10". */
  period: string;
  asOf: IsoDate;
  /** The part of the org covered; the whole org by default. */
  scope?: ReportScope;
}

const body = (formula: string) => formula.slice(1);

/** A window cut at the as-of date: month and quarter to date. */
function toDate(window: PeriodWindow, asOf: IsoDate): PeriodWindow {
  return { ...window, end: asOf < window.end ? asOf : window.end };
}

/** The snapshot days inside a window, in order. */
function snapshotDays(context: ReportContext, window: { start: string; end: string }): string[] {
  return [...new Set(context.dataSet.snapshots.map((row) => row.snapshotDate))].filter((day) => day >= window.start && day <= window.end).sort();
}

function summarySheet(context: ReportContext, mtd: PeriodWindow, qtd: PeriodWindow, quarter: PeriodWindow): SheetDescription {
  const money = currencyFormat(context.currency);
  const top = 5;
  const won = (window: PeriodWindow): DealFilter => ({ window, dateField: "close_date", outcome: "won" });
  const figures = [mtd, qtd].map((window) => {
    const wonCount = countFormula(context, won(window));
    const lostCount = countFormula(context, { ...won(window), outcome: "lost" });
    return {
      bookings: amountFormula(context, won(window)),
      wonCount,
      winRate: {
        formula: `=IFERROR((${body(wonCount.formula)})/(${body(wonCount.formula)}+${body(lostCount.formula)}),"${NOT_AVAILABLE}")`,
        result: wonCount.result + lostCount.result === 0 ? NOT_AVAILABLE : wonCount.result / (wonCount.result + lostCount.result),
      },
      created: amountFormula(context, { window, dateField: "created_date", outcome: "any" }),
    };
  });
  const quota = quotaFormula(context, quarter);
  const quarterDeals = (outcome: DealFilter["outcome"]) => amountFormula(context, { window: quarter, dateField: "close_date", outcome });
  const [all, wonAll, lostAll] = [quarterDeals("any"), quarterDeals("won"), quarterDeals("lost")];
  const openPipeline = { formula: `=${body(all.formula)}-(${body(wonAll.formula)})-(${body(lostAll.formula)})`, result: all.result - wonAll.result - lostAll.result };
  const cell = (figure: { formula: string; result: number | string }, format: string): CellDescription => ({ ...figure, numberFormat: format });
  const dash = { value: "—", style: { horizontalAlignment: "Right" as const } };
  const note = (text: string): CellDescription => ({ value: text, style: STYLES.note });
  const rows: CellEntry[][] = [
    ...titleRows(`Monthly business review — ${context.current.label}${context.scope.owners ? ` · ${context.scope.label}` : ""}`, `Month to date ${mtd.start} to ${mtd.end}, quarter (${quarter.label}) to date · amounts in ${context.currency} · data as of ${context.asOf}`),
    headerRow(["Metric", "Month to date", "Quarter to date", "How it is computed"]),
    ["Bookings", cell(figures[0].bookings, money), cell(figures[1].bookings, money), note("Closed-won amounts closing in the window, at the close date's rate.")],
    ["Quarter quota", dash, cell(quota, money), note("The Quotas table for the quarter.")],
    ["Attainment", dash, { formula: `=IFERROR(C${top}/C${top + 1},"${NOT_AVAILABLE}")`, result: quota.result === 0 ? NOT_AVAILABLE : figures[1].bookings.result / quota.result, numberFormat: FORMATS.percent }, note("Bookings to date ÷ quarter quota.")],
    ["Deals won", cell(figures[0].wonCount, FORMATS.count), cell(figures[1].wonCount, FORMATS.count), note("Count of deals won in the window.")],
    ["Win rate", cell(figures[0].winRate, FORMATS.percent), cell(figures[1].winRate, FORMATS.percent), note("Won ÷ closed (won or lost), by count.")],
    ["Pipeline created", cell(figures[0].created, money), cell(figures[1].created, money), note("Opportunities created in the window, whatever their stage now.")],
    ["Open pipeline closing this quarter", dash, cell(openPipeline, money), note(`Open deals (not won or lost) closing in ${quarter.label}.`)],
  ];
  // Commit against actual: the call at the month's first snapshot, against what has closed since.
  const firstSnapshot = snapshotDays(context, { start: mtd.start, end: context.current.end })[0];
  rows.push([], sectionRow("Commit against actual"));
  if (firstSnapshot) {
    const call = ["Closed", "Commit"].map((category) => amountFormula(context, { window: quarter, dateField: "close_date", outcome: "any", category, snapshotDate: firstSnapshot }));
    const callResult = call.reduce((sum, part) => sum + part.result, 0);
    const callRow = rows.length + 1;
    rows.push(headerRow(["", "Amount", "", "How it is computed"]));
    rows.push(["Commit call", { formula: `=${call.map((part) => body(part.formula)).join("+")}`, result: callResult, numberFormat: money }, null, note(`Closed + Commit closing in ${quarter.label}, in the Snapshots table on ${firstSnapshot}.`)]);
    rows.push(["Actual to date", { formula: `=C${top}`, result: figures[1].bookings.result, numberFormat: money }, null, note("Bookings quarter to date (above).")]);
    rows.push(["Still to close on the call", { formula: `=B${callRow + 1}-B${callRow + 2}`, result: callResult - figures[1].bookings.result, numberFormat: money }, null, note("Commit call − actual: what the call still needs.")]);
    rows.push(["Gap to quota", { formula: `=C${top + 1}-B${callRow + 1}`, result: quota.result - callResult, numberFormat: money }, null, note("Quarter quota − commit call.")]);
  } else {
    rows.push(noteRow(`Needs a snapshot taken during ${context.current.label}; the Snapshots table has none.`));
  }
  rows.push([], noteRow("Every figure is a live formula over the Opportunities, Quotas, Snapshots and FxRates tables (amounts converted through the MBR FX sheet)."));
  return {
    name: MBR_SHEETS.summary,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 34 }, { column: 1, width: 18 }, { column: 2, width: 18 }, { column: 3, width: 70 }],
    freeze: { rows: 4, columns: 1 },
    print: { ...LANDSCAPE, titleRows: "1:4" },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}

function pipelineSheet(context: ReportContext, quarter: PeriodWindow): SheetDescription {
  const money = currencyFormat(context.currency);
  const days = snapshotDays(context, context.current);
  const rows: CellEntry[][] = [...titleRows(`Pipeline changes this month — ${context.current.label}`, `Pipeline closing in ${quarter.label} · amounts in ${context.currency}`)];
  const charts: ChartDescription[] = [];
  if (days.length >= 2) {
    const from = days[0];
    const to = days[days.length - 1];
    const waterfall = movePipeline({ startDeals: snapshotDeals(context, from), endDeals: snapshotDeals(context, to), outcomes: context.deals, window: quarter });
    rows.push(sectionRow(`From the snapshot of ${from} to that of ${to}`));
    const header = rows.length + 1;
    const block = waterfallBlock(waterfall, header + 1, money);
    block.rows.forEach((row, i) => rows.push([...row, null, ...block.chartRows[i]]));
    rows.push(noteRow("Amounts from the SalesOps waterfall over the Snapshots table; running totals are live."));
    charts.push({ name: "MonthWaterfall", kind: "ColumnStacked", title: `Pipeline movement, ${context.current.label}`, source: `E${header}:H${header + WATERFALL_STEPS.length}`, from: `J${header}`, to: `Q${header + 18}`, hiddenSeries: [0], valueFormat: "#,##0" });
  } else {
    rows.push(noteRow(`Pipeline changes need two snapshots taken during ${context.current.label}; the Snapshots table has ${days.length}.`));
  }
  return {
    name: MBR_SHEETS.pipeline,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 14 }, { column: 1, width: 16 }, { column: 2, width: 16 }, ...[4, 5, 6, 7].map((column) => ({ column, width: 14 }))],
    charts,
    print: LANDSCAPE,
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}

/** How many times a deal's close date moved later across the snapshots, in date order. */
function pushCounts(context: ReportContext): Map<string, number> {
  const days = [...new Set(context.dataSet.snapshots.map((row) => row.snapshotDate))].sort();
  const lastClose = new Map<string, string>();
  const pushes = new Map<string, number>();
  for (const day of days) {
    for (const deal of snapshotDeals(context, day)) {
      const before = lastClose.get(deal.id);
      if (before !== undefined && deal.closeDate > before) pushes.set(deal.id, (pushes.get(deal.id) ?? 0) + 1);
      lastClose.set(deal.id, deal.closeDate);
    }
  }
  return pushes;
}

function atRiskSheet(context: ReportContext): SheetDescription {
  const money = currencyFormat(context.currency);
  const pushes = pushCounts(context);
  const risky: { deal: ForecastDeal; reason: string }[] = [];
  for (const deal of context.deals) {
    if (deal.closed) continue;
    const reasons: string[] = [];
    if (deal.closeDate < context.asOf) reasons.push("close date passed");
    const pushed = pushes.get(deal.id) ?? 0;
    if (pushed >= 2) reasons.push(`pushed ${pushed} times`);
    if (reasons.length) risky.push({ deal, reason: reasons.join("; ") });
  }
  risky.sort((a, b) => b.deal.amount - a.deal.amount || a.deal.id.localeCompare(b.deal.id));
  const rows: CellEntry[][] = [
    ...titleRows(`At-risk deals — ${context.current.label}`, `Open deals whose close date has passed (as of ${context.asOf}) or that were pushed out twice or more across the snapshots`),
    headerRow(["Opportunity", "Name", "Owner", "Stage", "Close date", "Amount", "Currency", `Amount (${context.currency})`, "Why at risk"]),
  ];
  const first = rows.length + 1;
  const lines = dealRows(context, risky.map((r) => r.deal), first, money);
  lines.forEach((line, i) => rows.push([...line, risky[i].reason]));
  if (risky.length === 0) rows.push([{ value: "No open deal is past its close date or pushed twice.", style: STYLES.note }]);
  rows.push([], noteRow("Deal fields are live lookups into Opportunities by id; the list and the reasons come from the Snapshots history."));
  return {
    name: MBR_SHEETS.atRisk,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 14 }, { column: 1, width: 44 }, { column: 2, width: 12 }, { column: 3, width: 18 }, { column: 4, width: 12 }, { column: 5, width: 14 }, { column: 6, width: 9 }, { column: 7, width: 16 }, { column: 8, width: 30 }],
    freeze: { rows: 4, columns: 1 },
    print: { ...LANDSCAPE, titleRows: "4:4" },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}

/**
 * The monthly business review: month- and quarter-to-date figures, the commit call against actual,
 * pipeline changes this month and at-risk deals, then the report's rate sheet.
 * @example buildMbr(demo, { period: "FY2027-M10", asOf: "2026-11-27" }).description.sheets[0].name // "MBR Summary"
 */
export function buildMbr(dataSet: Parameters<typeof reportContext>[0], options: MbrOptions, dataSheets: readonly SheetDescription[] = []): { description: WorkbookDescription; issues: Issue[] } {
  const context = reportContext(dataSet, options.period, options.asOf, "mbr", options.scope);
  if (context.current.period.grain !== "month") throw new ReportError(`An MBR covers a fiscal month: "${options.period}" is not one (use a label such as FY2027-M10).`);
  const { fiscalYear, index } = context.current.period;
  const quarter = periodWindow({ grain: "quarter", fiscalYear, index: Math.ceil(index / 3) }, dataSet.settings.fiscalYearStartMonth);
  const mtd = toDate(context.current, options.asOf);
  const qtd = toDate(quarter, options.asOf);
  const sheets = [summarySheet(context, mtd, qtd, quarter), pipelineSheet(context, quarter), atRiskSheet(context), ratesSheet(context), ...dataSheets];

  return { description: { sheets, activeSheet: MBR_SHEETS.summary }, issues: context.issues };
}
