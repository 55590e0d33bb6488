/**
 * A chart part, xl/charts/chartN.xml: a DrawingML `c:chartSpace` (ECMA-376 Part 1 §21.2,
 * CT_ChartSpace → CT_Chart → CT_PlotArea) with one bar or line plot, its two axes and a legend.
 * Element order follows the schema's sequences; Excel refuses a chart whose elements are out of order.
 */
import type { ChartDescription, ChartKind } from "../../workbook/description";
import { escapeXml, xmlElement, XML_DECLARATION } from "../xml";
import { axesXml, CATEGORY_AXIS_ID, VALUE_AXIS_ID } from "./axesXml";
import type { ChartData } from "./chartData";
import { barSeriesXml, lineSeriesXml } from "./seriesXml";

const NAMESPACES = {
  "xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
  "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

const val = (value: string | number) => ({ val: value });

interface PlotShape {
  element: "c:barChart" | "c:lineChart";
  barDir?: "col" | "bar";
  grouping: "clustered" | "stacked" | "standard";
}

const PLOTS: Record<ChartKind, PlotShape> = {
  ColumnClustered: { element: "c:barChart", barDir: "col", grouping: "clustered" },
  ColumnStacked: { element: "c:barChart", barDir: "col", grouping: "stacked" },
  BarClustered: { element: "c:barChart", barDir: "bar", grouping: "clustered" },
  Line: { element: "c:lineChart", grouping: "standard" },
};

function plotXml(chart: ChartDescription, data: ChartData): string {
  const plot = PLOTS[chart.kind];
  const axisIds = [xmlElement("c:axId", val(CATEGORY_AXIS_ID)), xmlElement("c:axId", val(VALUE_AXIS_ID))];
  if (plot.element === "c:lineChart") {
    return xmlElement("c:lineChart", {}, [
      xmlElement("c:grouping", val(plot.grouping)),
      xmlElement("c:varyColors", val(0)),
      ...data.series.map((series) => lineSeriesXml(series, data.categories)),
      xmlElement("c:marker", val(1)),
      ...axisIds,
    ]);
  }
  return xmlElement("c:barChart", {}, [
    xmlElement("c:barDir", val(plot.barDir as string)),
    xmlElement("c:grouping", val(plot.grouping)),
    xmlElement("c:varyColors", val(0)),
    ...data.series.map((series) => barSeriesXml(series, data.categories)),
    xmlElement("c:gapWidth", val(150)),
    // Stacked columns must overlap fully, or each series is drawn beside the previous one.
    ...(plot.grouping === "stacked" ? [xmlElement("c:overlap", val(100))] : []),
    ...axisIds,
  ]);
}

function titleXml(title: string): string {
  const run = xmlElement("a:r", {}, [xmlElement("a:rPr", { lang: "en-US" }), xmlElement("a:t", {}, [escapeXml(title)])]);
  const rich = xmlElement("c:rich", {}, [xmlElement("a:bodyPr"), xmlElement("a:lstStyle"), xmlElement("a:p", {}, [xmlElement("a:pPr", {}, [xmlElement("a:defRPr")]), run])]);
  return xmlElement("c:title", {}, [xmlElement("c:tx", {}, [rich]), xmlElement("c:overlay", val(0))]);
}

/** Hidden series stay out of the legend too: a waterfall's base is not something to read. */
function legendXml(data: ChartData): string {
  const deleted = data.series.filter((series) => series.hidden).map((series) => xmlElement("c:legendEntry", {}, [xmlElement("c:idx", val(series.index)), xmlElement("c:delete", val(1))]));
  return xmlElement("c:legend", {}, [xmlElement("c:legendPos", val("b")), ...deleted, xmlElement("c:overlay", val(0))]);
}

/**
 * @example chartPartXml({ name: "Trend", kind: "Line", title: "Bookings", source: "A1:B13", from: "D2", to: "L20" }, data)
 * // '<?xml …?>\n<c:chartSpace …><c:date1904 val="0"/>…</c:chartSpace>'
 */
export function chartPartXml(chart: ChartDescription, data: ChartData): string {
  const horizontalBars = PLOTS[chart.kind].barDir === "bar";
  const plotArea = xmlElement("c:plotArea", {}, [xmlElement("c:layout"), plotXml(chart, data), axesXml(horizontalBars, chart.valueFormat ?? null)]);
  const body = xmlElement("c:chart", {}, [
    ...(chart.title ? [titleXml(chart.title)] : []),
    // Without a title Excel would make one from a lone series' name.
    xmlElement("c:autoTitleDeleted", val(chart.title ? 0 : 1)),
    plotArea,
    legendXml(data),
    xmlElement("c:plotVisOnly", val(1)),
    xmlElement("c:dispBlanksAs", val("gap")),
  ]);
  return `${XML_DECLARATION}${xmlElement("c:chartSpace", NAMESPACES, [
    xmlElement("c:date1904", val(0)),
    xmlElement("c:lang", val("en-US")),
    // The schema's default is rounded corners, which no Excel-made chart has.
    xmlElement("c:roundedCorners", val(0)),
    body,
  ])}`;
}
