import type { CellDescription, CellEntry, SheetDescription } from "../../workbook/description";
import { amountFormula, countExpression, countFormula, dateSumExpression, DealFilter, matchingDeals } from "./dealFormulas";
import { currencyFormat, FORMATS, headerRow, LANDSCAPE, noteRow, STYLES, titleRows } from "./layout";
import { quotaFormula } from "./quotaFormulas";
import type { PeriodWindow, ReportContext } from "./reportContext";

export const NOT_AVAILABLE = "n/a";

type Figure = { formula: string; result: number | string };

const body = (formula: string) => formula.slice(1);
const cell = (figure: Figure, numberFormat: string): CellDescription => ({ formula: figure.formula, result: figure.result, numberFormat });
const ratio = (numerator: number, denominator: number): number | string => (denominator === 0 ? NOT_AVAILABLE : numerator / denominator);

/** The first snapshot taken inside a window, when the Snapshots table has one. */
export function firstSnapshotIn(context: ReportContext, window: PeriodWindow): string | null {
  let first: string | null = null;
  for (const row of context.dataSet.snapshots) {
    if (row.snapshotDate >= window.start && row.snapshotDate <= window.end && (first === null || row.snapshotDate < first)) first = row.snapshotDate;
  }
  return first;
}

/** The KPI formulas for one window, reading bookings from `bookingsCell` so the sheet shows one source per figure. */
function windowFigures(context: ReportContext, window: PeriodWindow, bookingsCell: string) {
  const won: DealFilter = { window, dateField: "close_date", outcome: "won" };
  const lost: DealFilter = { ...won, outcome: "lost" };
  const bookings = amountFormula(context, won);
  const wonCount = countFormula(context, won);
  const lostCount = countFormula(context, lost);
  const quota = quotaFormula(context, window);
  const wonDeals = matchingDeals(context, won);
  const cycleDays = wonDeals.reduce((sum, deal) => sum + (serialOf(deal.closeDate) - serialOf(deal.createdDate)), 0);
  const created = amountFormula(context, { window, dateField: "created_date", outcome: "any" });
  const snapshot = firstSnapshotIn(context, window);
  let accuracy: Figure = { formula: `="${NOT_AVAILABLE}"`, result: NOT_AVAILABLE };
  if (snapshot) {
    const call = ["Closed", "Commit"].map((category) => amountFormula(context, { window, dateField: "close_date", outcome: "any", category, snapshotDate: snapshot }));
    const callTotal = call.reduce((sum, part) => sum + part.result, 0);
    accuracy = {
      formula: `=IFERROR(1-ABS(${call.map((part) => body(part.formula)).join("+")}-${bookingsCell})/${bookingsCell},"${NOT_AVAILABLE}")`,
      result: bookings.result === 0 ? NOT_AVAILABLE : 1 - Math.abs(callTotal - bookings.result) / bookings.result,
    };
  }
  return {
    bookings,
    quota,
    attainment: { formula: `=IFERROR(${bookingsCell}/(${body(quota.formula)}),"${NOT_AVAILABLE}")`, result: ratio(bookings.result, quota.result) },
    winRate: {
      formula: `=IFERROR((${body(wonCount.formula)})/(${body(wonCount.formula)}+${body(lostCount.formula)}),"${NOT_AVAILABLE}")`,
      result: ratio(wonCount.result, wonCount.result + lostCount.result),
    },
    averageDeal: { formula: `=IFERROR(${bookingsCell}/(${body(wonCount.formula)}),"${NOT_AVAILABLE}")`, result: ratio(bookings.result, wonCount.result) },
    salesCycle: {
      formula: `=IFERROR((${dateSumExpression(context, won, "close_date")}-(${dateSumExpression(context, won, "created_date")}))/(${countExpression(context, won)}),"${NOT_AVAILABLE}")`,
      result: ratio(cycleDays, wonDeals.length),
    },
    created,
    accuracy,
    snapshot,
  };
}

