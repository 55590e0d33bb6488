/**
 * A chart's source range → its series: the references the chart keeps (so it follows the cells
 * when they change) and the values they hold now (cached in the chart part, so a reader that does
 * not recalculate still draws it).
 */
import { absoluteAddress, parseRangeAddress } from "../../workbook/a1";
import type { ChartDescription, ScalarValue } from "../../workbook/description";
import { XlsxDescriptionError } from "../errors";
import type { CellLookup } from "./sheetCells";

export interface CategoryData {
  ref: string;
  values: readonly ScalarValue[];
  /** Every category is a number (years, dates): cached as numbers, not text. */
  numeric: boolean;
  /** The first category cell's number format, for the cache of numeric categories (dates show as dates). */
  formatCode: string;
}

export interface SeriesData {
  /** 0-based position among the source's series. */
  index: number;
  nameRef: string;
  name: ScalarValue;
  ref: string;
  /** Non-numbers are gaps, as Excel plots them. */
  values: readonly (number | null)[];
  /** The chart's value format, else the first value cell's. */
  formatCode: string;
  hidden: boolean;
}

export interface ChartData {
  categories: CategoryData;
  series: readonly SeriesData[];
}

/** Chart references always quote the sheet name: a name like "FY27" or "Q1" would otherwise read as a cell. */
const sheetPrefix = (sheetName: string): string => `'${sheetName.replace(/'/g, "''")}'!`;

function columnRef(sheetName: string, column: number, firstRow: number, lastRow: number): string {
  const first = absoluteAddress(firstRow, column);
  return `${sheetPrefix(sheetName)}${first}${lastRow > firstRow ? `:${absoluteAddress(lastRow, column)}` : ""}`;
}

/**
 * @example
 * chartData("Trend", { name: "c", kind: "Line", title: "", source: "A1:B3", from: "D1", to: "J15" }, lookup)
 * // { categories: { ref: "'Trend'!$A$2:$A$3", … }, series: [{ nameRef: "'Trend'!$B$1", ref: "'Trend'!$B$2:$B$3", … }] }
 */
export function chartData(sheetName: string, chart: ChartDescription, cellAt: CellLookup): ChartData {
  const path = `${sheetName} chart ${chart.name}`;
  const source = parseRangeAddress(chart.source);
  if (source.rowCount < 2 || source.columnCount < 2) throw new XlsxDescriptionError(path, `the source ${chart.source} needs a header row, a category column and at least one series.`);
  const hidden = new Set(chart.hiddenSeries ?? []);
  const seriesCount = source.columnCount - 1;
  for (const index of hidden) if (!Number.isInteger(index) || index < 0 || index >= seriesCount) throw new XlsxDescriptionError(path, `hidden series ${index} is not one of the ${seriesCount} series.`);
  const firstRow = source.row + 1;
  const lastRow = source.row + source.rowCount - 1;
  const rows = Array.from({ length: source.rowCount - 1 }, (_, r) => firstRow + r);
  const categoryValues = rows.map((row) => cellAt(row, source.column).value);
  const present = categoryValues.filter((value) => value !== null);
  const categories: CategoryData = {
    ref: columnRef(sheetName, source.column, firstRow, lastRow),
    values: categoryValues,
    numeric: present.length > 0 && present.every((value) => typeof value === "number"),
    formatCode: cellAt(firstRow, source.column).numberFormat ?? "General",
  };
  const series = Array.from({ length: seriesCount }, (_, index): SeriesData => {
    const column = source.column + 1 + index;
    return {
      index,
      nameRef: columnRef(sheetName, column, source.row, source.row),
      name: cellAt(source.row, column).value,
      ref: columnRef(sheetName, column, firstRow, lastRow),
      values: rows.map((row) => {
        const value = cellAt(row, column).value;
        return typeof value === "number" && Number.isFinite(value) ? value : null;
      }),
      formatCode: chart.valueFormat ?? cellAt(firstRow, column).numberFormat ?? "General",
      hidden: hidden.has(index),
    };
  });
  return { categories, series };
}
