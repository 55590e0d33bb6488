import type { CellEntry, SheetDescription } from "../../workbook/description";
import { currencyFormat, headerRow, LANDSCAPE, noteRow, STYLES, titleRows } from "./layout";
import type { ReportContext } from "./reportContext";
import type { ReportSections } from "./sections";
import { sumCell } from "./sumRow";

type ForecastSection = NonNullable<ReportSections["forecast"]>;

const COLUMNS = ["Manager", "Name", "Quota", "Closed won", "Commit", "Best case", "Pipeline", "Adjusted commit", "Adjusted best case", "Adjustment note"] as const;

/**
 * The forecast rollup by manager with the adjustments in force. Figures come from the forecast
 * engine (rollup rules, the adjustment log) and are written as values; totals are live sums.
 * @example qbrForecastSheet(context, "QBR Forecast", { period: "FY2027-Q4", rows }).name // "QBR Forecast"
 */
export function qbrForecastSheet(context: ReportContext, sheetName: string, forecast: ForecastSection): SheetDescription {
  const money = currencyFormat(context.currency);
  const headerAt = 4;
  const first = headerAt + 1;
  const last = headerAt + forecast.rows.length;
  const rows: CellEntry[][] = [
    ...titleRows(`Forecast rollup by manager — ${forecast.period}`, `As of ${context.asOf} · amounts in ${context.currency} · adjustments from the ForecastAdjustments log`),
    headerRow(COLUMNS),
  ];
  for (const row of forecast.rows) {
    const note = (["commit", "bestCase"] as const)
      .flatMap((figure) => {
        const entry = row.overrides[figure];
        return entry ? [`${figure === "commit" ? "commit" : "best case"}: ${entry.note.trim() || "no note"} (${entry.author}, ${entry.at.slice(0, 10)})`] : [];
      })
      .join("; ");
    rows.push([
      row.owner,
      row.ownerName,
      { value: row.quota, numberFormat: money },
      { value: row.closedWon, numberFormat: money },
      { value: row.commit, numberFormat: money },
      { value: row.bestCase, numberFormat: money },
      { value: row.pipeline, numberFormat: money },
      { value: row.adjusted.commit, numberFormat: money, style: row.overrides.commit ? { bold: true, fill: "#FFF2CC" } : undefined },
      { value: row.adjusted.bestCase, numberFormat: money, style: row.overrides.bestCase ? { bold: true, fill: "#FFF2CC" } : undefined },
      note,
    ]);
  }
  const total = (column: string, pick: (row: ForecastSection["rows"][number]) => number | null) => sumCell(column, first, last, forecast.rows.map((row) => pick(row) ?? 0), money);
  rows.push([
    { value: "Total", style: STYLES.total },
    { value: "", style: STYLES.total },
    total("C", (r) => r.quota),
    total("D", (r) => r.closedWon),
    total("E", (r) => r.commit),
    total("F", (r) => r.bestCase),
    total("G", (r) => r.pipeline),
    total("H", (r) => r.adjusted.commit),
    total("I", (r) => r.adjusted.bestCase),
  ]);
  rows.push([], noteRow("Values from the SalesOps forecast engine (the rollup of each manager's team with the overrides in force); highlighted cells carry an adjustment. Totals are live sums."));
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [
      { column: 0, width: 12 },
      { column: 1, width: 22 },
      ...[2, 3, 4, 5, 6, 7, 8].map((column) => ({ column, width: 15 })),
      { column: 9, width: 50 },
    ],
    freeze: { rows: headerAt, columns: 2 },
    print: { ...LANDSCAPE, titleRows: `${headerAt}:${headerAt}` },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}
