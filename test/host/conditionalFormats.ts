/**
 * Range.conditionalFormats: cell-value rules with a fill and font (ExcelApi 1.6). The host records
 * them (type, range, rule, format) and evaluates nothing; other rule types are not implemented.
 */
import { intersects } from "./a1";
import { HostObject } from "./clientObject";
import { HostApiError, invalidArgument } from "./errors";
import { ConditionalFormatModel, newId } from "./model";
import type { RangeTarget } from "./range";
import { Session } from "./session";

type Rule = Excel.ConditionalCellValueRule;
type Located = () => ConditionalFormatModel | null;

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];

abstract class FormatPart extends HostObject<ConditionalFormatModel> {
  constructor(
    session: Session,
    path: unknown,
    private readonly locator: Located,
  ) {
    super(session, path);
  }
  protected locate(): ConditionalFormatModel | null {
    return this.locator();
  }
}

export class HostConditionalRangeFill extends FormatPart implements Pick<Excel.ConditionalRangeFill, "color"> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly scalarProperties = ["color"];
  protected readProperty(format: ConditionalFormatModel): unknown {
    return format.fillColor;
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (format) => (format.fillColor = value));
  }
  clear(): void {
    this.call("clear", [], (format) => (format.fillColor = null));
  }
}

export class HostConditionalRangeFont extends FormatPart implements Pick<Excel.ConditionalRangeFont, "color" | "bold"> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly scalarProperties = ["color", "bold"];
  protected readProperty(format: ConditionalFormatModel, name: string): unknown {
    return name === "color" ? format.fontColor : format.bold;
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (format) => (format.fontColor = value));
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (format) => (format.bold = value));
  }
}

export class HostConditionalRangeFormat extends FormatPart {
  protected readonly typeName = "ConditionalRangeFormat";
  protected readonly scalarProperties = [];
  readonly fill: HostConditionalRangeFill;
  readonly font: HostConditionalRangeFont;
  constructor(session: Session, path: unknown, format: Located) {
    super(session, path, format);
    this.fill = new HostConditionalRangeFill(session, { parent: this._id, n: "fill" }, format);
    this.font = new HostConditionalRangeFont(session, { parent: this._id, n: "font" }, format);
  }
  protected readProperty(): unknown {
    return null;
  }
}

export class HostCellValueConditionalFormat extends FormatPart implements Pick<Excel.CellValueConditionalFormat, "rule"> {
  protected readonly typeName = "CellValueConditionalFormat";
  protected readonly scalarProperties = ["rule"];
  readonly format: HostConditionalRangeFormat;
  constructor(session: Session, path: unknown, format: Located) {
    super(session, path, format);
    this.format = new HostConditionalRangeFormat(session, { parent: this._id, n: "format" }, format);
  }
  protected readProperty(format: ConditionalFormatModel): unknown {
    return format.rule ? { ...format.rule } : null;
  }
  get rule(): Rule {
    return this.get("rule");
  }
  /** Between and NotBetween need both formulas; every operator needs formula1. */
  set rule(value: Rule) {
    this.set("rule", value, (format) => {
      const needsTwo = value.operator === "Between" || value.operator === "NotBetween";
      const valid = OPERATORS.includes(value.operator) && typeof value.formula1 === "string" && value.formula1 !== "" && (!needsTwo || (typeof value.formula2 === "string" && value.formula2 !== ""));
      if (!valid) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (rule ${JSON.stringify(value)})`, "CellValueConditionalFormat.rule");
      format.rule = { operator: value.operator, formula1: value.formula1, ...(needsTwo && value.formula2 !== undefined ? { formula2: value.formula2 } : {}) };
    });
  }
}

export class HostConditionalFormat extends FormatPart implements Pick<Excel.ConditionalFormat, "type" | "id"> {
  protected readonly typeName = "ConditionalFormat";
  protected readonly scalarProperties = ["type", "id"];
  readonly cellValue: HostCellValueConditionalFormat;
  constructor(session: Session, path: unknown, format: Located) {
    super(session, path, format);
    this.cellValue = new HostCellValueConditionalFormat(session, { parent: this._id, n: "cellValue" }, format);
  }
  protected readProperty(format: ConditionalFormatModel, name: string): unknown {
    return format[name as "type" | "id"];
  }
  get type(): "CellValue" {
    return this.get("type");
  }
  get id(): string {
    return this.get("id");
  }
}

export class HostConditionalFormatCollection extends HostObject<RangeTarget> {
  protected readonly typeName = "ConditionalFormatCollection";
  protected readonly scalarProperties = ["count"];
  constructor(
    session: Session,
    path: unknown,
    private readonly range: () => RangeTarget | null,
  ) {
    super(session, path);
  }
  protected locate(): RangeTarget | null {
    return this.range();
  }
  protected readProperty({ sheet, rect }: RangeTarget): unknown {
    return sheet.conditionalFormats.filter((format) => intersects(format.rect, rect)).length;
  }
  get count(): number {
    return this.get("count");
  }

  /** Adds a rule over the range; only "CellValue" rules are implemented. */
  add(type: string): HostConditionalFormat {
    let created: ConditionalFormatModel | null = null;
    this.call("add", [type], ({ sheet, rect }) => {
      if (type !== "CellValue") throw new HostApiError("NotImplemented", `The host implements only "CellValue" conditional formats (got "${type}").`, "ConditionalFormatCollection.add");
      created = { id: newId(this.session.model, "{cf-"), type, rect, rule: null, fillColor: null, fontColor: null, bold: null };
      sheet.conditionalFormats.push(created);
    });
    return new HostConditionalFormat(this.session, { parent: this._id, n: "add", v: [type] }, () => created);
  }

  /** Removes every conditional format that applies to a cell of the range. */
  clearAll(): void {
    this.call("clearAll", [], ({ sheet, rect }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !intersects(format.rect, rect));
    });
  }
}
