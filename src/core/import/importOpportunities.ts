import type { CellValue } from "../model/canonicalFiles";
import type { Result } from "../model/result";
import { isBlankRow } from "./cells";
import { guessDelimiter, parseCsvInChunks } from "./csv";
import type { ImportOptions } from "./importPlan";
import type { OpportunityImport } from "./importTypes";
import { OpportunityImporter } from "./opportunityImporter";

const noHeader = (): Result<OpportunityImport> => ({
  ok: false,
  issues: [{ code: "empty_file", path: ["header"], message: "The file has no header row: it is empty or blank. Export the report again with its column headers." }],
});

/**
 * Imports opportunities from a 2-D array as an Excel table or a CSV gives it. The first non-blank row
 * is the header; rows are numbered as the sheet shows them (row 1 is the first row given).
 * @example
 * const result = importOpportunities([
 *   ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"],
 *   ["1C1I7A6R", "Moses Frase", "GTX Plus Basic", "Cancity", "Won", "2016-10-20", "2017-03-01", "1054"],
 * ]);
 * // result.ok && result.value.preset.name === "sales_pipeline"; result.value.opportunities[0].stage === "Closed Won"
 */
export function importOpportunities(rows: readonly (readonly CellValue[])[], options: ImportOptions = {}): Result<OpportunityImport> {
  let headerIndex = 0;
  while (headerIndex < rows.length && isBlankRow(rows[headerIndex])) headerIndex += 1;
  if (headerIndex >= rows.length) return noHeader();
  const started = OpportunityImporter.start(rows[headerIndex], headerIndex + 1, options);
  if (!started.ok) return started;
  const importer = started.value;
  for (let i = headerIndex + 1; i < rows.length; i += 1) importer.add(rows[i]);
  const result = importer.finish();
  result.summary.blankRowsSkipped += headerIndex;
  return { ok: true, value: result };
}

/**
 * Imports opportunities from CSV text, parsing and importing chunk by chunk so memory holds the
 * records, not every parsed row: the path the CLI and the benchmark take. The delimiter is read from
 * the header line, so semicolon-separated exports (European Excel) import as well.
 * @example importOpportunityCsv("opportunity_id,sales_agent,deal_stage,close_date,close_value\nX1,Ann Lee,Won,2017-03-01,1054\n").ok // true
 */
export function importOpportunityCsv(text: string, options: ImportOptions = {}): Result<OpportunityImport> {
  let importer: OpportunityImporter | null = null;
  let failure: Result<OpportunityImport> | null = null;
  let leadingBlank = 0;
  const onRows = (rows: string[][]): void => {
    for (const row of rows) {
      if (importer) importer.add(row);
      else if (failure) return;
      else if (isBlankRow(row)) leadingBlank += 1;
      else {
        const started = OpportunityImporter.start(row, leadingBlank + 1, options);
        if (started.ok) importer = started.value;
        else failure = started;
      }
    }
  };
  parseCsvInChunks(text, onRows, 1 << 20, guessDelimiter(text.slice(0, 65536)));
  if (failure) return failure;
  const finished = importer as OpportunityImporter | null;
  if (!finished) return noHeader();
  const result = finished.finish();
  result.summary.blankRowsSkipped += leadingBlank;
  return { ok: true, value: result };
}
