/** Range.format with its fill, font, alignment and borders: per-cell formatting the export carries into .xlsx. */
import { columnLetters } from "./a1";
import { HostObject } from "./clientObject";
import { invalidArgument } from "./errors";
import { CellModel, cellAt } from "./model";
import type { RangeTarget } from "./range";
import { HostRangeBorderCollection } from "./rangeBorders";
import { Session } from "./session";

type Locator = () => RangeTarget | null;
type CellField = "bold" | "italic" | "fontColor" | "fill" | "fontSize" | "horizontalAlignment" | "wrapText" | "indentLevel";
type Alignment = "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
const ALIGNMENTS: readonly string[] = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

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

function writeAll(target: RangeTarget, field: CellField, value: string | number | boolean | undefined): void {
  const { sheet, rect } = target;
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) cellAt(sheet, r, c, true)[field] = value as never;
  }
}

export abstract class FormatPart extends HostObject<RangeTarget> {
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

export class HostRangeFont extends FormatPart implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "size"> {
  protected readonly typeName = "RangeFont";
  protected readonly scalarProperties = ["bold", "italic", "color", "size"];
  protected readProperty(target: RangeTarget, name: string): unknown {
    if (name === "color") return common(target, (cell) => cell?.fontColor ?? "#000000");
    if (name === "size") return common(target, (cell) => cell?.fontSize ?? 11);
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
  get size(): number {
    return this.get("size");
  }
  /** Points; Excel accepts 1 to 409. */
  set size(value: number) {
    this.set("size", value, (target) => {
      if (typeof value !== "number" || !(value >= 1 && value <= 409)) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (font size ${value})`, "RangeFont.size");
      writeAll(target, "fontSize", value);
    });
  }
}

/** Office.js reports column widths in points; Excel's standard width (8.43 characters of Calibri 11, 64 px) is 48 points. */
export const STANDARD_COLUMN_WIDTH_POINTS = 48;

export class HostRangeFormat extends FormatPart implements Pick<Excel.RangeFormat, "columnWidth" | "horizontalAlignment" | "wrapText" | "indentLevel"> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarProperties = ["columnWidth", "horizontalAlignment", "wrapText", "indentLevel"];
  private parts: { fill?: HostRangeFill; font?: HostRangeFont; borders?: HostRangeBorderCollection } = {};

  constructor(
    session: Session,
    path: unknown,
    private readonly target: Locator,
  ) {
    super(session, path, target);
  }

  // Made on first use, as office.js makes navigation objects, so unused ones add nothing to a request.
  get fill(): HostRangeFill {
    this.parts.fill ??= new HostRangeFill(this.session, { parent: this._id, n: "fill" }, this.target);
    return this.parts.fill;
  }
  get font(): HostRangeFont {
    this.parts.font ??= new HostRangeFont(this.session, { parent: this._id, n: "font" }, this.target);
    return this.parts.font;
  }
  get borders(): HostRangeBorderCollection {
    this.parts.borders ??= new HostRangeBorderCollection(this.session, { parent: this._id, n: "borders" }, this.target);
    return this.parts.borders;
  }

  protected readProperty(target: RangeTarget, name: string): unknown {
    if (name === "horizontalAlignment") return common(target, (cell) => cell?.horizontalAlignment ?? "General");
    if (name === "wrapText") return common(target, (cell) => cell?.wrapText ?? false);
    if (name === "indentLevel") return common(target, (cell) => cell?.indentLevel ?? 0);
    const { sheet, rect } = target;
    return sheet.columnWidths.get(rect.column) ?? STANDARD_COLUMN_WIDTH_POINTS;
  }
  /** Points. */
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.set("columnWidth", points, ({ sheet, rect }) => {
      if (typeof points !== "number" || !(points >= 0)) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (columnWidth ${points})`, "RangeFormat.columnWidth");
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, points);
    });
  }
  get horizontalAlignment(): Alignment {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: Alignment) {
    this.set("horizontalAlignment", value, (target) => {
      if (!ALIGNMENTS.includes(value)) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (horizontalAlignment "${value}")`, "RangeFormat.horizontalAlignment");
      writeAll(target, "horizontalAlignment", value);
    });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, (target) => writeAll(target, "wrapText", value));
  }
  get indentLevel(): number {
    return this.get("indentLevel");
  }
  /** 0 to 250, as Excel allows (ExcelApi 1.9). */
  set indentLevel(value: number) {
    this.set("indentLevel", value, (target) => {
      if (!Number.isInteger(value) || value < 0 || value > 250) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (indentLevel ${value})`, "RangeFormat.indentLevel");
      writeAll(target, "indentLevel", value);
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
