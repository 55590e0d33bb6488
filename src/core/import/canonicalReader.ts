import type { CanonicalColumn, CanonicalFile, CellValue } from "../model/canonicalFiles";
import type { Result } from "../model/result";
import { DEFAULT_STAGE_MAP, StageDefinition } from "../model/stageMap";
import { canonicalKey } from "./canonicalKey";
import { readCanonicalCell } from "./canonicalCell";
import { CANONICAL_RULES } from "./canonicalSchemas";
import { cellText, isBlankCell, isBlankRow } from "./cells";
import { headerNames, normalizeHeader } from "./headers";
import type { ImportSummary, RowProblem } from "./importTypes";

/** A canonical file read: valid records, the rejected-row report and the summary. */
export interface CanonicalRead<T> {
  records: T[];
  rejected: RowProblem[];
  summary: ImportSummary;
}

export interface CanonicalReadOptions {
  /** Fills a blank forecast category from the stage (default: the default stage map). */
  stageMap?: readonly StageDefinition[];
}

/** A canonical file being read a slice of rows at a time, so a surface can pause between slices. */
export interface CanonicalRowReader<T> {
  /** The first row after the header (0-based), where reading starts. */
  readonly firstDataRow: number;
  /** Reads rows [from, to) of the rows given to openCanonicalReader. */
  readRows(from: number, to: number): void;
  /** The records and the rejected-row report of every row read so far. */
  finish(): CanonicalRead<T>;
}

/**
 * Checks a canonical file's header and returns a reader for its rows; readCanonicalRecords reads
 * them all at once. A large table read in slices keeps a task pane responsive.
 * @example
 * const open = openCanonicalReader(OPPORTUNITIES_FILE, rows);
 * if (open.ok) { for (let i = open.value.firstDataRow; i < rows.length; i += 1000) open.value.readRows(i, i + 1000); open.value.finish(); }
 */
