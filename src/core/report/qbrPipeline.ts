import type { CellEntry, SheetDescription } from "../../workbook/description";
import type { ForecastDeal } from "../forecast/forecastDeal";
import { movePipeline, Waterfall } from "../forecast/waterfall";
import { isoDateToExcelSerial } from "../model/isoDate";
import { matchingDeals, snapshotDeals } from "./dealFormulas";
import { currencyFormat, FORMATS, headerRow, LANDSCAPE, noteRow, sectionRow, STYLES, titleRows } from "./layout";
import { ratesNames } from "./ratesTable";
import { opportunitiesById, type ReportContext } from "./reportContext";

const TOP_DEALS = 10;

export const WATERFALL_STEPS = [
  { key: "start", label: "Start", sign: 0 },
  { key: "created", label: "Created", sign: 1 },
  { key: "pulledIn", label: "Pulled in", sign: 1 },
  { key: "increased", label: "Increased", sign: 1 },
  { key: "decreased", label: "Decreased", sign: -1 },
  { key: "pushedOut", label: "Pushed out", sign: -1 },
  { key: "won", label: "Won", sign: -1 },
  { key: "lost", label: "Lost", sign: -1 },
  { key: "end", label: "End", sign: 0 },
] as const;

/** The first and last snapshot days inside the window, when there are two. */
function snapshotSpan(context: ReportContext): { from: string; to: string } | null {
  const { start, end } = context.current;
  const days = [...new Set(context.dataSet.snapshots.map((row) => row.snapshotDate))].filter((day) => day >= start && day <= end).sort();
  return days.length >= 2 ? { from: days[0], to: days[days.length - 1] } : null;
}

/** Waterfall rows (amount as value, running total as formula) and the chart's base/increase/decrease columns beside them. */
export function waterfallBlock(waterfall: Waterfall, firstRow: number, money: string): { rows: CellEntry[][]; chartRows: CellEntry[][] } {
  const rows: CellEntry[][] = [headerRow(["Step", "Amount", "Running total"])];
  const chartRows: CellEntry[][] = [headerRow(["Step", "Base", "Increase", "Decrease"])];
  let running = 0;
  WATERFALL_STEPS.forEach((step, i) => {
    const r = firstRow + i;
    const amount = waterfall.totals[step.key];
    const previous = running;
    running = step.key === "start" ? amount : step.key === "end" ? running : running + step.sign * amount;
    const runningFormula = step.key === "start" ? `=B${r}` : step.key === "end" ? `=C${r - 1}` : `=C${r - 1}${step.sign > 0 ? "+" : "-"}B${r}`;
    rows.push([step.label, { value: amount, numberFormat: money }, { formula: runningFormula, result: running, numberFormat: money }]);
    const total = step.sign === 0;
    const base = total ? 0 : step.sign > 0 ? previous : running;
    chartRows.push([
      { formula: `=A${r}`, result: step.label },
      total ? { value: 0, numberFormat: money } : { formula: step.sign > 0 ? `=C${r - 1}` : `=C${r}`, result: base, numberFormat: money },
      step.sign >= 0 ? { formula: `=B${r}`, result: amount, numberFormat: money } : { value: 0, numberFormat: money },
      step.sign < 0 ? { formula: `=B${r}`, result: amount, numberFormat: money } : { value: 0, numberFormat: money },
    ]);
  });
  return { rows, chartRows };
}

/** Top deals as live lookups into Opportunities by id, the corporate amount through the report's rates. */
export function dealRows(context: ReportContext, deals: readonly ForecastDeal[], firstRow: number, money: string): CellEntry[][] {
  const byId = opportunitiesById(context);
  const rates = ratesNames(context.kind).table;
  const lookup = (column: string, r: number) => `=INDEX(Opportunities[${column}],MATCH($A${r},Opportunities[id],0))`;
  // An empty text cell reads as 0 through INDEX: &"" keeps a blank name blank.
  const textLookup = (column: string, r: number) => `${lookup(column, r)}&""`;
  return deals.map((deal, i) => {
    const r = firstRow + i;
    const opportunity = byId.get(deal.id);
    return [
      deal.id,
      { formula: textLookup("name", r), result: opportunity?.name ?? "" },
      { formula: textLookup("owner_id", r), result: opportunity?.ownerId ?? "" },
      { formula: textLookup("stage", r), result: opportunity?.stage ?? "" },
      { formula: lookup("close_date", r), result: opportunity ? isoDateToExcelSerial(opportunity.closeDate) : null, numberFormat: FORMATS.date },
      { formula: lookup("amount", r), result: opportunity?.amount ?? null, numberFormat: "#,##0" },
      { formula: textLookup("currency", r), result: opportunity?.currency ?? "" },
      {
        formula: `=F${r}*SUMIFS(${rates}[rate],${rates}[currency],G${r},${rates}[from],"<="&E${r},${rates}[to],">="&E${r})`,
        result: opportunity ? opportunity.amount * (context.rates.rateValueOn(opportunity.currency, opportunity.closeDate) ?? 0) : null,
        numberFormat: money,
      },
    ];
  });
}

