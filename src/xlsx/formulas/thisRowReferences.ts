/**
 * `[@amount]` is how Excel 2010 and later *display* a this-row structured reference; the file
 * format only knows the Excel 2007 spelling `Table[[#This Row],[amount]]` (XlsxWriter rewrites it
 * for the same reason). Written as typed, LibreOffice 7.4 computes `T[@amount]` as #NAME? and a
 * bare `[@amount]` as #N/A, so the writer spells it out, adding the table's name when the
 * reference has none.
 */
import { XlsxDescriptionError } from "../errors";
import { formulaSegments } from "./formulaSegments";

/** The bracket group of a this-row reference, its column part captured: `[@amount]`, `[@[deal size]]`, `[@]`. */
const THIS_ROW = /^\[@(.*)\]$/s;

function thisRowGroup(inner: string): string {
  if (inner === "") return "[#This Row]";
  const column = inner.startsWith("[") ? inner : `[${inner}]`;
  return `[[#This Row],${column}]`;
}

/**
 * Rewrites every `@` this-row reference into the file-format spelling. `tableName` is the table the
 * formula's cell sits in, used when the reference names no table; a bare `[@…]` outside a table has
 * no meaning and throws.
 *
 * @example expandThisRowReferences("[@amount]*Deals[@[fx rate]]", "Deals", "Data!D2")
 * // "Deals[[#This Row],[amount]]*Deals[[#This Row],[fx rate]]"
 */
export function expandThisRowReferences(formula: string, tableName: string | undefined, path: string): string {
  const segments = formulaSegments(formula);
  return segments
    .map((segment, index) => {
      const match = segment.kind === "bracket" ? THIS_ROW.exec(segment.text) : null;
      if (!match) return segment.text;
      const before = segments[index - 1];
      const qualified = before?.kind === "text" && /[A-Za-z0-9_.\\]$/.test(before.text);
      if (!qualified && !tableName) throw new XlsxDescriptionError(path, `"${segment.text}" refers to "this row" of a table, but the cell is not in one.`);
      return `${qualified ? "" : tableName}${thisRowGroup(match[1])}`;
    })
    .join("");
}
