/*
 * Runs in the page right after the real office.js (support/openPaneInExcel.ts serves the two as one
 * script), before the add-in's deferred bundles: it makes the built taskpane.html believe it runs in
 * Excel on the web, over the in-memory Excel host (test/host).
 *
 *  - `Excel`: `run` with Excel.run's semantics over the host, plus the enums Excel defines that the
 *    add-in could name. Reading any other member logs a console error naming it (so a test fails
 *    when product code starts to use something the host does not model, instead of misbehaving).
 *  - `Office.onReady`: office.js's own start-up runs as it does outside Office;
 *    when it is done, the shim installs `Office.context` (through office.js's own app factory) and
 *    resolves onReady with `{ host: "Excel", platform: "OfficeOnline" }`, as Excel on the web would.
 *  - `Office.context`: host, platform, displayLanguage, officeTheme, diagnostics and
 *    `requirements.isSetSupported` (office.js's comparison, over a configurable list of sets);
 *    `ui.displayDialogAsync` over hidden iframes (dialogFake.ts), and in a page loaded as such a dialog
 *    `ui.messageParent`, which hands the message to the pane; `document` is not modelled.
 *  - `OfficeRuntime.storage`: an in-memory key-value store (dialogFake.ts) the test can read.
 *  - `Office.addin.showAsTaskpane()` / `hide()` resolve and are counted; `Office.actions.associate`
 *    and `CustomFunctions.associate` are office.js's own (it defines them outside Office too);
 *    `CustomFunctions.Error`/`ErrorCode` are added as the custom-functions runtime defines them.
 *
 * Options come from `window.__excelHostOptions` (an init script); tests reach the host through
 * `window.__excelHost` (InExcelPageApi below). Nothing here is in the add-in's own bundle: src/ does not
 * know it is tested.
 */
import { formatRect, parseRect } from "../../host/a1";
import { createExcelHost, ExcelHost } from "../../host/host";
import type { ChartRecord, ScalarValue } from "../../host/model";
import { createDialogFake, createRuntimeStorage, type DialogFakeApi, dialogPageUi } from "./dialogFake";
import { DEFAULT_REQUIREMENT_SETS, HOST_GLOBAL, InExcelOptions, LIGHT_OFFICE_THEME, OPTIONS_GLOBAL, SeedCell, WorkbookSeed } from "./options";

type Cell = ScalarValue | null;

/** A serialisable picture of the whole workbook: equal before and after means nothing changed. */
export interface WorkbookSnapshot {
  sheets: { name: string; visibility: string; used: string | null; formulas: ScalarValue[][]; numberFormats: string[][]; charts: readonly ChartRecord[] }[];
  tables: { name: string; sheet: string; address: string }[];
  names: { name: string; formula: string }[];
  settings: Record<string, unknown>;
  activeSheet: string | null;
}

/** What `window.__excelHost` offers a test (through page.evaluate; see openPaneInExcel's ExcelHostHandle). */
export interface InExcelPageApi {
  /** The host itself: syncCount(), syncs(), sheetNames(), tables(), values(), formulas(), charts(), failSync() … */
  host: ExcelHost;
  /** A table's values, header row first, or null when there is no such table. */
  tableValues(name: string): Cell[][] | null;
  /** A table's formulas (constants as themselves), header row first, or null. */
  tableFormulas(name: string): ScalarValue[][] | null;
  /**
   * Types a value into one cell of a table, as a user would in Excel (through the API, so strings are
   * read like typed entry); `row` as the add-in numbers it in its messages (the header row is 1).
   * Returns the cell's address, e.g. "PlanTiers!C3".
   */
  editTableCell(table: string, row: number, column: string, value: SeedCell): Promise<string>;
  snapshot(): WorkbookSnapshot;
  /** Names the custom functions and ribbon actions registered with office.js (CustomFunctions.associate, Office.actions.associate). */
  associations(): { functions: string[]; actions: string[] };
  /** Runs a ribbon action as Excel does (with an event whose completed() ends it); resolves when completed() is called. */
  runRibbonAction(id: string): Promise<void>;
  /** How often the add-in asked Office to show or hide the pane. */
  addinCalls(): { showAsTaskpane: number; hide: number };
  /** The requirement-set questions the add-in asked, in order, with the answer. */
  requirementQueries(): { name: string; version: string | null; supported: boolean }[];
  /** Office's dialog (displayDialogAsync): how the next dialogs end, and every dialog opened. */
  dialogs: DialogFakeApi;
  /** What the add-in keeps in OfficeRuntime.storage, by key. */
  runtimeStorage(): Record<string, string>;
}

