import Papa from "papaparse";
import type { CellValue } from "../model/canonicalFiles";

/**
 * Parses CSV text into rows of strings (RFC 4180 quoting, any line ending, a leading BOM dropped).
 * Blank lines are skipped; every other row is kept as is.
 * @example parseCsv('id,amount\n1,"1,200"\n') // [["id", "amount"], ["1", "1,200"]]
 */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  return result.data;
}

/**
 * Parses CSV text in chunks of rows, keeping blank lines as empty rows so that the n-th row handed
 * over is the row a spreadsheet shows as row n (imports report rejected rows by that number).
 * Chunking keeps memory bounded on million-row files: only one chunk of parsed rows lives at a time.
 * A lone empty row after the final line break is not a row and is dropped.
 * @example
 * const seen: string[][] = [];
 * parseCsvInChunks("id\n1\n\n2\n", (rows) => seen.push(...rows)); // seen: [["id"], ["1"], [""], ["2"]]
 */
export function parseCsvInChunks(text: string, onRows: (rows: string[][]) => void, chunkSize = 1 << 20, delimiter = ","): void {
  let pending: string[] | null = null;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    chunkSize,
    // Always explicit: papaparse's guess can pick ";" or "|" when values contain them.
    delimiter,
    // The typings only allow chunked parsing together with a completion callback; with a string it runs synchronously.
    complete: () => undefined,
    chunk: (result: Papa.ParseResult<string[]>) => {
      const rows = result.data;
      if (rows.length === 0) return;
      // Hold back the last row of each chunk: only at the very end can an empty last row be the trailing line break.
      const batch: string[][] = pending ? [pending] : [];
      for (let i = 0; i < rows.length - 1; i += 1) batch.push(rows[i]);
      pending = rows[rows.length - 1];
      if (batch.length > 0) onRows(batch);
    },
  });
  const last = pending as string[] | null;
  if (last && !(last.length === 1 && last[0] === "")) onRows([last]);
}

/**
 * Parses CSV text into rows keeping blank lines (see parseCsvInChunks), all at once.
 * @example parseCsvRows("id\n\n1\n") // [["id"], [""], ["1"]]
 */
export function parseCsvRows(text: string, delimiter = ","): string[][] {
  const all: string[][] = [];
  parseCsvInChunks(
    text,
    (rows) => {
      for (const row of rows) all.push(row);
    },
    1 << 20,
    delimiter,
  );
  return all;
}

/**
 * The delimiter of an export, read from its header line (outside quotes): comma unless semicolons
 * (European Excel's "CSV"), tabs or pipes are more frequent there. Headers hold no data, so they do
 * not mislead the way values with ";" or "|" in them can.
 * @example guessDelimiter("Name;Amount\nA;1,5\n") // ";"
 */
export function guessDelimiter(text: string): string {
  const line = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const candidate of [",", ";", "\t", "|"]) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Writes rows as CSV with `\n` line endings; numbers keep full precision, null becomes empty.
 * @example toCsv([["id", "amount"], ["1", 1200.5]]) // "id,amount\n1,1200.5\n"
 */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  if (rows.length === 0) return "";
  const text = Papa.unparse(
    rows.map((row) => row.map((cell) => (cell === null ? "" : cell))),
    { newline: "\n", quotes: false },
  );
  return `${text}\n`;
}
