/**
 * The `c:ser` elements of a chart (CT_BarSer and CT_LineSer of ECMA-376 Part 1 §21.2, dml-chart.xsd):
 * name, categories and values as references with cached values, in the schema's element order.
 */
import type { ScalarValue } from "../../workbook/description";
import { escapeXml, xmlElement } from "../xml";
import type { CategoryData, SeriesData } from "./chartData";

const val = (value: string | number) => ({ val: value });

const text = (value: ScalarValue): string => (value === null ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value));

/** Points with a value; a missing point is simply absent (ptCount still counts it). */
function points(values: readonly (string | number | null)[]): string[] {
  return values.flatMap((value, idx) => (value === null ? [] : [xmlElement("c:pt", { idx }, [xmlElement("c:v", {}, [escapeXml(String(value))])])]));
}

function strRef(ref: string, values: readonly ScalarValue[]): string {
  const cache = xmlElement("c:strCache", {}, [xmlElement("c:ptCount", val(values.length)), ...points(values.map((v) => (v === null ? null : text(v))))]);
  return xmlElement("c:strRef", {}, [xmlElement("c:f", {}, [escapeXml(ref)]), cache]);
}

function numRef(ref: string, values: readonly (number | null)[], formatCode: string): string {
  const cache = xmlElement("c:numCache", {}, [xmlElement("c:formatCode", {}, [escapeXml(formatCode)]), xmlElement("c:ptCount", val(values.length)), ...points(values)]);
  return xmlElement("c:numRef", {}, [xmlElement("c:f", {}, [escapeXml(ref)]), cache]);
}

function categoriesXml(categories: CategoryData): string {
  const reference = categories.numeric
    ? numRef(categories.ref, categories.values.map((v) => (typeof v === "number" ? v : null)), categories.formatCode)
    : strRef(categories.ref, categories.values);
  return xmlElement("c:cat", {}, [reference]);
}

/** No fill and no outline: the invisible base of a waterfall drawn as stacked columns. */
const HIDDEN_SHAPE = xmlElement("c:spPr", {}, [xmlElement("a:noFill"), xmlElement("a:ln", {}, [xmlElement("a:noFill")])]);
const HIDDEN_LINE = xmlElement("c:spPr", {}, [xmlElement("a:ln", {}, [xmlElement("a:noFill")])]);

/**
 * One bar-chart series.
 *
 * @example barSeriesXml(series, categories) // "<c:ser><c:idx val=\"0\"/>…</c:ser>"
 */
export function barSeriesXml(series: SeriesData, categories: CategoryData): string {
  return xmlElement("c:ser", {}, [
    xmlElement("c:idx", val(series.index)),
    xmlElement("c:order", val(series.index)),
    xmlElement("c:tx", {}, [strRef(series.nameRef, [series.name])]),
    ...(series.hidden ? [HIDDEN_SHAPE] : []),
    // Absent, the schema's default (true) would draw negative bars inverted (white) in Excel.
    xmlElement("c:invertIfNegative", val(0)),
    categoriesXml(categories),
    xmlElement("c:val", {}, [numRef(series.ref, series.values, series.formatCode)]),
  ]);
}

/**
 * One line-chart series, drawn without markers (Excel's "Line" chart type).
 *
 * @example lineSeriesXml(series, categories)
 */
export function lineSeriesXml(series: SeriesData, categories: CategoryData): string {
  return xmlElement("c:ser", {}, [
    xmlElement("c:idx", val(series.index)),
    xmlElement("c:order", val(series.index)),
    xmlElement("c:tx", {}, [strRef(series.nameRef, [series.name])]),
    ...(series.hidden ? [HIDDEN_LINE] : []),
    xmlElement("c:marker", {}, [xmlElement("c:symbol", val("none"))]),
    categoriesXml(categories),
    xmlElement("c:val", {}, [numRef(series.ref, series.values, series.formatCode)]),
    xmlElement("c:smooth", val(0)),
  ]);
}