interface OfficeLike {
  onReady(callback?: (info: unknown) => unknown): Promise<unknown>;
  initialize?: (reason: unknown) => void;
  addin?: unknown;
  actions?: { _association?: { mappings: Record<string, (event: unknown) => unknown> } };
}
interface ShimWindow {
  Office?: OfficeLike;
  OfficeRuntime?: Record<string, unknown>;
  OSF?: { _OfficeAppFactory?: { setContext(context: unknown): void } };
  Excel?: unknown;
  CustomFunctions?: { _association?: { mappings: Record<string, unknown> }; Error?: unknown; ErrorCode?: unknown };
  [OPTIONS_GLOBAL]?: InExcelOptions;
  [HOST_GLOBAL]?: InExcelPageApi;
}

const scope = window as unknown as ShimWindow;
const options: InExcelOptions = scope[OPTIONS_GLOBAL] ?? {};
const office = scope.Office;
const factory = scope.OSF?._OfficeAppFactory;
if (!office || !factory) throw new Error("The Excel shim must run right after office.js: Office or OSF._OfficeAppFactory is missing.");

const host = createExcelHost({ legacyFormulaPrefixes: options.legacyFormulaPrefixes });
const platform = options.platform ?? "OfficeOnline";
const language = options.displayLanguage ?? "en-US";

// ---- Excel -------------------------------------------------------------------------------------

/** Excel.run(batch). The overloads taking an object or RunOptions first are not modelled. */
function run<T>(...args: unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (args.length !== 1 || typeof batch !== "function") {
    return Promise.reject(new Error("Excel.run(object | options, batch) is not modelled by the in-memory host: call Excel.run(batch)."));
  }
  return host.run(batch as (context: Excel.RequestContext) => Promise<T>);
}

// The enums as office.js defines them (string values); only the ones the host understands.
const excelMembers: Record<string, unknown> = {
  run,
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    notImplemented: "NotImplemented",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};
// Members any object is asked for by tooling (promise checks, JSON, devtools) are not "product use".
const IGNORED = new Set(["then", "toJSON", "constructor", "prototype", "__esModule", "$$typeof", "nodeType"]);
scope.Excel = new Proxy(excelMembers, {
  get(target, property) {
    if (typeof property === "symbol" || property in target || IGNORED.has(property)) return target[property as string];
    console.error(`Excel.${property} is not modelled by the in-memory Excel host (test/e2e/inExcel/officeShim.ts).`);
    return undefined;
  },
});

// ---- CustomFunctions: office.js defines associate; the runtime adds Error and ErrorCode ----------

const customFunctions = scope.CustomFunctions;
if (customFunctions && !customFunctions.Error) {
  // In Excel each ErrorCode member's value is the error's text.
  const ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" };
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? "");
      this.name = "CustomFunctions.Error";
    }
  }
  customFunctions.Error = CustomFunctionsError;
  customFunctions.ErrorCode = ErrorCode;
}

// ---- Office.context ----------------------------------------------------------------------------

/** office.js's own comparison (RequirementsChecker): same major and minor ≥, or a higher major; names ignore case. */
function versionOf(version: string): { major: number; minor: number } {
  const parts = String(version).split(".");
  if (parts.length < 2 && Number.isNaN(Number(version))) throw new Error("version format incorrect");
  const major = Number(parts[0]);
  const minor = parts.length >= 2 ? Number(parts[1]) : 0;
  if (Number.isNaN(major) || Number.isNaN(minor)) throw new Error("version format incorrect");
  return { major, minor };
}
const sets = new Map(Object.entries(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS).map(([name, version]) => [name.toLowerCase(), version]));
const queries: { name: string; version: string | null; supported: boolean }[] = [];
function isSetSupported(name: string, minVersion?: string | number): boolean {
  const answer = (() => {
    if (name === undefined || name === null) return false;
    const max = sets.get(String(name).toLowerCase());
    if (max === undefined) return false;
    try {
      const have = versionOf(max);
      const want = versionOf(minVersion === undefined || minVersion === null ? "0" : String(minVersion));
      return (have.major > 0 && have.major > want.major) || (have.major > 0 && have.minor >= 0 && have.major === want.major && have.minor >= want.minor);
    } catch {
      return false;
    }
  })();
  queries.push({ name: String(name), version: minVersion === undefined ? null : String(minVersion), supported: answer });
  return answer;
}

// In a page the dialog fake loaded (the sign-in callback), the dialog side of the API; else the pane's.
const dialogPage = dialogPageUi(window);
const dialogFake = createDialogFake(window);
const runtimeStorage = createRuntimeStorage();
scope.OfficeRuntime = { ...(scope.OfficeRuntime ?? {}), storage: runtimeStorage.storage };

const context = {
  host: "Excel",
  platform,
  displayLanguage: language,
  contentLanguage: language,
  officeTheme: { ...(options.officeTheme ?? LIGHT_OFFICE_THEME) },
  diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
  requirements: { isSetSupported },
  ui: dialogPage ? { ...dialogPage, displayDialogAsync: dialogFake.displayDialogAsync } : { displayDialogAsync: dialogFake.displayDialogAsync },
};

// ---- Office.addin ------------------------------------------------------------------------------

