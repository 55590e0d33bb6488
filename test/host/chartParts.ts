/** A chart's axes and series: the value axis's number format and each series' fill and line (recorded, never drawn). */
import { HostObject } from "./clientObject";
import { itemNotFound } from "./errors";
import { ChartRecord, ChartSeriesRecord } from "./model";
import { Session } from "./session";

type ChartLocator = () => ChartRecord;
type SeriesLocator = () => ChartSeriesRecord | null;

export class HostChartAxis extends HostObject<ChartRecord> implements Pick<Excel.ChartAxis, "numberFormat"> {
  protected readonly typeName = "ChartAxis";
  protected readonly scalarProperties = ["numberFormat"];
  constructor(
    session: Session,
    path: unknown,
    private readonly chart: ChartLocator,
    private readonly kind: "value" | "category",
  ) {
    super(session, path);
  }
  protected locate(): ChartRecord {
    return this.chart();
  }
  protected readProperty(chart: ChartRecord): unknown {
    return this.kind === "value" ? chart.valueAxisNumberFormat : "General";
  }
  get numberFormat(): string {
    return this.get("numberFormat");
  }
  /** ExcelApi 1.8. The host records the value axis's format only. */
  set numberFormat(value: string) {
    this.set("numberFormat", value, (chart) => {
      if (this.kind === "value") chart.valueAxisNumberFormat = value;
    });
  }
}

export class HostChartAxes extends HostObject<ChartRecord> {
  protected readonly typeName = "ChartAxes";
  protected readonly scalarProperties = [];
  readonly valueAxis: HostChartAxis;
  readonly categoryAxis: HostChartAxis;
  constructor(
    session: Session,
    path: unknown,
    private readonly chart: ChartLocator,
  ) {
    super(session, path);
    this.valueAxis = new HostChartAxis(session, { parent: this._id, n: "valueAxis" }, chart, "value");
    this.categoryAxis = new HostChartAxis(session, { parent: this._id, n: "categoryAxis" }, chart, "category");
  }
  protected locate(): ChartRecord {
    return this.chart();
  }
  protected readProperty(): unknown {
    return null;
  }
}

abstract class SeriesPart extends HostObject<ChartSeriesRecord> {
  constructor(
    session: Session,
    path: unknown,
    private readonly series: SeriesLocator,
  ) {
    super(session, path);
  }
  protected locate(): ChartSeriesRecord | null {
    return this.series();
  }
  protected readProperty(_series: ChartSeriesRecord, _name: string): unknown {
    return null;
  }
}

/** ChartFill: `clear()` leaves the element without fill (how a waterfall's base series is hidden). */
export class HostChartFill extends SeriesPart {
  protected readonly typeName = "ChartFill";
  protected readonly scalarProperties = [];
  clear(): void {
    this.call("clear", [], (series) => (series.fill = "None"));
  }
  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], (series) => (series.fill = color));
  }
}

export class HostChartLineFormat extends SeriesPart {
  protected readonly typeName = "ChartLineFormat";
  protected readonly scalarProperties = [];
  clear(): void {
    this.call("clear", [], (series) => (series.line = "None"));
  }
}

export class HostChartSeriesFormat extends SeriesPart {
  protected readonly typeName = "ChartSeriesFormat";
  protected readonly scalarProperties = [];
  readonly fill: HostChartFill;
  readonly line: HostChartLineFormat;
  constructor(session: Session, path: unknown, series: SeriesLocator) {
    super(session, path, series);
    this.fill = new HostChartFill(session, { parent: this._id, n: "fill" }, series);
    this.line = new HostChartLineFormat(session, { parent: this._id, n: "line" }, series);
  }
}

export class HostChartSeries extends SeriesPart implements Pick<Excel.ChartSeries, "name"> {
  protected readonly typeName = "ChartSeries";
  protected readonly scalarProperties = ["name"];
  readonly format: HostChartSeriesFormat;
  constructor(session: Session, path: unknown, series: SeriesLocator) {
    super(session, path, series);
    this.format = new HostChartSeriesFormat(session, { parent: this._id, n: "format" }, series);
  }
  protected override readProperty(series: ChartSeriesRecord): unknown {
    return series.name;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (series) => (series.name = value));
  }
}

export class HostChartSeriesCollection extends HostObject<ChartRecord> implements Pick<Excel.ChartSeriesCollection, "count"> {
  protected readonly typeName = "ChartSeriesCollection";
  protected readonly scalarProperties = ["count"];
  constructor(
    session: Session,
    path: unknown,
    private readonly chart: ChartLocator,
  ) {
    super(session, path);
  }
  protected locate(): ChartRecord {
    return this.chart();
  }
  protected readProperty(chart: ChartRecord): unknown {
    return chart.series.length;
  }
  get count(): number {
    return this.get("count");
  }
  /** Fails at sync when the chart has no series at `index` (0-based). */
  getItemAt(index: number): HostChartSeries {
    return new HostChartSeries(this.session, { parent: this._id, n: "getItemAt", v: [index] }, () => {
      const series = this.chart().series[index];
      if (!series) throw itemNotFound(`chart series ${index}`, "ChartSeriesCollection.getItemAt");
      return series;
    });
  }
}
