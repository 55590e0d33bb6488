/** Worksheet.charts: charts recorded with their type, source and series (the host draws nothing). */
import { Rect, formatRect, parseRect, qualify, splitSheet } from "./a1";
import { HostChartAxes, HostChartSeriesCollection } from "./chartParts";
import { HostObject } from "./clientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { ChartRecord, SheetModel, cellKey, newId } from "./model";
import type { HostRange } from "./range";
import { Session } from "./session";
import { readText } from "./valueSemantics";

/** One series per column (or row) after the first, named by its first cell, as Excel lays out a chart's source. */
function seriesOf(sheet: SheetModel, rect: Rect, seriesBy: string): ChartRecord["series"] {
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rowCount >= rect.columnCount);
  const count = byColumns ? rect.columnCount : rect.rowCount;
  const series: ChartRecord["series"] = [];
  for (let i = 1; i < count; i++) {
    const values: Rect = byColumns
      ? { row: rect.row + 1, column: rect.column + i, rowCount: rect.rowCount - 1, columnCount: 1 }
      : { row: rect.row + i, column: rect.column + 1, rowCount: 1, columnCount: rect.columnCount - 1 };
    const nameCell = byColumns ? sheet.cells.get(cellKey(rect.row, rect.column + i)) : sheet.cells.get(cellKey(rect.row + i, rect.column));
    series.push({ name: readText(nameCell), valuesAddress: qualify(sheet.name, values), fill: "Automatic", line: "Automatic" });
  }
  return series;
}

export class HostChartTitle extends HostObject<ChartRecord> {
  protected readonly typeName = "ChartTitle";
  protected readonly scalarProperties = ["text"];
  constructor(
    session: Session,
    path: unknown,
    private readonly chart: () => ChartRecord,
  ) {
    super(session, path);
  }
  protected locate(): ChartRecord {
    return this.chart();
  }
  protected readProperty(chart: ChartRecord): unknown {
    return chart.title ?? "";
  }
  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.set("text", value, (chart) => (chart.title = value));
  }
}

export class HostChart extends HostObject<ChartRecord> implements Pick<Excel.Chart, "name" | "id"> {
  protected readonly typeName = "Chart";
  protected readonly scalarProperties = ["name", "id", "chartType"];
  readonly title: HostChartTitle;
  readonly axes: HostChartAxes;
  readonly series: HostChartSeriesCollection;
  constructor(
    session: Session,
    path: unknown,
    private readonly chart: () => ChartRecord | null,
    private readonly sheet: () => SheetModel,
  ) {
    super(session, path);
    this.title = new HostChartTitle(session, { parent: this._id, n: "title" }, () => this.required());
    this.axes = new HostChartAxes(session, { parent: this._id, n: "axes" }, () => this.required());
    this.series = new HostChartSeriesCollection(session, { parent: this._id, n: "series" }, () => this.required());
  }

  /** A cell of the chart's own sheet, as an address or a range (its top-left cell is what counts). */
  private cellOf(cell: HostRange | string): string {
    if (typeof cell !== "string") {
      const target = cell.resolve();
      if (target === null) throw itemNotFound("range is a null object", "Chart.setPosition");
      return formatRect({ ...target.rect, rowCount: 1, columnCount: 1 });
    }
    const { sheet, local } = splitSheet(cell);
    if (sheet !== null && sheet.toLowerCase() !== this.sheet().name.toLowerCase()) throw invalidArgument(`A chart is positioned by cells of its own sheet (got "${cell}").`, "Chart.setPosition");
    return formatRect({ ...parseRect(local.replace(/\$/g, "")), rowCount: 1, columnCount: 1 });
  }

  /** Places the chart over startCell to endCell (Excel keeps its size when no endCell is given). */
  setPosition(startCell: HostRange | string, endCell?: HostRange | string): void {
    const arg = (cell: HostRange | string | undefined) => (cell === undefined || typeof cell === "string" ? cell : { range: cell._id });
    this.call("setPosition", [arg(startCell), arg(endCell)], (chart) => {
      chart.position = { from: this.cellOf(startCell), to: endCell === undefined ? null : this.cellOf(endCell) };
    });
  }
  protected locate(): ChartRecord | null {
    return this.chart();
  }
  protected readProperty(chart: ChartRecord, name: string): unknown {
    return name === "chartType" ? chart.type : chart[name as "name" | "id"];
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (chart) => (chart.name = value));
  }
  get id(): string {
    return this.get("id");
  }
  get chartType(): string {
    return this.get("chartType");
  }
}

export class HostChartCollection extends HostObject<SheetModel> {
  protected readonly typeName = "ChartCollection";
  protected readonly scalarProperties = ["count"];
  constructor(
    session: Session,
    path: unknown,
    private readonly sheet: () => SheetModel,
  ) {
    super(session, path);
  }
  protected locate(): SheetModel {
    return this.sheet();
  }
  protected readProperty(sheet: SheetModel): unknown {
    return sheet.charts.length;
  }
  get count(): number {
    return this.get("count");
  }

  /** Records the chart with its type, source address and series (the host draws nothing). */
  add(type: string, sourceData: HostRange, seriesBy = "Auto"): HostChart {
    let created: ChartRecord | null = null;
    this.call("add", [type, { range: sourceData._id }, seriesBy], (sheet) => {
      const source = sourceData.resolve();
      if (source === null) throw itemNotFound("chart source range is a null object", "ChartCollection.add");
      const id = newId(this.session.model, "{chart-");
      created = {
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sourceAddress: qualify(source.sheet.name, source.rect),
        seriesBy,
        series: seriesOf(source.sheet, source.rect, seriesBy),
        title: null,
        position: null,
        valueAxisNumberFormat: "General",
      };
      sheet.charts.push(created);
    });
    return new HostChart(this.session, { parent: this._id, n: "add" }, () => created, () => this.required());
  }
}