const addinCalls = { showAsTaskpane: 0, hide: 0 };
office.addin = {
  showAsTaskpane: () => {
    addinCalls.showAsTaskpane += 1;
    return Promise.resolve();
  },
  hide: () => {
    addinCalls.hide += 1;
    return Promise.resolve();
  },
  onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
};

// ---- the starting workbook ---------------------------------------------------------------------

const columnName = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));

async function seedWorkbook(seed: WorkbookSeed | undefined): Promise<void> {
  if (!seed) return;
  await host.run(async (ctx) => {
    for (const table of seed.tables ?? []) {
      const width = table.rows[0]?.length ?? 0;
      if (width === 0) throw new Error(`The seed table ${table.name} has no header row.`);
      const sheet = ctx.workbook.worksheets.add(table.sheet ?? table.name);
      const address = `A1:${columnName(width - 1)}${table.rows.length}`;
      sheet.getRange(address).values = table.rows as unknown as Cell[][];
      ctx.workbook.tables.add(`'${(table.sheet ?? table.name).replace(/'/g, "''")}'!${address}`, true).name = table.name;
    }
    for (const [key, value] of Object.entries(seed.settings ?? {})) ctx.workbook.settings.add(key, value as string);
    await ctx.sync();
  });
  host.resetStats();
}

// ---- Office.onReady ----------------------------------------------------------------------------

const realOnReady = office.onReady.bind(office);
const info = { host: "Excel", platform, addin: { visibilityMode: "Taskpane" } };
const ready: Promise<typeof info> = Promise.all([realOnReady(), seedWorkbook(options.seed)]).then(() => {
  factory.setContext(context);
  return info;
});
office.onReady = (callback?: (info: unknown) => unknown) =>
  ready.then(async (hostInfo) => {
    if (callback) await callback(hostInfo);
    return hostInfo;
  });

// ---- what the test reaches ---------------------------------------------------------------------

function tableRect(name: string): { sheet: string; address: string } | null {
  const table = host.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const sheet = table && host.model.sheets.find((s) => s.id === table.sheetId);
  return table && sheet ? { sheet: sheet.name, address: formatRect(table.rect) } : null;
}

function snapshot(): WorkbookSnapshot {
  return {
    sheets: host.model.sheets.map((sheet) => {
      const used = host.usedAddress(sheet.name);
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        used,
        formulas: used ? host.formulas(sheet.name, used) : [],
        numberFormats: used ? host.numberFormats(sheet.name, used) : [],
        charts: JSON.parse(JSON.stringify(host.charts(sheet.name))) as ChartRecord[],
      };
    }),
    tables: host.tables().map((t) => ({ name: t.name, sheet: t.sheet, address: t.address })),
    names: host.names().map((n) => ({ name: n.name, formula: n.formula })),
    settings: JSON.parse(JSON.stringify(host.settings())) as Record<string, unknown>,
    activeSheet: host.activeSheet(),
  };
}

const api: InExcelPageApi = {
  host,
  tableValues: (name) => {
    const at = tableRect(name);
    return at ? host.values(at.sheet, at.address) : null;
  },
  tableFormulas: (name) => {
    const at = tableRect(name);
    return at ? host.formulas(at.sheet, at.address) : null;
  },
  async editTableCell(table, row, column, value) {
    const at = tableRect(table);
    if (!at) throw new Error(`No table named ${table}.`);
    const rect = parseRect(at.address);
    const headers = host.values(at.sheet, at.address)[0];
    const index = headers.findIndex((header) => String(header).toLowerCase() === column.toLowerCase());
    if (index < 0 || row < 2 || row > rect.rowCount) throw new Error(`${table} has no row ${row} in column ${column} (headers ${headers.join(", ")}; ${rect.rowCount} rows with the header).`);
    const address = formatRect({ row: rect.row + row - 1, column: rect.column + index, rowCount: 1, columnCount: 1 });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(at.sheet).getRange(address).values = [[value as Cell]];
      await ctx.sync();
    });
    return `${at.sheet}!${address}`;
  },
  snapshot,
  associations: () => ({
    functions: Object.keys(customFunctions?._association?.mappings ?? {}),
    actions: Object.keys(office.actions?._association?.mappings ?? {}),
  }),
  runRibbonAction: (id) =>
    new Promise<void>((resolve, reject) => {
      const action = office.actions?._association?.mappings[id.toUpperCase()];
      if (!action) {
        reject(new Error(`No ribbon action "${id}" was associated.`));
        return;
      }
      const event = { source: { id }, completed: () => resolve() };
      Promise.resolve(action(event)).catch(reject);
    }),
  addinCalls: () => ({ ...addinCalls }),
  requirementQueries: () => queries.map((q) => ({ ...q })),
  dialogs: dialogFake.api,
  runtimeStorage: () => runtimeStorage.items(),
};
scope[HOST_GLOBAL] = api;