const largestFirst = (deals: readonly ForecastDeal[]) => [...deals].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id)).slice(0, TOP_DEALS);

/**
 * Pipeline movement over the quarter (the waterfall between its first and last snapshot, from the
 * engine, with a stacked-column chart whose hidden base makes it a waterfall) and the top deals
 * won, lost and slipped (pushed out of the quarter), as lookups into Opportunities.
 * @example qbrPipelineSheet(context, "QBR Pipeline").charts?.length
 */
export function qbrPipelineSheet(context: ReportContext, sheetName: string): SheetDescription {
  const money = currencyFormat(context.currency);
  const window = context.current;
  const span = snapshotSpan(context);
  const rows: CellEntry[][] = [...titleRows(`Pipeline movement and top deals — ${window.label}`, `Amounts in ${context.currency} · data as of ${context.asOf}`)];
  let chart: SheetDescription["charts"] = [];
  let slipped: ForecastDeal[] = [];
  if (span) {
    const waterfall = movePipeline({ startDeals: snapshotDeals(context, span.from), endDeals: snapshotDeals(context, span.to), outcomes: context.deals, window });
    rows.push(sectionRow(`Pipeline closing in ${window.label}: ${span.from} to ${span.to}`));
    const headerRowNumber = rows.length + 1;
    const block = waterfallBlock(waterfall, headerRowNumber + 1, money);
    // The chart's columns sit beside the steps (E:H), so the chart reads one contiguous source.
    block.rows.forEach((row, i) => rows.push([...row, null, ...block.chartRows[i]]));
    rows.push(noteRow("Amounts from the SalesOps waterfall over the Snapshots table (each deal's move is traceable in the Forecast view); running totals are live."));
    chart = [
      {
        name: "PipelineWaterfall",
        kind: "ColumnStacked",
        title: `Pipeline movement, ${window.label}`,
        source: `E${headerRowNumber}:H${headerRowNumber + WATERFALL_STEPS.length}`,
        from: `J${headerRowNumber}`,
        to: `Q${headerRowNumber + 18}`,
        hiddenSeries: [0],
        valueFormat: "#,##0",
      },
    ];
    const pushed = new Set(waterfall.movements.filter((m) => m.buckets.some((b) => b.bucket === "pushedOut")).map((m) => m.id));
    slipped = context.deals.filter((deal) => pushed.has(deal.id));
  } else {
    rows.push(noteRow(`Pipeline movement needs two snapshots taken during ${window.label}; the Snapshots table has fewer.`));
  }
  rows.push([]);
  const lists: [string, ForecastDeal[]][] = [
    ["Top deals won", largestFirst(matchingDeals(context, { window, dateField: "close_date", outcome: "won" }))],
    ["Top deals lost", largestFirst(matchingDeals(context, { window, dateField: "close_date", outcome: "lost" }))],
    ["Top deals slipped out of the quarter", largestFirst(slipped)],
  ];
  for (const [title, deals] of lists) {
    rows.push([], sectionRow(title));
    rows.push(headerRow(["Opportunity", "Name", "Owner", "Stage", "Close date", "Amount", "Currency", `Amount (${context.currency})`]));
    if (deals.length === 0) rows.push([{ value: "None in this quarter.", style: STYLES.note }]);
    else rows.push(...dealRows(context, deals, rows.length + 1, money));
  }
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 14 }, { column: 1, width: 44 }, { column: 2, width: 12 }, { column: 3, width: 18 }, { column: 4, width: 12 }, { column: 5, width: 14 }, { column: 6, width: 9 }, { column: 7, width: 16 }],
    charts: chart,
    freeze: { rows: 3, columns: 0 },
    print: LANDSCAPE,
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}
