/**
 * Range.getCellProperties (ExcelApi 1.9): each cell's formatting as a 2-D array (rows, then
 * columns) of `Excel.CellProperties`, holding only what the load options ask for, returned in a
 * `ClientResult` whose `value` is readable after the sync that carried the call — the one way to
 * read per-cell formats of a range in a single request.
 *
 * Implemented: `address`, `addressLocal`, and under `format`: `font` (bold, italic, color, size,
 * name, underline, strikethrough), `fill` (color, pattern), `borders` (style, weight, color, for the
 * top, bottom, left and right edges), `horizontalAlignment`, `verticalAlignment`, `wrapText`,
 * `indentLevel`. Any other option fails with NotImplemented, so a test never reads a value the
 * host made up. Values are what Excel reports for a cell without that format: black Calibri 11,
 * white fill with pattern "None", "General" alignment, border style "None".
 */
import { qualify } from "./a1";
import { HostApiError } from "./errors";
import { BorderEdge, CellModel, SheetModel, cellAt } from "./model";
import type { RangeTarget } from "./range";

/** office.js's ClientResult: `value` throws until the sync that returns it. */
export class HostClientResult<T> {
  private loaded: { value: T } | null = null;

  get value(): T {
    if (!this.loaded) {
      throw new HostApiError("ValueNotLoaded", 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.', "ClientResult.value");
    }
    return this.loaded.value;
  }

  /** Called when the sync carrying the request succeeds. */
  resolve(value: T): void {
    this.loaded = { value };
  }
}

type Options = Record<string, unknown>;
type Reader = (cell: CellModel | undefined) => unknown;

const FONT: Record<string, Reader> = {
  bold: (cell) => cell?.bold ?? false,
  italic: (cell) => cell?.italic ?? false,
  color: (cell) => cell?.fontColor ?? "#000000",
  size: (cell) => cell?.fontSize ?? 11,
  name: () => "Calibri",
  underline: () => "None",
  strikethrough: () => false,
};

const FILL: Record<string, Reader> = {
  color: (cell) => cell?.fill ?? "#FFFFFF",
  pattern: (cell) => (cell?.fill === undefined ? "None" : "Solid"),
};

const FORMAT: Record<string, Reader> = {
  horizontalAlignment: (cell) => cell?.horizontalAlignment ?? "General",
  verticalAlignment: () => "Bottom",
  wrapText: (cell) => cell?.wrapText ?? false,
  indentLevel: (cell) => cell?.indentLevel ?? 0,
};

const EDGES: Record<string, BorderEdge> = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" };
const BORDER = ["style", "weight", "color"];

/** The names an options object asks for (a `false` leaves a property out, as in office.js). */
function requested(options: unknown, known: readonly string[], where: string): string[] {
  if (options === true) return [...known];
  if (typeof options !== "object" || options === null) throw new HostApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${where})`, "Range.getCellProperties");
  const names = Object.entries(options as Options)
    .filter(([, wanted]) => wanted !== false && wanted !== undefined)
    .map(([name]) => name);
  for (const name of names) {
    if (!known.includes(name)) throw new HostApiError("NotImplemented", `The host's Range.getCellProperties does not implement ${where}.${name}.`, "Range.getCellProperties");
  }
  return names;
}

const pick = (cell: CellModel | undefined, readers: Record<string, Reader>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, readers[name](cell)]));

/** `true` asks for everything under it. */
const under = (options: Options | true, name: string): unknown => (options === true ? true : options[name]);

function formatOf(cell: CellModel | undefined, options: Options | true): Excel.CellPropertiesFormat {
  const format: Record<string, unknown> = {};
  for (const name of requested(options, [...Object.keys(FORMAT), "font", "fill", "borders"], "format")) {
    if (name === "font") format.font = pick(cell, FONT, requested(under(options, "font"), Object.keys(FONT), "format.font"));
    else if (name === "fill") format.fill = pick(cell, FILL, requested(under(options, "fill"), Object.keys(FILL), "format.fill"));
    else if (name === "borders") {
      const fields = requested(under(options, "borders"), BORDER, "format.borders");
      format.borders = Object.fromEntries(
        Object.entries(EDGES).map(([side, edge]) => {
          const border = cell?.borders?.[edge];
          const all: Record<string, unknown> = { style: border?.style ?? "None", weight: border?.weight ?? "Thin", color: border?.color ?? "#000000" };
          return [side, Object.fromEntries(fields.map((field) => [field, all[field]]))];
        }),
      );
    } else format[name] = FORMAT[name](cell);
  }
  return format as Excel.CellPropertiesFormat;
}

/**
 * The cell properties of every cell of the range, as the load options select them.
 * @example readCellProperties(target, { format: { font: { bold: true } } }) // [[{ format: { font: { bold: false } } }]]
 */
export function readCellProperties({ sheet, rect }: RangeTarget, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties[][] {
  const names = requested(options, ["address", "addressLocal", "format"], "cellPropertiesLoadOptions");
  const at = (s: SheetModel, row: number, column: number) => cellAt(s, row, column, false);
  return Array.from({ length: rect.rowCount }, (_, r) =>
    Array.from({ length: rect.columnCount }, (_, c) => {
      const row = rect.row + r;
      const column = rect.column + c;
      const properties: Record<string, unknown> = {};
      for (const name of names) {
        if (name === "format") properties.format = formatOf(at(sheet, row, column), options.format as Options | true);
        else properties[name] = qualify(sheet.name, { row, column, rowCount: 1, columnCount: 1 });
      }
      return properties as Excel.CellProperties;
    }),
  );
}
