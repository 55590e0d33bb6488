/** Range.format with its fill and font: per-cell formatting the export carries into .xlsx. */
import { columnLetters } from "./a1";
import { HostObject } from "./clientObject";
import { CellModel, cellAt } from "./model";
import type { RangeTarget } from "./range";
import { Session } from "./session";

type Locator = () => RangeTarget | null;
type CellField = "bold" | "italic" | "fontColor" | "fill";

/** The common value of a field over the range, or null when cells differ (as Excel reports mixed formats). */
function common(target: RangeTarget, read: (cell: CellModel | undefined) => unknown): unknown {
  const { sheet, rect } = target;
  let first: unknown = undefined;
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      const value = read(cellAt(sheet, r, c, false));
      if (first === undefined) first = value;
      else if (value !== first) return null;
    }
  }
  return first ?? null;
}

function writeAll(target: RangeTarget, field: CellField, value: string | boolean | undefined): void {
  const { sheet, rect } = target;
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) cellAt(sheet, r, c, true)[field] = value as never;
  }
}

abstract class FormatPart extends HostObject<RangeTarget> {
  constructor(
    session: Session,
    path: unknown,
    private readonly locator: Locator,
  ) {
    super(session, path);
  }
  protected locate(): RangeTarget | null {
    return this.locator();
  }
}

export class HostRangeFill extends FormatPart {
  protected readonly typeName = "RangeFill";
  protected readonly scalarProperties = ["color"];
  protected readProperty(target: RangeTarget): unknown {
    return common(target, (cell) => cell?.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (target) => writeAll(target, "fill", value));
  }
  clear(): void {
    this.call("clear", [], (target) => writeAll(target, "fill", undefined));
  }
}

export class HostRangeFont extends FormatPart implements Pick<Excel.RangeFont, "bold" | "italic" | "color"> {
  protected readonly typeName = "RangeFont";
  protected readonly scalarProperties = ["bold", "italic", "color"];
  protected readProperty(target: RangeTarget, name: string): unknown {
    if (name === "color") return common(target, (cell) => cell?.fontColor ?? "#000000");
    return common(target, (cell) => (name === "bold" ? cell?.bold : cell?.italic) ?? false);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (target) => writeAll(target, "bold", value));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value, (target) => writeAll(target, "italic", value));
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (target) => writeAll(target, "fontColor", value));
  }
}

export class HostRangeFormat extends FormatPart {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarProperties = ["columnWidth"];
  readonly fill: HostRangeFill;
  readonly font: HostRangeFont;

  constructor(session: Session, path: unknown, locator: Locator) {
    super(session, path, locator);
    this.fill = new HostRangeFill(session, { parent: this._id, n: "fill" }, locator);
    this.font = new HostRangeFont(session, { parent: this._id, n: "font" }, locator);
  }

  protected readProperty({ sheet, rect }: RangeTarget): unknown {
    return sheet.columnWidths.get(rect.column) ?? 64;
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.set("columnWidth", points, ({ sheet, rect }) => {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, points);
    });
  }
  /** Recorded only: the host has no fonts to measure text with. */
  autofitColumns(): void {
    this.call("autofitColumns", [], ({ sheet, rect }) => {
      sheet.autofitColumns.push(`${columnLetters(rect.column)}:${columnLetters(rect.column + rect.columnCount - 1)}`);
    });
  }
  autofitRows(): void {
    this.call("autofitRows", [], () => undefined);
  }
}
