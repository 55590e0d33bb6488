/**
 * The `<sheetData>` rows of a plain table block, encoded a row at a time into chunks from a pool
 * (../package/chunkPool), so a million-row sheet never exists as one string (V8 caps strings at
 * 512 MB) and the package writer can compress one chunk while the next is built. Writing each row's
 * text into a buffer, rather than joining rows into a string per chunk, keeps the garbage to
 * short-lived row strings: about twice as fast on a million rows.
 *
 * Cells follow ECMA-376 Part 1 §18.3.1.4 (c). Text is always a text cell (so "=SUM(A1)" stays
 * text): the first distinct texts of each column — codes, stages, currencies, owners, which repeat
 * down the rows — through the shared strings (../package/sharedStrings), later ones inline
 * (`t="inlineStr"`), as ids and names rarely repeat and a table of millions of them would cost more
 * than it saves. Numbers are `<v>`, booleans `t="b"`, an empty entry is written only when its
 * column has a format (a format applied to a range reaches its empty cells too). A cell's `r` is
 * written only when the cell before it in the row was not: it is optional for a cell following its
 * left neighbour, and a million rows of 15 columns save about 150 MB of text that would otherwise
 * be built and compressed.
 */
import { columnLetters } from "../../workbook/a1";
import type { CellEntry } from "../../workbook/description";
import { XlsxDescriptionError } from "../errors";
import type { ChunkPool } from "../package/chunkPool";
import { escapeXml } from "../xml";

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Distinct values per column whose cell text is remembered, texts among them shared (codes, stages, dates repeat; ids do not). */
const FRAGMENT_CACHE_LIMIT = 4096;

/** Characters that need escaping in element text, or that XML cannot hold at all. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Element text, escaped; leading or trailing white space kept (Excel drops it otherwise). */
function textElement(text: string): string {
  const escaped = NEEDS_ESCAPING.test(text) ? escapeXml(text) : text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

export interface SheetDataLayout {
  /** 0-based top-left cell of the block. */
  origin: { row: number; column: number };
  width: number;
  /** Rows at the top the column formats skip (the table's header). */
  headerRows: number;
  /** The cell format index (styles.xml cellXfs) of each column below the header; 0 for none. */
  styleIds: readonly number[];
  /** Indexes of shared texts (../package/sharedStrings). */
  sharedStrings: { indexOf(text: string): number };
  /** Where errors point. */
  sheetName: string;
}

/**
 * The text after `<c` or `<c r="…"` for one value: attributes, value and the closing tag. Empty
 * text is always shared: an inline string with no characters reads back as no value at all.
 */
function cellRest(value: Exclude<CellEntry, object | null>, styleAttribute: string, share: boolean, layout: SheetDataLayout, address: () => string): string {
  if (typeof value === "string" && (share || value === "")) return `${styleAttribute} t="s"><v>${layout.sharedStrings.indexOf(value)}</v></c>`;
  if (typeof value === "string") return `${styleAttribute} t="inlineStr"><is>${textElement(value)}</is></c>`;
  if (typeof value === "boolean") return `${styleAttribute} t="b"><v>${value ? 1 : 0}</v></c>`;
  // NaN and Infinity have no representation in a cell; the file would not open.
  if (!Number.isFinite(value)) throw new XlsxDescriptionError(address(), `${value} cannot be stored in a cell.`);
  return `${styleAttribute}><v>${value}</v></c>`;
}

/**
 * The rows' XML in UTF-8 chunks taken from `pool`, in order; the consumer releases each when done.
 * The first row is a table header, written as text; header cells carry no format, and below the
 * header every cell carries its column's.
 *
 * @example Buffer.concat([...sheetDataChunks([["id"], ["R1"]], { origin: { row: 0, column: 0 }, width: 1, headerRows: 1, styleIds: [0], sharedStrings: { indexOf: () => 0 }, sheetName: "Reps" }, new ChunkPool(1 << 16))]).toString()
 * // '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>'
 */
export function* sheetDataChunks(rows: readonly (readonly CellEntry[])[], layout: SheetDataLayout, pool: ChunkPool): Generator<Buffer> {
  const { origin, width, headerRows, styleIds } = layout;
  if (origin.row + rows.length > MAX_ROWS) throw new XlsxDescriptionError(`${layout.sheetName}!`, `the table ends below row ${MAX_ROWS.toLocaleString("en-US")}, the last row of a sheet.`);
  if (origin.column + width > MAX_COLUMNS) throw new XlsxDescriptionError(`${layout.sheetName}!`, `the table ends right of column ${columnLetters(MAX_COLUMNS - 1)}, the last column of a sheet.`);
  const letters = Array.from({ length: width }, (_, c) => columnLetters(origin.column + c));
  const dataStyles = styleIds.map((id) => (id > 0 ? ` s="${id}"` : ""));
  const headerStyles = letters.map(() => "");
  const fragments = letters.map(() => new Map<string | number | boolean, string>());
  let chunk = pool.acquire();
  let used = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    const rowNumber = String(origin.row + r + 1);
    const styles = r < headerRows ? headerStyles : dataStyles;
    // The header's cells are column names, not data: they skip the fragment caches.
    const cache = r < headerRows ? null : fragments;
    let cells = "";
    let follows = false;
    for (let c = 0; c < width; c += 1) {
      const entry = row[c] as Exclude<CellEntry, object> | undefined;
      // The first row is the table's header: column names, text whatever their type.
      const value = r === 0 && entry !== null && entry !== undefined ? String(entry) : entry;
      const head = follows ? "<c" : `<c r="${letters[c]}${rowNumber}"`;
      if (value === null || value === undefined) {
        if (styles[c] === "") {
          follows = false;
          continue;
        }
        cells += `${head}${styles[c]}/>`;
        follows = true;
        continue;
      }
      let rest = cache?.[c].get(value);
      if (rest === undefined) {
        const remembered = cache !== null && cache[c].size < FRAGMENT_CACHE_LIMIT;
        rest = cellRest(value, styles[c], remembered, layout, () => `${layout.sheetName}!${letters[c]}${rowNumber}`);
        if (remembered) cache[c].set(value, rest);
      }
      cells += head + rest;
      follows = true;
    }
    if (cells === "") continue;
    const text = `<row r="${rowNumber}">${cells}</row>`;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (used + text.length * 3 > chunk.length) {
      if (used > 0) yield chunk.subarray(0, used);
      else pool.release(chunk);
      chunk = pool.acquire(text.length * 3);
      used = 0;
    }
    used += chunk.write(text, used, "utf8");
  }
  if (used > 0) yield chunk.subarray(0, used);
  else pool.release(chunk);
}
