/**
 * Range.format.borders: the outer edges of a range (EdgeTop, EdgeBottom, EdgeLeft, EdgeRight) with
 * their line style, weight and colour. Each cell keeps the borders of its own edges, as the file
 * format stores them; inside and diagonal borders are not implemented.
 */
import { HostObject } from "./clientObject";
import { HostApiError, invalidArgument } from "./errors";
import { BorderEdge, BorderModel, CellModel, cellAt } from "./model";
import type { RangeTarget } from "./range";
import { Session } from "./session";

type Locator = () => RangeTarget | null;
type Style = "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
type Weight = "Hairline" | "Thin" | "Medium" | "Thick";

const EDGES: readonly string[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const STYLES: readonly string[] = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS: readonly string[] = ["Hairline", "Thin", "Medium", "Thick"];

/** The cells along one edge of the range. */
function edgeCells({ sheet, rect }: RangeTarget, edge: BorderEdge, create: boolean): (CellModel | undefined)[] {
  const cells: (CellModel | undefined)[] = [];
  const at = (r: number, c: number) => (create ? cellAt(sheet, r, c, true) : cellAt(sheet, r, c, false));
  if (edge === "EdgeTop" || edge === "EdgeBottom") {
    const row = edge === "EdgeTop" ? rect.row : rect.row + rect.rowCount - 1;
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) cells.push(at(row, c));
  } else {
    const column = edge === "EdgeLeft" ? rect.column : rect.column + rect.columnCount - 1;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) cells.push(at(r, column));
  }
  return cells;
}

export class HostRangeBorder extends HostObject<RangeTarget> implements Pick<Excel.RangeBorder, "style" | "weight" | "color" | "sideIndex"> {
  protected readonly typeName = "RangeBorder";
  protected readonly scalarProperties = ["style", "weight", "color", "sideIndex"];
  constructor(
    session: Session,
    path: unknown,
    private readonly locator: Locator,
    private readonly edge: BorderEdge,
  ) {
    super(session, path);
  }
  protected locate(): RangeTarget | null {
    return this.locator();
  }
  protected readProperty(target: RangeTarget, name: string): unknown {
    if (name === "sideIndex") return this.edge;
    const values = edgeCells(target, this.edge, false).map((cell) => {
      const border = cell?.borders?.[this.edge];
      return name === "style" ? (border?.style ?? "None") : name === "weight" ? (border?.weight ?? "Thin") : (border?.color ?? "#000000");
    });
    return values.every((value) => value === values[0]) ? values[0] : null;
  }
  /** Sets one field of the edge's border on every cell along it; a line style of "None" removes the border. */
  private update(name: keyof BorderModel, value: string, allowed?: readonly string[]): void {
    this.set(name, value, (target) => {
      if (allowed && !allowed.includes(value)) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (border ${name} "${value}")`, `RangeBorder.${name}`);
      for (const cell of edgeCells(target, this.edge, true) as CellModel[]) {
        const current: BorderModel = cell.borders?.[this.edge] ?? { style: "Continuous", weight: "Thin", color: "#000000" };
        const next = { ...current, [name]: value };
        const borders = { ...cell.borders };
        if (next.style === "None") delete borders[this.edge];
        else borders[this.edge] = next;
        if (Object.keys(borders).length === 0) delete cell.borders;
        else cell.borders = borders;
      }
    });
  }
  get sideIndex(): BorderEdge {
    return this.get("sideIndex");
  }
  get style(): Style {
    return this.get("style");
  }
  set style(value: Style) {
    this.update("style", value, STYLES);
  }
  get weight(): Weight {
    return this.get("weight");
  }
  set weight(value: Weight) {
    this.update("weight", value, WEIGHTS);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.update("color", value);
  }
}

export class HostRangeBorderCollection extends HostObject<RangeTarget> {
  protected readonly typeName = "RangeBorderCollection";
  protected readonly scalarProperties = [];
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
  protected readProperty(): unknown {
    return null;
  }
  getItem(index: string): HostRangeBorder {
    if (!EDGES.includes(index)) throw new HostApiError("NotImplemented", `The host implements the outer edges of a range only (got "${index}").`, "RangeBorderCollection.getItem");
    return new HostRangeBorder(this.session, { parent: this._id, n: "getItem", v: [index] }, this.locator, index as BorderEdge);
  }
}
