/** Table.rows and Table.columns, and the namespace tables share with defined names. */
import { MAX_COLUMNS } from "./a1";
import { HostObject } from "./clientObject";
import { invalidArgument } from "./errors";
import { SheetModel, TableModel, WorkbookModel, cellAt, cellKey } from "./model";
import { Session } from "./session";
import { enterValue, inputAt } from "./valueSemantics";

/** Table names and defined names share one namespace; `except` is the table being renamed. */
export function takenNames(model: WorkbookModel, except: TableModel | null): string[] {
  return [...model.tables.filter((t) => t !== except).map((t) => t.name), ...model.names.map((n) => n.name)];
}

const sheetOf = (model: WorkbookModel, table: TableModel) => model.sheets.find((s) => s.id === table.sheetId) as SheetModel;

/** Moves the cells of the table's columns at or below `fromRow` down by `count` rows (Excel inserts table rows this way). */
function shiftDown(sheet: SheetModel, table: TableModel, fromRow: number, count: number): void {
  const { column, columnCount } = table.rect;
  const moved: [number, number][] = [];
  for (const key of sheet.cells.keys()) {
    const row = Math.floor(key / MAX_COLUMNS);
    const col = key % MAX_COLUMNS;
    if (row >= fromRow && col >= column && col < column + columnCount) moved.push([row, col]);
  }
  moved.sort((a, b) => b[0] - a[0]);
  for (const [row, col] of moved) {
    const cell = sheet.cells.get(cellKey(row, col));
    sheet.cells.delete(cellKey(row, col));
    if (cell) sheet.cells.set(cellKey(row + count, col), cell);
  }
}

export class HostTableRowCollection extends HostObject<TableModel> implements Pick<Excel.TableRowCollection, "count"> {
  protected readonly typeName = "TableRowCollection";
  protected readonly scalarProperties = ["count"];

  constructor(
    session: Session,
    path: unknown,
    private readonly table: () => TableModel,
  ) {
    super(session, path);
  }
  protected locate(): TableModel {
    return this.table();
  }
  protected readProperty(table: TableModel): unknown {
    return table.rect.rowCount - 1;
  }
  get count(): number {
    return this.get("count");
  }

  /**
   * Inserts rows at `index` (0-based among data rows; at the end when null) holding `values`.
   * Counted in `host.stats.tableRowsAddCalls`: bulk writes should set one range's values instead.
   */
  add(index?: number | null, values?: unknown[][]): void {
    this.session.stats.tableRowsAddCalls += 1;
    this.call("add", [index ?? null, values ?? null], (table) => {
      const dataRows = table.rect.rowCount - 1;
      const at = index ?? dataRows;
      if (!Number.isInteger(at) || at < 0 || at > dataRows) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (row index ${index})`, "TableRowCollection.add");
      const count = values ? values.length : 1;
      const read = inputAt(values ?? [new Array(table.rect.columnCount).fill("")], count, table.rect.columnCount, "TableRowCollection.add");
      const sheet = sheetOf(this.session.model, table);
      const firstRow = table.rect.row + 1 + at;
      shiftDown(sheet, table, firstRow, count);
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + count };
      for (let r = 0; r < count; r++) {
        for (let c = 0; c < table.rect.columnCount; c++) enterValue(cellAt(sheet, firstRow + r, table.rect.column + c, true), read(r, c), this.session.entry);
      }
    });
  }
}

export class HostTableColumnCollection extends HostObject<TableModel> {
  protected readonly typeName = "TableColumnCollection";
  protected readonly scalarProperties = ["count"];

  constructor(
    session: Session,
    path: unknown,
    private readonly table: () => TableModel,
  ) {
    super(session, path);
  }
  protected locate(): TableModel {
    return this.table();
  }
  protected readProperty(table: TableModel): unknown {
    return table.rect.columnCount;
  }
  get count(): number {
    return this.get("count");
  }
}
