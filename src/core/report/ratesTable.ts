import type { CellEntry, SheetDescription } from "../../workbook/description";
import { fiscalLabel, fiscalPeriodRange, parseFiscalLabel } from "../model/fiscalCalendar";
import { isoDateToExcelSerial } from "../model/isoDate";
import type { ReportContext, ReportKind } from "./reportContext";
import { FORMATS, STYLES, titleRows } from "./layout";
import { absoluteAddress, cellAddress } from "../../workbook/a1";

/**
 * Each report has its own rate sheet and table ("QBR FX"/QbrRates, "MBR FX"/MbrRates, "Report FX"/ReportRates for custom templates): its rows
 * depend on the report's windows, and regenerating one report must not move the rows another reads.
 */
export function ratesNames(kind: ReportKind): { sheet: string; table: string } {
  if (kind === "qbr") return { sheet: "QBR FX", table: "QbrRates" };
  if (kind === "mbr") return { sheet: "MBR FX", table: "MbrRates" };
  return { sheet: "Report FX", table: "ReportRates" };
}

/** Rows above the table's header: the title block. */
const TITLE_ROWS = 3;

interface MonthSpan {
  start: string;
  end: string;
}

/** Where each month's rows sit, so a formula can read only the months of its window. */
export interface RatesLayout {
  months: MonthSpan[];
  /** Corporate currency first, then the others alphabetically: the same order in every month. */
  currencies: string[];
  /** 1-based row of the table's first data row. */
  firstRow: number;
}

/** The columns of rate rows a formula reads: table columns for all months, or A1 ranges for a window's months. */
export interface RateColumns {
  currency: string;
  from: string;
  to: string;
  rate: string;
}