export function openCanonicalReader<T>(file: CanonicalFile<T>, rows: readonly (readonly CellValue[])[], options: CanonicalReadOptions = {}): Result<CanonicalRowReader<T>> {
  const rules = CANONICAL_RULES[file.fileName];
  if (!rules) throw new Error(`openCanonicalReader: ${file.fileName} is not a canonical file`);
  let headerIndex = 0;
  while (headerIndex < rows.length && isBlankRow(rows[headerIndex])) headerIndex += 1;
  if (headerIndex >= rows.length) return { ok: false, issues: [{ code: "empty_file", path: [file.fileName], message: `${file.fileName} has no header row: write its columns (${file.columns.map((c) => c.column).join(", ")}) on the first line.` }] };
  const headers = headerNames(rows[headerIndex]);
  const byKey = new Map(headers.map((header, index) => [normalizeHeader(header), index] as const).reverse());
  const columns: { column: CanonicalColumn<T>; index: number | undefined }[] = file.columns.map((column) => ({ column, index: byKey.get(normalizeHeader(column.column)) }));
  const missing = columns.filter(({ column, index }) => column.required && index === undefined).map(({ column }) => column.column);
  if (missing.length > 0) {
    return { ok: false, issues: [{ code: "missing_column", path: [file.fileName, ...missing], message: `${file.fileName} lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: add ${missing.length > 1 ? "them" : "it"} to the header row.` }] };
  }
  const used = new Set(columns.map(({ index }) => index));
  const extras = headers.map((name, index) => ({ name, index })).filter(({ index }) => !used.has(index));
  const stageMap = new Map((options.stageMap ?? DEFAULT_STAGE_MAP).map((definition) => [definition.stage.toLowerCase(), definition]));
  const read: CanonicalRead<T> = { records: [], rejected: [], summary: { rowsRead: 0, imported: 0, rejected: 0, blankRowsSkipped: headerIndex, footerRowsSkipped: 0, rejectedByReason: {} } };
  const firstRowOfKey = new Map<string, number>();
  const reject = (problems: RowProblem[]): void => {
    read.summary.rejected += 1;
    read.summary.rejectedByReason[problems[0].code] = (read.summary.rejectedByReason[problems[0].code] ?? 0) + 1;
    read.rejected.push(...problems);
  };
  const readRow = (row: readonly CellValue[], rowNumber: number): void => {
    if (isBlankRow(row)) {
      read.summary.blankRowsSkipped += 1;
      return;
    }
    read.summary.rowsRead += 1;
    const problems: RowProblem[] = [];
    const record: Record<string, unknown> = {};
    for (const { column, index } of columns) {
      const cell = index === undefined ? undefined : row[index];
      if (column.required && isBlankCell(cell)) {
        problems.push({ row: rowNumber, column: column.column, value: "", code: "missing_value", reason: `${column.column} is empty: fill it in` });
        continue;
      }
      const value = readCanonicalCell(column.kind, cell);
      if (value.ok) record[column.field] = value.value;
      else problems.push({ row: rowNumber, column: column.column, value: cellText(cell), code: value.code, reason: value.reason });
    }
    // A blank forecast category is the stage's: the same rule the engine applies.
    if ("forecastCategory" in record && record.forecastCategory === undefined && typeof record.stage === "string") {
      record.forecastCategory = stageMap.get(record.stage.toLowerCase())?.category;
    }
    const extra: Record<string, string> = {};
    for (const { name, index } of extras) if (cellText(row[index]) !== "") extra[name] = cellText(row[index]);
    record.extra = extra;
    if (problems.length === 0) {
      const parsed = rules.schema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "");
          const column = file.columns.find((c) => c.field === field);
          const index = columns.find((c) => c.column === column)?.index;
          problems.push({ row: rowNumber, column: column?.column ?? field, value: index === undefined ? "" : cellText(row[index]), code: "invalid_value", reason: `${column?.column ?? field}: ${issue.message}` });
        }
      } else {
        const key = canonicalKey(parsed.data, rules.key);
        const first = firstRowOfKey.get(key);
        if (first !== undefined) {
          problems.push({ row: rowNumber, column: file.columns.find((c) => c.field === rules.key[rules.key.length - 1])?.column ?? "", value: key.split("\u0000").join(" "), code: "duplicate_key", reason: `row ${first} has the same ${rules.key.join(" and ")}: keep one of them` });
        } else {
          firstRowOfKey.set(key, rowNumber);
          read.records.push({ ...parsed.data, extra } as T);
          return;
        }
      }
    }
    reject(problems);
  };
  return {
    ok: true,
    value: {
      firstDataRow: headerIndex + 1,
      readRows(from, to) {
        const end = Math.min(to, rows.length);
        for (let i = Math.max(from, headerIndex + 1); i < end; i += 1) readRow(rows[i], i + 1);
      },
      finish() {
        read.summary.imported = read.records.length;
        return read;
      },
    },
  };
}

/**
 * Reads the rows of one canonical file (header first, as CSV or an Excel table gives them) into
 * validated records: columns by name in any order (case and spacing ignored), extra columns kept,
 * each bad row reported with its row number, column, value and reason, repeated keys rejected.
 * @example
 * const read = readCanonicalRecords(QUOTAS_FILE, [["owner_id", "period", "amount", "currency"], ["R1", "FY2027-Q1", "100", "USD"]]);
 * // read.ok && read.value.records[0] → { ownerId: "R1", period: "FY2027-Q1", amount: 100, currency: "USD", extra: {} }
 */
export function readCanonicalRecords<T>(file: CanonicalFile<T>, rows: readonly (readonly CellValue[])[], options: CanonicalReadOptions = {}): Result<CanonicalRead<T>> {
  const opened = openCanonicalReader(file, rows, options);
  if (!opened.ok) return opened;
  opened.value.readRows(opened.value.firstDataRow, rows.length);
  return { ok: true, value: opened.value.finish() };
}
