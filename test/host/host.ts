/**
 * The in-memory Excel host: `createExcelHost().run(batch)` behaves like `Excel.run` over a
 * workbook held in memory, and the inspection helpers let tests check what a batch did (syncs,
 * request bytes, cells, tables, charts) without going through the API's load/sync rules.
 */
import { formatRect, parseRect, qualify } from "./a1";
import { CellModel, ChartRecord, ConditionalFormatModel, PageLayoutModel, ScalarValue, SheetModel, WorkbookModel, cellAt, createWorkbookModel, usedRect } from "./model";
import { FaultSchedule, SyncFaultOptions } from "./faults";
import { HostStats, Session, SyncRecord } from "./session";
import { decodeSettingValue } from "./settings";
import { readFormula, readValue } from "./valueSemantics";
import { HostRequestContext } from "./workbook";

export interface ExcelHostOptions {
  /** Treat non-numeric strings starting with "+", "-" or "@" as formulas (default true, the pessimistic case). */
  legacyFormulaPrefixes?: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  style: string;
}

/** A sheet's settings outside its cells, as a test compares them. */
export interface SheetSettings {
  visibility: SheetModel["visibility"];
  tabColor: string;
  showGridlines: boolean;
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutModel;
  /** Points by 0-based column, for the columns given a width. */
  columnWidths: Record<number, number>;
}

export interface ConditionalFormatInfo {
  /** "B2:B9", on the sheet asked about. */
  range: string;
  rule: ConditionalFormatModel["rule"];
  fillColor: string | null;
  fontColor: string | null;
}

export interface ExcelHost {
  /** `Excel.run` semantics: the batch gets a fresh context; queued work is synced when it resolves. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: HostStats;
  /** The workbook state, for the .xlsx export and assertions that need more than the helpers. */
  readonly model: WorkbookModel;
  syncCount(): number;
  syncs(): readonly SyncRecord[];
  resetStats(): void;
  /**
   * Makes the n-th sync from now (counting only syncs that send a request, across runs) fail with
   * `options.code` after `options.afterActions` of its actions applied (default: none applied).
   * @example host.failSync(2) // the second request from now is lost on the way: nothing of it applies
   */
  failSync(n: number, options?: SyncFaultOptions): void;
  sheetNames(): string[];
  /** `values` as the API would read them (whole used range when no address). */
  values(sheet: string, address?: string): (ScalarValue | null)[][];
  formulas(sheet: string, address?: string): ScalarValue[][];
  numberFormats(sheet: string, address?: string): string[][];
  cell(sheet: string, address: string): CellModel | undefined;
  usedAddress(sheet: string, valuesOnly?: boolean): string | null;
  tables(): TableInfo[];
  charts(sheet: string): readonly ChartRecord[];
  customProperties(sheet: string): Record<string, string>;
  sheetSettings(sheet: string): SheetSettings;
  conditionalFormats(sheet: string): ConditionalFormatInfo[];
  /** Workbook-scope defined names with what they refer to. */
  names(): { name: string; formula: string; comment: string }[];
  /** Workbook.settings by key, each value as `Setting.value` reads it. */
  settings(): Record<string, unknown>;
  /** The active sheet's name, or null. */
  activeSheet(): string | null;
  /** Records what a formula cell computes, since the host evaluates no formulas. */
  setFormulaResult(sheet: string, address: string, value: ScalarValue): void;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const model = createWorkbookModel();
  const stats: HostStats = { syncs: [], tableRowsAddCalls: 0 };
  const entry = { legacyFormulaPrefixes: options.legacyFormulaPrefixes ?? true };
  const faults = new FaultSchedule();

  const sheetNamed = (name: string): SheetModel => {
    const sheet = model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`The host has no sheet named "${name}" (it has ${model.sheets.map((s) => s.name).join(", ")}).`);
    return sheet;
  };
  const grid = <V>(sheetName: string, address: string | undefined, read: (cell: CellModel | undefined) => V): V[][] => {
    const sheet = sheetNamed(sheetName);
    const rect = address ? parseRect(address) : usedRect(sheet, false);
    if (!rect) return [];
    return Array.from({ length: rect.rowCount }, (_, r) => Array.from({ length: rect.columnCount }, (_, c) => read(cellAt(sheet, rect.row + r, rect.column + c, false))));
  };

  return {
    stats,
    model,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const session = new Session(model, stats, entry, faults);
      const context = new HostRequestContext(session);
      try {
        // The one place the host poses as Office.js: its classes follow the @types/office-js shapes they implement.
        const result = await batch(context as unknown as Excel.RequestContext);
        session.sync();
        return result;
      } finally {
        session.close();
      }
    },
    syncCount: () => stats.syncs.length,
    syncs: () => stats.syncs,
    resetStats: () => {
      stats.syncs.length = 0;
      stats.tableRowsAddCalls = 0;
    },
    failSync: (n, faultOptions) => faults.failSync(n, faultOptions),
    sheetNames: () => model.sheets.map((s) => s.name),
    values: (sheet, address) => grid(sheet, address, readValue),
    formulas: (sheet, address) => grid(sheet, address, readFormula),
    numberFormats: (sheet, address) => grid(sheet, address, (cell) => cell?.numberFormat ?? "General"),
    cell: (sheet, address) => {
      const rect = parseRect(address);
      return cellAt(sheetNamed(sheet), rect.row, rect.column, false);
    },
    usedAddress: (sheet, valuesOnly = false) => {
      const rect = usedRect(sheetNamed(sheet), valuesOnly);
      return rect ? formatRect(rect) : null;
    },
    tables: () =>
      model.tables.map((t) => {
        const sheet = model.sheets.find((s) => s.id === t.sheetId) as SheetModel;
        return { name: t.name, sheet: sheet.name, address: qualify(sheet.name, t.rect), style: t.style };
      }),
    charts: (sheet) => sheetNamed(sheet).charts,
    customProperties: (sheet) => Object.fromEntries(sheetNamed(sheet).customProperties),
    sheetSettings: (name) => {
      const sheet = sheetNamed(name);
      return {
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        freeze: sheet.freeze ? { ...sheet.freeze } : null,
        pageLayout: { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom } },
        columnWidths: Object.fromEntries(sheet.columnWidths),
      };
    },
    conditionalFormats: (sheet) =>
      sheetNamed(sheet).conditionalFormats.map((format) => ({ range: formatRect(format.rect), rule: format.rule, fillColor: format.fillColor, fontColor: format.fontColor })),
    names: () => model.names.map((item) => ({ name: item.name, formula: item.formula, comment: item.comment })),
    settings: () => Object.fromEntries([...model.settings].map(([key, value]) => [key, decodeSettingValue(value)])),
    activeSheet: () => model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? null,
    setFormulaResult: (sheet, address, value) => {
      const rect = parseRect(address);
      const cell = cellAt(sheetNamed(sheet), rect.row, rect.column, false);
      if (!cell || cell.formula === null) throw new Error(`${sheet}!${address} holds no formula to record a result for.`);
      cell.cachedResult = value;
    },
  };
}
