/** Queues a described chart on its sheet (ExcelApi 1.1, the value axis's number format 1.8). */
import type { ChartDescription } from "../workbook/description";

/**
 * Series come from the source's columns (its first row names them, its first column holds the
 * categories). A hidden series (the invisible base of a waterfall drawn as stacked columns) loses
 * its fill and outline, so only the steps above it show.
 * @example queueChart(sheet, { name: "Bridge", kind: "ColumnStacked", title: "Pipeline bridge", source: "A1:C8", from: "E2", to: "L20", hiddenSeries: [0] })
 */
export function queueChart(sheet: Excel.Worksheet, chart: ChartDescription): void {
  const added = sheet.charts.add(chart.kind, sheet.getRange(chart.source), "Columns");
  added.name = chart.name;
  added.title.text = chart.title;
  added.setPosition(chart.from, chart.to);
  if (chart.valueFormat !== undefined) added.axes.valueAxis.numberFormat = chart.valueFormat;
  for (const index of chart.hiddenSeries ?? []) {
    const format = added.series.getItemAt(index).format;
    format.fill.clear();
    format.line.clear();
  }
}
