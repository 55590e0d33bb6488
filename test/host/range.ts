/** Excel.Range: a rectangle of cells whose values, formulas and formats are read and written by batch. */
import { MAX_COLUMNS, MAX_ROWS, Rect, qualify } from "./a1";
import { HostClientResult, readCellProperties } from "./cellProperties";
import { HostObject } from "./clientObject";
import { invalidArgument } from "./errors";
import { CellModel, FORMAT_FIELDS, SheetModel, cellAt, cellKey } from "./model";
import { HostConditionalFormatCollection } from "./conditionalFormats";
import { HostRangeFormat } from "./rangeFormat";
import { Session } from "./session";
import { enterValue, inputAt, readFormula, readText, readValue } from "./valueSemantics";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

type RangeLocator = () => RangeTarget | null;

const CELL_ARRAYS = ["values", "formulas", "numberFormat", "text"] as const;

/** Scalar members checked against @types/office-js; methods return host proxies, cast once in host.ts. */
type RangeScalars = Pick<Excel.Range, "values" | "formulas" | "numberFormat" | "text" | "address" | "rowCount" | "columnCount" | "rowIndex" | "columnIndex" | "cellCount" | "isNullObject">;

export class HostRange extends HostObject<RangeTarget> implements RangeScalars {
  protected readonly typeName = "Range";
  protected readonly scalarProperties = [...CELL_ARRAYS, "address", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount"];
  private formatProxy: HostRangeFormat | undefined;
  private conditionalFormatsProxy: HostConditionalFormatCollection | undefined;

  constructor(
    session: Session,
    path: unknown,
    private readonly locator: RangeLocator,
  ) {
    super(session, path);
  }

  // Navigation proxies are made on first use, as office.js makes them, so unused ones add nothing to a request.
  get format(): HostRangeFormat {
    this.formatProxy ??= new HostRangeFormat(this.session, { parent: this._id, n: "format" }, () => this.resolve());
    return this.formatProxy;
  }
  get conditionalFormats(): HostConditionalFormatCollection {
    this.conditionalFormatsProxy ??= new HostConditionalFormatCollection(this.session, { parent: this._id, n: "conditionalFormats" }, () => this.resolve());
    return this.conditionalFormatsProxy;
  }

  protected locate(): RangeTarget | null {
    return this.locator();
  }

  protected override stillExists(target: RangeTarget): boolean {
    return this.session.model.sheets.includes(target.sheet);
  }

  protected readProperty({ sheet, rect }: RangeTarget, name: string): unknown {
    switch (name) {
      case "address":
        return qualify(sheet.name, rect);
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "cellCount":
        return rect.rowCount * rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
    }
    this.session.addCells(rect.rowCount * rect.columnCount);
    const read =
      name === "values" ? readValue : name === "formulas" ? readFormula : name === "text" ? readText : (cell: CellModel | undefined) => cell?.numberFormat ?? "General";
    const rows: unknown[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(read(sheet.cells.get(cellKey(rect.row + r, rect.column + c))));
      rows.push(row);
    }
    return rows;
  }

  private writeCells(name: string, input: unknown, write: (cell: CellModel, value: unknown) => void): void {
    this.set(name, input, ({ sheet, rect }) => {
      const at = inputAt(input, rect.rowCount, rect.columnCount, `Range.${name}`);
      for (let r = 0; r < rect.rowCount; r++) {
        for (let c = 0; c < rect.columnCount; c++) {
          const value = at(r, c);
          if (value === null || value === undefined) continue;
          write(cellAt(sheet, rect.row + r, rect.column + c, true), value);
        }
      }
    });
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.writeCells("values", input, (cell, value) => enterValue(cell, value, this.session.entry));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeCells("formulas", input, (cell, value) => enterValue(cell, value, this.session.entry));
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.writeCells("numberFormat", input, (cell, value) => {
      if (typeof value !== "string") throw invalidArgument("The argument is invalid or missing or has an incorrect format. (numberFormat must be a string)", "Range.numberFormat");
      cell.numberFormat = value;
    });
  }
  get text(): string[][] {
    return this.get("text");
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }

  /** Empties the cells: contents, formats or both ("All", the default). */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.call("clear", [applyTo], ({ sheet, rect }) => {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const cell = sheet.cells.get(cellKey(r, c));
          if (!cell) continue;
          if (applyTo === "All") sheet.cells.delete(cellKey(r, c));
          else if (applyTo === "Contents") Object.assign(cell, { value: null, formula: null, cachedResult: null });
          else {
            cell.numberFormat = "General";
            for (const field of FORMAT_FIELDS) delete cell[field];
          }
        }
      }
    });
  }

  /** A range derived from this one when a sync resolves it (getCell, getResizedRange, …). */
  private derive(method: string, args: unknown[], transform: (rect: Rect) => Rect): HostRange {
    return new HostRange(this.session, { parent: this._id, n: method, v: args }, () => {
      const base = this.resolve();
      if (base === null) return null;
      const rect = transform(base.rect);
      const valid = rect.row >= 0 && rect.column >= 0 && rect.rowCount > 0 && rect.columnCount > 0 && rect.row + rect.rowCount <= MAX_ROWS && rect.column + rect.columnCount <= MAX_COLUMNS;
      if (!valid) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (Range.${method} goes outside the sheet)`, `Range.${method}`);
      return { sheet: base.sheet, rect };
    });
  }

  getCell(row: number, column: number): HostRange {
    return this.derive("getCell", [row, column], (r) => ({ row: r.row + row, column: r.column + column, rowCount: 1, columnCount: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): HostRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({ ...r, rowCount: r.rowCount + deltaRows, columnCount: r.columnCount + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): HostRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({ ...r, row: r.row + rowOffset, column: r.column + columnOffset }));
  }
  getRow(index: number): HostRange {
    return this.derive("getRow", [index], (r) => ({ ...r, row: r.row + index, rowCount: 1 }));
  }
  getColumn(index: number): HostRange {
    return this.derive("getColumn", [index], (r) => ({ ...r, column: r.column + index, columnCount: 1 }));
  }
  getLastRow(): HostRange {
    return this.derive("getLastRow", [], (r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }

  /** Each cell's formatting as a 2-D array, readable after the next sync (ExcelApi 1.9; see cellProperties.ts). */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): HostClientResult<Excel.CellProperties[][]> {
    const result = new HostClientResult<Excel.CellProperties[][]>();
    this.call("getCellProperties", [options], (target) => {
      this.session.addCells(target.rect.rowCount * target.rect.columnCount);
      const properties = readCellProperties(target, options);
      this.session.addValue(properties);
      this.session.onCommit(() => result.resolve(properties));
    });
    return result;
  }
}
