import type { CanonicalFile, CellValue, ColumnKind } from "../core/model/canonicalFiles";
import { DataSet, dataSetRows } from "../core/model/dataSet";
import { isoDateToExcelSerial } from "../core/model/isoDate";
import { planTables } from "./commissionWorkbook";
import type { TableData, WorkbookPort } from "./ports";
import type { CompensationSetup } from "./runCommissions";

/** Where a sample-data load is: which table is being written and how many rows are written in all. */
export interface SampleDataProgress {
  /** 1-based index of the table being written. */
  table: number;
  tables: number;
  tableName: string;
  rowsDone: number;
  rowsTotal: number;
}

export interface LoadedTable {
  sheetName: string;
  tableName: string;
  /** Data rows, without the header. */
  rows: number;
}

export interface LoadSampleDataResult {
  tables: LoadedTable[];
  rows: number;
}

/** Writing stopped at `tableName`; `written` lists the tables already in the workbook. */
export class LoadSampleDataError extends Error {
  override readonly name = "LoadSampleDataError";
  constructor(
    readonly tableName: string,
    readonly written: readonly LoadedTable[],
    override readonly cause: unknown,
  ) {
    super(`Writing the ${tableName} table failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Amounts show as money, rates keep their precision, whole counts show no decimals. */
const NUMBER_FORMATS: Record<ColumnKind, string | null> = {
  text: "@",
  number: "#,##0.00",
  optionalNumber: "#,##0",
  date: "yyyy-mm-dd",
  optionalDate: "yyyy-mm-dd",
  probability: "0%",
  currency: "@",
  category: "@",
  fiscalLabel: "@",
};
const COLUMN_FORMATS: Record<string, string> = { rate_to_corporate: "0.000000" };

/**
 * The Excel tables for a data set: one sheet per record set, named after its canonical table,
 * with a number format per column. Dates become Excel serial numbers so they are real dates in
 * every locale (a date string would be parsed by the user's locale, or stay text).
 * @example dataSetTables(demo).map((t) => t.tableName) // ["Opportunities", "Accounts", "Reps", …]
 */
export function dataSetTables(dataSet: Partial<DataSet>): TableData[] {
  // The demo org has ~45,000 dates but only a few thousand distinct days, and parsing one is slow
  // (date-fns): remembering each day's serial keeps this fast enough to run in the pane.
  const serials = new Map<string, number | null>();
  return dataSetRows(dataSet).map(({ file, rows }) => {
    const kinds = columnKinds(file, rows[0]);
    const numberFormats = rows[0].map((header, i) => COLUMN_FORMATS[String(header)] ?? (kinds[i] ? NUMBER_FORMATS[kinds[i]] : null));
    const converted = rows.map((row, r) => (r === 0 ? row : row.map((cell, i) => toCell(cell, kinds[i], serials))));
    return { sheetName: file.tableName, tableName: file.tableName, rows: converted, numberFormats };
  });
}

/**
 * Writes a data set (the demo org, typically) into the workbook, a table at a time so the pane can
 * show "table i of n" and a row count. The port's own progress within a table (large tables go out
 * in several requests) is turned into rows whatever unit the port counts in. With `compensation`,
 * its plans and assignments follow as the plan tables (Plans, PlanTiers, …, PlanAssignments), so
 * the workbook carries its plan: the Commissions view and SALESOPS.PAYOUT read it from there.
 * @example await loadSampleData(port, generateDemoOrg({ seed: 7, asOf: "2026-11-27" }), (p) => bar.set(p.rowsDone / p.rowsTotal))
 * @example await loadSampleData(port, demo, onProgress, { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps) })
 */
export async function loadSampleData(
  port: WorkbookPort,
  dataSet: Partial<DataSet>,
  onProgress?: (progress: SampleDataProgress) => void,
  compensation?: Pick<CompensationSetup, "plans" | "assignments">,
): Promise<LoadSampleDataResult> {
  const tables = [...dataSetTables(dataSet), ...(compensation ? planTables(compensation) : [])];
  const rowsTotal = tables.reduce((sum, t) => sum + t.rows.length - 1, 0);
  const loaded: LoadedTable[] = [];
  let rowsBefore = 0;
  for (const [index, table] of tables.entries()) {
    const rows = table.rows.length - 1;
    const report = (rowsDone: number) =>
      onProgress?.({ table: index + 1, tables: tables.length, tableName: table.tableName, rowsDone: rowsBefore + rowsDone, rowsTotal });
    report(0);
    // One table per call: progress is per table, and a failure names the table it stopped at.
    try {
      await port.writeTables([table], (done, total) => report(total > 0 ? Math.min(rows, Math.round((rows * done) / total)) : 0));
    } catch (cause) {
      throw new LoadSampleDataError(table.tableName, loaded, cause);
    }
    report(rows); // the table is complete whatever the port last reported
    rowsBefore += rows;
    loaded.push({ sheetName: table.sheetName, tableName: table.tableName, rows });
  }
  return { tables: loaded, rows: rowsTotal };
}

/** The kind of each column by header; extra columns (not canonical) have none and stay as they are. */
function columnKinds(file: CanonicalFile<never>, header: CellValue[]): (ColumnKind | undefined)[] {
  const byName = new Map<string, ColumnKind>(file.columns.map((c) => [c.column, c.kind]));
  return header.map((h) => byName.get(String(h)));
}

function toCell(cell: CellValue, kind: ColumnKind | undefined, serials: Map<string, number | null>): CellValue {
  if ((kind === "date" || kind === "optionalDate") && typeof cell === "string" && cell !== "") {
    let serial = serials.get(cell);
    if (serial === undefined) {
      serial = isoDateToExcelSerial(cell);
      serials.set(cell, serial);
    }
    return serial ?? cell;
  }
  return cell;
}
