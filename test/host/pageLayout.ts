/** Worksheet.pageLayout: orientation, print scaling and print title rows (ExcelApi 1.9). */
import { MAX_COLUMNS, parseRect, splitSheet } from "./a1";
import { HostObject } from "./clientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { PageLayoutModel, SheetModel } from "./model";
import { HostRange } from "./range";
import { Session } from "./session";

type Zoom = PageLayoutModel["zoom"];

const whole = (n: unknown) => n === undefined || n === null || (typeof n === "number" && Number.isInteger(n) && n >= 0);

export class HostPageLayout extends HostObject<SheetModel> implements Pick<Excel.PageLayout, "orientation" | "zoom"> {
  protected readonly typeName = "PageLayout";
  protected readonly scalarProperties = ["orientation", "zoom"];
  constructor(
    session: Session,
    path: unknown,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(session, path);
  }
  protected locate(): SheetModel | null {
    return this.sheet();
  }
  protected readProperty(sheet: SheetModel, name: string): unknown {
    return name === "orientation" ? sheet.pageLayout.orientation : { ...sheet.pageLayout.zoom };
  }

  get orientation(): PageLayoutModel["orientation"] {
    return this.get("orientation");
  }
  set orientation(value: PageLayoutModel["orientation"]) {
    this.set("orientation", value, (sheet) => {
      if (value !== "Portrait" && value !== "Landscape") throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (orientation "${String(value)}")`, "PageLayout.orientation");
      sheet.pageLayout.orientation = value;
    });
  }

  get zoom(): Zoom {
    return this.get("zoom");
  }
  /** Either a percentage `scale` (10–400) or fit-to-pages counts; 0 pages means "automatic" in that direction. */
  set zoom(value: Zoom) {
    this.set("zoom", value, (sheet) => {
      const { scale, horizontalFitToPages, verticalFitToPages } = value;
      const fits = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
      const valid = (scale === undefined || scale === null || (scale >= 10 && scale <= 400)) && whole(horizontalFitToPages) && whole(verticalFitToPages) && !(fits && scale !== undefined && scale !== null);
      if (!valid) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (zoom ${JSON.stringify(value)})`, "PageLayout.zoom");
      sheet.pageLayout.zoom = fits ? { horizontalFitToPages: horizontalFitToPages ?? 0, verticalFitToPages: verticalFitToPages ?? 0 } : { scale: scale ?? 100 };
    });
  }

  /** The rows repeated at the top of each printed page; the range must span whole rows. */
  setPrintTitleRows(printTitleRows: HostRange | string): void {
    this.call("setPrintTitleRows", [typeof printTitleRows === "string" ? printTitleRows : { range: printTitleRows._id }], (sheet) => {
      let rect;
      if (typeof printTitleRows === "string") {
        const { sheet: other, local } = splitSheet(printTitleRows);
        if (other !== null && other.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`Print title rows must be on the sheet itself (got "${printTitleRows}").`, "PageLayout.setPrintTitleRows");
        rect = parseRect(local);
      } else {
        const target = printTitleRows.resolve();
        if (target === null) throw itemNotFound("range is a null object", "PageLayout.setPrintTitleRows");
        rect = target.rect;
      }
      if (rect.column !== 0 || rect.columnCount !== MAX_COLUMNS) throw invalidArgument("The argument is invalid or missing or has an incorrect format. (print title rows must span entire rows)", "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rowCount}`;
    });
  }
  getPrintTitleRowsOrNullObject(): HostRange {
    const range = new HostRange(this.session, { parent: this._id, n: "getPrintTitleRowsOrNullObject" }, () => {
      const sheet = this.resolve();
      if (sheet === null || sheet.pageLayout.printTitleRows === null) return null;
      return { sheet, rect: parseRect(sheet.pageLayout.printTitleRows) };
    });
    range.trackNullObject();
    return range;
  }
}