/** Calendar months from the month of `from` to the month of `to`, as ISO first and last days. */
function monthsBetween(from: string, to: string): MonthSpan[] {
  const months: MonthSpan[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastKey = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= lastKey) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const mm = String(month).padStart(2, "0");
    months.push({ start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(days).padStart(2, "0")}` });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The months the report converts in (every deal's close month, every quota period's last day and
 * the report's windows) and the currencies it meets; worked out once per report.
 * @example ratesLayout(context).currencies[0] // the corporate currency
 */
export function ratesLayout(context: ReportContext): RatesLayout {
  if (context.ratesLayout) return context.ratesLayout;
  const { dataSet, currency: corporate } = context;
  const startMonth = dataSet.settings.fiscalYearStartMonth;
  const others = new Set<string>();
  let first = context.priorYear.start;
  let last = context.next.end;
  for (const opportunity of dataSet.opportunities) {
    if (opportunity.currency !== corporate) others.add(opportunity.currency);
    if (opportunity.closeDate < first) first = opportunity.closeDate;
    if (opportunity.closeDate > last) last = opportunity.closeDate;
  }
  for (const quota of dataSet.quotas) {
    if (quota.currency !== corporate) others.add(quota.currency);
    const period = parseFiscalLabel(quota.period);
    if (!period) continue;
    const end = fiscalPeriodRange(period, startMonth).end;
    if (end < first) first = end;
    if (end > last) last = end;
  }
  const layout = { months: monthsBetween(first, last), currencies: [corporate, ...[...others].sort()], firstRow: TITLE_ROWS + 2 };
  context.ratesLayout = layout;
  return layout;
}

/**
 * The rate rows for the months a window touches (contiguous, since rows go month by month), or the
 * whole table when the window does not limit the close date.
 * @example rateColumns(context, context.current).rate // "'QBR FX'!$G$5:$G$19"
 */
export function rateColumns(context: ReportContext, window: { start: string; end: string } | null): RateColumns {
  const names = ratesNames(context.kind);
  if (!window) return { currency: `${names.table}[currency]`, from: `${names.table}[from]`, to: `${names.table}[to]`, rate: `${names.table}[rate]` };
  const layout = ratesLayout(context);
  const firstMonth = layout.months.findIndex((month) => month.end >= window.start);
  let lastMonth = layout.months.length - 1;
  while (lastMonth > 0 && layout.months[lastMonth].start > window.end) lastMonth -= 1;
  const perMonth = layout.currencies.length;
  const top = layout.firstRow + Math.max(0, firstMonth) * perMonth;
  const bottom = layout.firstRow + (lastMonth + 1) * perMonth - 1;
  const range = (column: string) => `'${names.sheet}'!$${column}$${top}:$${column}$${Math.max(top, bottom)}`;
  return { currency: range("A"), from: range("E"), to: range("F"), rate: range("G") };
}

/** First column of the scope's owner ids, in the FX sheet's third row (beside the title, above the table). */
const SCOPE_ROW = 3;
const SCOPE_FIRST_COLUMN = 9; // J

/**
 * The FX sheet's row of owner ids a scoped report's formulas filter on: a row, so that with the
 * rate rows (a column) SUMIFS gives a grid that SUMPRODUCT adds up.
 * @example scopeOwnersRange(context) // "'QBR FX'!$J$3:$AW$3"
 */
export function scopeOwnersRange(context: ReportContext): string {
  const count = Math.max(1, context.scope.owners?.size ?? 1);
  const names = ratesNames(context.kind);
  return `'${names.sheet}'!${absoluteAddress(SCOPE_ROW - 1, SCOPE_FIRST_COLUMN)}:${absoluteAddress(SCOPE_ROW - 1, SCOPE_FIRST_COLUMN + count - 1)}`;
}

/**
 * The rate of a row as the engine finds it for a day in that month: the month's rate, else the
 * quarter's, else the year's; 0 when FxRates has none, so deals in that currency and month add
 * nothing — the engine leaves them out and reports them.
 */
function rateFormula(row: number): string {
  const lookup = (labelColumn: string) => `FxRates[rate_to_corporate],FxRates[currency],$A${row},FxRates[period],$${labelColumn}${row}`;
  const has = (labelColumn: string) => `COUNTIFS(FxRates[currency],$A${row},FxRates[period],$${labelColumn}${row})>0`;
  return `=IF(${has("B")},SUMIFS(${lookup("B")}),IF(${has("C")},SUMIFS(${lookup("C")}),SUMIFS(${lookup("D")})))`;
}

/**
 * The report's FX sheet: for every month the report converts in, a row per currency with its rate
 * to the corporate currency (1 for the corporate currency itself). Report formulas convert with
 * SUMPRODUCT(SUMIFS(…, currency, rate rows' currency, close date within the row's month) × rate),
 * which is the engine's close-date conversion written in cells.
 * @example ratesSheet(context).blocks[1].table?.name // "ReportRates"
 */
export function ratesSheet(context: ReportContext): SheetDescription {
  const { dataSet, currency: corporate, rates } = context;
  const startMonth = dataSet.settings.fiscalYearStartMonth;
  const layout = ratesLayout(context);
  const rows: CellEntry[][] = [["currency", "month", "quarter", "year", "from", "to", "rate"]];
  for (const month of layout.months) {
    const labels = [fiscalLabel(month.start, startMonth, "month"), fiscalLabel(month.start, startMonth, "quarter"), fiscalLabel(month.start, startMonth, "year")];
    const dates = [isoDateToExcelSerial(month.start), isoDateToExcelSerial(month.end)];
    for (const code of layout.currencies) {
      const excelRow = layout.firstRow + rows.length - 1;
      const rate: CellEntry = code === corporate ? 1 : { formula: rateFormula(excelRow), result: rates.rateValueOn(code, month.start) ?? 0 };
      rows.push([code, ...labels, ...dates, rate]);
    }
  }
  const scopeBlocks = context.scope.owners
    ? [
        { at: cellAddress(SCOPE_ROW - 1, SCOPE_FIRST_COLUMN - 1), rows: [[{ value: `Owners in scope (${context.scope.label}):`, style: STYLES.note }, ...[...context.scope.owners].sort()]] },
      ]
    : [];
  return {
    name: ratesNames(context.kind).sheet,
    blocks: [
      ...scopeBlocks,
      { at: "A1", rows: titleRows("Exchange rates used by this report", `Corporate currency ${corporate}. Each rate is looked up in the FxRates table: the month's rate, else its quarter's, else its year's.`) },
      { at: `A${TITLE_ROWS + 1}`, rows, columnFormats: ["@", "@", "@", "@", FORMATS.date, FORMATS.date, FORMATS.rate], table: { name: ratesNames(context.kind).table, style: "TableStyleLight9" } },
    ],
    columnWidths: [0, 1, 2, 3, 4, 5, 6].map((column) => ({ column, width: column < 4 ? 12 : 14 })),
    freeze: { rows: TITLE_ROWS + 1, columns: 0 },
    tabColor: STYLES.dataTab,
  };
}
