/*
 * Parses a CSV file for the pane's import in chunks, so the pane can show how far it got, repaint
 * and hear Cancel between chunks, and reports a malformed file instead of importing what a broken
 * quote turned into. src/core/import/csv.ts parses the same way (papaparse, rows kept as the file
 * numbers them) but synchronously and without the quote checks: the CLI reads whole files at once
 * and names a bad row later, where a quote that never closes swallows the rest of the file first.
 */
import Papa from "papaparse";
import { guessDelimiter } from "../core/import/csv";
import type { Result } from "../core/model/result";
import { cancelled, ImportControl, pauseAndCheck } from "./importDataTypes";

/** Characters per chunk: about a quarter of a megabyte, a few thousand rows of a CRM export. */
export const CSV_CHUNK_CHARS = 256 * 1024;

/** 0-based index of the parsed row where a quote opens and never closes. */
interface QuoteProblem {
  row: number;
}

/** The 1-based line of the file where parsed row `row` starts: each earlier row took one line plus its quoted line breaks. */
function lineOfRow(rows: readonly string[][], row: number): number {
  let line = 1;
  for (let i = 0; i < row && i < rows.length; i += 1) {
    line += 1;
    for (const field of rows[i]) for (let at = field.indexOf("\n"); at >= 0; at = field.indexOf("\n", at + 1)) line += 1;
  }
  return line;
}

/** The text of one line of the file, shortened for a message. */
function lineText(text: string, line: number): string {
  const whole = text.split("\n", line)[line - 1]?.replace(/\r$/, "") ?? "";
  return whole.length > 60 ? `${whole.slice(0, 60)}…` : whole;
}

function quoteIssue<T>(name: string, text: string, rows: readonly string[][], problem: QuoteProblem): Result<T> {
  const line = lineOfRow(rows, problem.row);
  const message = `${name}, line ${line} (${lineText(text, line)}): a quoted value starts here and never closes, so the rest of the file would be read as one cell. Add the closing quote (") or remove the opening one, save the file and choose it again. Nothing was imported.`;
  return { ok: false, issues: [{ code: "csv_unterminated_quote", path: [name, line], message }] };
}

/**
 * Parses CSV text into rows of strings: the delimiter read from the header line (comma, semicolon,
 * tab or pipe), a leading BOM dropped, blank lines kept as empty rows so that row n is line n of a
 * file without quoted line breaks. A quote that never closes fails the whole file with the line to fix. Between chunks it reports the characters read, awaits the
 * control's pause and stops with a "cancelled" result when the signal is aborted.
 * @example await parseCsvForImport("id,amount\n1,\"1,200\"\n", "deals.csv") // { ok: true, value: [["id", "amount"], ["1", "1,200"]] }
 * @example (await parseCsvForImport('id,name\n1,"Acme\n', "deals.csv")).ok // false: "csv_unterminated_quote" on line 2
 */
export function parseCsvForImport(text: string, name: string, control: ImportControl = {}, chunkChars = CSV_CHUNK_CHARS): Promise<Result<string[][]>> {
  const body = text.replace(/^\uFEFF/, "");
  const total = body.length;
  const label = `Reading ${name}`;
  if (total === 0) return Promise.resolve({ ok: true, value: [] });
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    let problem: QuoteProblem | null = null;
    let read = 0;
    let settled = false;
    const settle = (result: Result<string[][]>): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const finish = (): void => {
      if (problem) return settle(quoteIssue(name, body, rows, problem));
      // A lone empty row after the final line break is the line break, not a row.
      const last = rows[rows.length - 1];
      if (last && last.length === 1 && last[0] === "") rows.pop();
      settle({ ok: true, value: rows });
    };
    control.onProgress?.({ step: "reading", label, done: 0, total, unit: "characters", cancellable: true });
    Papa.parse<string[]>(body, {
      // Always explicit: papaparse's own guess can pick ";" or "|" when values contain them.
      delimiter: guessDelimiter(body.slice(0, 65536)),
      chunkSize: chunkChars,
      chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        const before = rows.length;
        for (const row of result.data) rows.push(row);
        // Only a quote that never closes: papaparse also flags "InvalidQuotes" where a chunk ends between
        // the \r and \n after a closing quote, and reads stray quotes leniently, as Excel does.
        const quote = result.errors.find((error) => error.code === "MissingQuotes");
        if (quote && !problem) problem = { row: before + (quote.row ?? 0) };
        read = Math.min(total, read + chunkChars);
        // The streamer hands over a string's chunks synchronously: pausing it is what lets the pane breathe.
        parser.pause();
        control.onProgress?.({ step: "reading", label, done: read, total, unit: "characters", cancellable: true });
        pauseAndCheck(control).then(
          (stop) => {
            if (!stop) return parser.resume();
            settle(cancelled(`${name} was not imported; nothing was written.`));
            parser.abort();
          },
          (error: unknown) => {
            // A pause that fails is the surface's bug, not a problem with the file: it propagates.
            settled = true;
            parser.abort();
            reject(error);
          },
        );
      },
      complete: () => {
        if (!settled) finish();
      },
    });
  });
}
