/** Excel.Worksheet: a named sheet with its cells, tables, charts, custom properties and view and print settings. */
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet } from "./a1";
import { HostObject } from "./clientObject";
import { HostApiError, invalidArgument } from "./errors";
import { SheetModel, usedRect } from "./model";
import { checkSheetName } from "./nameRules";
import { HostRange } from "./range";
import { Session } from "./session";
import { HostChartCollection } from "./charts";
import { HostCustomPropertyCollection } from "./customProperties";
import { HostWorksheetFreezePanes } from "./freezePanes";
import { HostPageLayout } from "./pageLayout";
import { breakSheetIn, breakTableIn, renameSheetIn, updateFormulas } from "./references";
import { HostTableCollection } from "./tableCollection";

type Visibility = SheetModel["visibility"];

export class HostWorksheet extends HostObject<SheetModel> implements Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility" | "tabColor" | "showGridlines" | "isNullObject"> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarProperties = ["name", "id", "position", "visibility", "tabColor", "showGridlines"];
  readonly tables: HostTableCollection;
  readonly charts: HostChartCollection;
  readonly customProperties: HostCustomPropertyCollection;
  readonly freezePanes: HostWorksheetFreezePanes;
  readonly pageLayout: HostPageLayout;

  constructor(
    session: Session,
    path: unknown,
    private readonly locator: () => SheetModel | null,
  ) {
    super(session, path);
    const sheet = () => this.required();
    this.tables = new HostTableCollection(session, { parent: this._id, n: "tables" }, sheet);
    this.charts = new HostChartCollection(session, { parent: this._id, n: "charts" }, sheet);
    this.customProperties = new HostCustomPropertyCollection(session, { parent: this._id, n: "customProperties" }, sheet);
    this.freezePanes = new HostWorksheetFreezePanes(session, { parent: this._id, n: "freezePanes" }, sheet);
    this.pageLayout = new HostPageLayout(session, { parent: this._id, n: "pageLayout" }, sheet);
  }

  protected locate(): SheetModel | null {
    return this.locator();
  }
  protected override stillExists(sheet: SheetModel): boolean {
    return this.session.model.sheets.includes(sheet);
  }
  protected readProperty(sheet: SheetModel, name: string): unknown {
    if (name === "position") return this.session.model.sheets.indexOf(sheet);
    return sheet[name as "name" | "id" | "visibility" | "tabColor" | "showGridlines"];
  }

  get name(): string {
    return this.get("name");
  }
  /** Formulas, names, rules and charts that point at the sheet follow the rename, as in Excel. */
  set name(value: string) {
    this.set("name", value, (sheet) => {
      const others = this.session.model.sheets.filter((s) => s !== sheet).map((s) => s.name);
      checkSheetName(value, others, "Worksheet.name");
      const previous = sheet.name;
      sheet.name = value;
      updateFormulas(this.session.model, previous, (formula) => renameSheetIn(formula, previous, value));
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  /** "#RRGGBB" (or an HTML colour name); "" removes the colour (ExcelApi 1.7). */
  set tabColor(value: string) {
    this.set("tabColor", value, (sheet) => (sheet.tabColor = value));
  }
  get showGridlines(): boolean {
    return this.get("showGridlines");
  }
  /** ExcelApi 1.8. */
  set showGridlines(value: boolean) {
    this.set("showGridlines", value, (sheet) => (sheet.showGridlines = value));
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (sheet) => {
      const sheets = this.session.model.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (position ${value})`, "Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(value: Visibility) {
    this.set("visibility", value, (sheet) => {
      const visible = this.session.model.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (value !== "Visible" && visible.length === 0) throw new HostApiError("InvalidOperation", "A workbook must keep at least one visible worksheet.", "Worksheet.visibility");
      sheet.visibility = value;
      // Excel never leaves a hidden sheet active: hiding the active one activates a visible one.
      if (value !== "Visible" && this.session.model.activeSheetId === sheet.id) this.session.model.activeSheetId = visible[0].id;
    });
  }

  private range(method: string, args: unknown[], rect: (sheet: SheetModel) => ReturnType<typeof parseRect> | null): HostRange {
    return new HostRange(this.session, { parent: this._id, n: method, v: args }, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const found = rect(sheet);
      return found ? { sheet, rect: found } : null;
    });
  }

  /** The whole sheet when no address is given; "A1", "A1:C3", "B:B" or "2:2" otherwise. */
  getRange(address?: string): HostRange {
    return this.range("getRange", [address], () => {
      if (address === undefined || address === "") return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const { sheet, local } = splitSheet(address);
      if (sheet !== null) throw invalidArgument(`Worksheet.getRange takes an address on its own sheet (got "${address}").`, "Worksheet.getRange");
      return parseRect(local);
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const valid = startRow >= 0 && startColumn >= 0 && rowCount > 0 && columnCount > 0 && startRow + rowCount <= MAX_ROWS && startColumn + columnCount <= MAX_COLUMNS;
      if (!valid) throw invalidArgument("The argument is invalid or missing or has an incorrect format. (getRangeByIndexes outside the sheet)", "Worksheet.getRangeByIndexes");
      return { row: startRow, column: startColumn, rowCount, columnCount };
    });
  }
  getCell(row: number, column: number): HostRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): HostRange {
    return this.range("getUsedRange", [valuesOnly], (sheet) => usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): HostRange {
    const range = this.range("getUsedRangeOrNullObject", [valuesOnly], (sheet) => usedRect(sheet, valuesOnly));
    range.trackNullObject();
    return range;
  }

  activate(): void {
    this.call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") throw new HostApiError("InvalidOperation", "A hidden worksheet can't be activated.", "Worksheet.activate");
      this.session.model.activeSheetId = sheet.id;
    });
  }

  /**
   * Deletes the sheet with its tables (freeing their names) and charts. As in Excel, the last
   * visible sheet can't be deleted, nor a "VeryHidden" one (it must be made visible or hidden first),
   * and formulas and names elsewhere that pointed at the sheet or its tables become #REF!.
   */
  delete(): void {
    this.call("delete", [], (sheet) => {
      const model = this.session.model;
      if (sheet.visibility === "VeryHidden") {
        throw new HostApiError("InvalidOperation", "This operation is not permitted: a very hidden worksheet can't be deleted; make it visible or hidden first.", "Worksheet.delete");
      }
      if (!model.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw new HostApiError("InvalidOperation", "This operation is not permitted: a workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      const gone = model.tables.filter((table) => table.sheetId === sheet.id);
      model.tables = model.tables.filter((table) => table.sheetId !== sheet.id);
      if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
      updateFormulas(model, sheet.name, (formula) => breakSheetIn(formula, sheet.name));
      for (const table of gone) updateFormulas(model, table.name, (formula) => breakTableIn(formula, table.name));
    });
  }
}