/** Day numbers whose differences match Excel's date serials. */
function serialOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * The QBR scorecard: metric | plan | actual | variance | prior quarter | prior year, every figure a
 * live formula over the data tables (through the report's rate table), with the engine's results cached.
 * @example qbrSummarySheet(context, "QBR Summary").blocks.length
 */
export function qbrSummarySheet(context: ReportContext, sheetName: string, title: string): SheetDescription {
  const money = currencyFormat(context.currency);
  const { current, prior, priorYear, next } = context;
  const top = 5; // the first metric's row
  const at = (column: string, metric: number) => `${column}${top + metric}`;
  const now = windowFigures(context, current, at("C", 0));
  const before = windowFigures(context, prior, at("E", 0));
  const yearAgo = windowFigures(context, priorYear, at("F", 0));

  const open = (filter: DealFilter["outcome"]) => amountFormula(context, { window: next, dateField: "close_date", outcome: filter });
  const [nextAll, nextWon, nextLost] = [open("any"), open("won"), open("lost")];
  const nextQuota = quotaFormula(context, next);
  const openPipeline = nextAll.result - nextWon.result - nextLost.result;
  const coverage: Figure = {
    formula: `=IFERROR((${body(nextAll.formula)}-(${body(nextWon.formula)})-(${body(nextLost.formula)}))/((${body(nextQuota.formula)})-(${body(nextWon.formula)})),"${NOT_AVAILABLE}")`,
    result: nextQuota.result - nextWon.result <= 0 ? NOT_AVAILABLE : openPipeline / (nextQuota.result - nextWon.result),
  };

  const variance = (metric: number, planResult: number, actual: number | string): CellDescription => ({
    formula: `=IFERROR(${at("C", metric)}-${at("B", metric)},"${NOT_AVAILABLE}")`,
    result: typeof actual === "number" ? actual - planResult : NOT_AVAILABLE,
  });
  const row = (label: string, plan: CellEntry, actual: CellDescription, varianceCell: CellEntry, priorCell: CellEntry, yearCell: CellEntry, note: string): CellEntry[] => [
    { value: label, style: { bold: true } },
    plan,
    actual,
    varianceCell,
    priorCell,
    yearCell,
    { value: note, style: STYLES.note },
  ];
  const dash = { value: "—", style: { horizontalAlignment: "Right" as const } };
  const rows: CellEntry[][] = [
    ...titleRows(title, `${current.start} to ${current.end} · amounts in ${context.currency} · data as of ${context.asOf}`),
    headerRow(["Metric", "Plan", "Actual", "Variance", `Prior quarter (${prior.label})`, `Prior year (${priorYear.label})`, "How it is computed"]),
    row("Bookings", cell(now.quota, money), cell(now.bookings, money), variance(0, now.quota.result, now.bookings.result), cell(before.bookings, money), cell(yearAgo.bookings, money), "Closed-won amounts closing in the period, at the close date's rate; plan = the Quotas table for the period."),
    row(
      "Attainment",
      { value: 1, numberFormat: FORMATS.percent },
      cell(now.attainment, FORMATS.percent),
      variance(1, 1, now.attainment.result),
      cell(before.attainment, FORMATS.percent),
      cell(yearAgo.attainment, FORMATS.percent),
      "Bookings ÷ quota.",
    ),
    row("Pipeline coverage, next quarter", { value: 3, numberFormat: FORMATS.multiple }, cell(coverage, FORMATS.multiple), variance(2, 3, coverage.result), dash, dash, `Open pipeline closing in ${next.label} ÷ its quota not yet won; 3x is the usual target. Past coverage needs a snapshot of that time.`),
    row("Win rate", dash, cell(now.winRate, FORMATS.percent), dash, cell(before.winRate, FORMATS.percent), cell(yearAgo.winRate, FORMATS.percent), "Deals won ÷ deals closed (won or lost) in the period, by count."),
    row("Average deal size", dash, cell(now.averageDeal, money), dash, cell(before.averageDeal, money), cell(yearAgo.averageDeal, money), "Bookings ÷ deals won."),
    row("Sales cycle (days)", dash, cell(now.salesCycle, FORMATS.days), dash, cell(before.salesCycle, FORMATS.days), cell(yearAgo.salesCycle, FORMATS.days), "Mean days from created to closed, deals won in the period."),
    row("Pipeline created", dash, cell(now.created, money), dash, cell(before.created, money), cell(yearAgo.created, money), "Amount of the opportunities created in the period, whatever their stage now."),
    row(
      "Forecast accuracy",
      dash,
      cell(now.accuracy, FORMATS.percent),
      dash,
      cell(before.accuracy, FORMATS.percent),
      cell(yearAgo.accuracy, FORMATS.percent),
      now.snapshot
        ? `1 − |commit call − bookings| ÷ bookings; the call is Closed + Commit closing in the period in the Snapshots table on ${now.snapshot}.`
        : "Needs a snapshot taken during the period (the Snapshots table has none).",
    ),
    [],
    noteRow("Every figure is a live formula over the Opportunities, Quotas, Snapshots and FxRates tables (amounts converted through the QBR FX sheet): select a cell to audit it."),
  ];
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [
      { column: 0, width: 30 },
      ...[1, 2, 3, 4, 5].map((column) => ({ column, width: 17 })),
      { column: 6, width: 70 },
    ],
    freeze: { rows: 4, columns: 1 },
    print: { ...LANDSCAPE, titleRows: "1:4" },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}
