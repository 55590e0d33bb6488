import type { CellEntry, SheetDescription } from "../../workbook/description";
import { etsForecast } from "../forecast/timeseries";
import { amountFormula } from "./dealFormulas";
import { currencyFormat, headerRow, LANDSCAPE, noteRow, STYLES, titleRows } from "./layout";
import { periodWindow, ReportContext, shiftPeriod } from "./reportContext";

const HISTORY_QUARTERS = 8;
const HORIZON = 2;

/**
 * Bookings by quarter (live formulas) for the last eight quarters and the next two forecast by the
 * engine's exponential smoothing over the quarters with data (values, with the model named), and a
 * line chart of both.
 * @example qbrTrendSheet(context, "QBR Trend").charts?.[0].kind // "Line"
 */
export function qbrTrendSheet(context: ReportContext, sheetName: string): SheetDescription {
  const money = currencyFormat(context.currency);
  const startMonth = context.dataSet.settings.fiscalYearStartMonth;
  const first = context.dataSet.opportunities.reduce((min, o) => (o.closeDate < min ? o.closeDate : min), "9999-12-31");
  const windows = [];
  for (let step = -(HISTORY_QUARTERS - 1); step <= 0; step += 1) windows.push(periodWindow(shiftPeriod(context.current.period, step), startMonth));
  const history = windows.map((window) => ({ window, figure: amountFormula(context, { window, dateField: "close_date", outcome: "won" }) }));
  // The model sees every full quarter since the data starts, not only the eight shown.
  const series: number[] = [];
  for (let step = -40; step <= 0; step += 1) {
    const window = periodWindow(shiftPeriod(context.current.period, step), startMonth);
    if (window.end < first) continue;
    series.push(amountFormula(context, { window, dateField: "close_date", outcome: "won" }).result);
  }
  const forecast = etsForecast(series, HORIZON);
  const headerAt = 4;
  const rows: CellEntry[][] = [
    ...titleRows(`Bookings trend and forecast — ${context.current.label}`, `Closed-won bookings by quarter in ${context.currency}; the next ${HORIZON} quarters forecast by exponential smoothing`),
    headerRow(["Quarter", "Bookings", "Forecast", "From", "To"]),
  ];
  history.forEach(({ window, figure }) => {
    rows.push([window.label, { ...figure, numberFormat: money }, null, { value: window.start, numberFormat: "@" }, { value: window.end, numberFormat: "@" }]);
  });
  const future = Array.from({ length: HORIZON }, (_, i) => periodWindow(shiftPeriod(context.current.period, i + 1), startMonth));
  future.forEach((window, i) => {
    rows.push([window.label, null, forecast.ok ? { value: forecast.value.forecast[i], numberFormat: money } : "n/a", { value: window.start, numberFormat: "@" }, { value: window.end, numberFormat: "@" }]);
  });
  rows.push([]);
  rows.push(
    noteRow(
      forecast.ok
        ? `Forecast: SalesOps ETS (${forecast.value.model.label}) over ${series.length} quarters of bookings; values, not formulas. Bookings are live formulas over Opportunities.`
        : `No forecast: ${forecast.issues[0]?.message ?? "the history is too short"}.`,
    ),
  );
  const lastRow = headerAt + HISTORY_QUARTERS + HORIZON;
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 13 }, { column: 1, width: 17 }, { column: 2, width: 17 }, { column: 3, width: 12 }, { column: 4, width: 12 }],
    charts: [{ name: "BookingsTrend", kind: "Line", title: "Bookings by quarter and forecast", source: `A${headerAt}:C${lastRow}`, from: "G4", to: "O22", valueFormat: "#,##0" }],
    freeze: { rows: headerAt, columns: 1 },
    print: LANDSCAPE,
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}

