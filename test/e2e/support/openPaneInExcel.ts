/*
 * The built dist/taskpane.html in Chromium as if Excel on the web had opened it: dist/ served over
 * local HTTP, office.js from the npm package (as openPanePage serves it), and the in-memory Excel host
 * injected by serving office.js followed by the shim (test/e2e/inExcel/officeShim.ts) as the one script
 * the page asks the CDN for. The add-in's own code is untouched: it calls Office.onReady, gets
 * `{ host: "Excel" }` and runs its real Excel.run adapters against the host.
 *
 *   const pane = await openPaneInExcel(browser, { now: "2026-11-27T15:30:00Z" });
 *   await openView(pane.page, "Forecast");
 *   expect(await pane.host.tables()).toEqual([...]);
 *   await pane.close();
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { TableInfo } from "../../host/host";
import type { ChartRecord, ScalarValue } from "../../host/model";
import type { SyncRecord } from "../../host/session";
import type { SyncFaultOptions } from "../../host/faults";
import type { InExcelPageApi, WorkbookSnapshot } from "../inExcel/officeShim";
import { HOST_GLOBAL, InExcelOptions, OPTIONS_GLOBAL, SeedCell } from "../inExcel/options";
import { openPanePage, PageProblems } from "./browser";
import { buildExcelShim } from "./buildExcelShim";
import { serveFolder, StaticServer } from "./staticServer";

export const DIST = path.resolve(__dirname, "../../../dist");
const OFFICE_JS = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist/office.js");
/** The one office.js URL taskpane.html loads (src/taskpane/taskpane.html). */
const OFFICE_JS_URL = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js(\?.*)?$/;

export interface OpenPaneInExcelOptions extends InExcelOptions {
  /** A server already serving dist/ (share one across a file's tests); otherwise one is started and closed with the pane. */
  server?: StaticServer;
  /** Where the page's clock starts (it then runs in real time): "today" for the add-in, so periods and the demo org are stable. */
  now?: string | Date;
  /** 350 × 900 (a task pane) by default. */
  viewport?: { width: number; height: number };
  /** Go to taskpane.html and wait for the pane's first screen (default true). False leaves the page blank for a caller that times its own `page.goto(pane.url)`. */
  navigate?: boolean;
}

type Cell = ScalarValue | null;

/** The in-memory workbook behind the page, read from the test (each call is one page.evaluate). */
export interface ExcelHostHandle {
  /** Runs `fn(api, arg)` in the page; fn must be self-contained (it is sent as source); arg and the result go through JSON. */
  evaluate<R, A = null>(fn: (api: InExcelPageApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  sheetNames(): Promise<string[]>;
  tables(): Promise<TableInfo[]>;
  tableValues(name: string): Promise<Cell[][] | null>;
  tableFormulas(name: string): Promise<ScalarValue[][] | null>;
  values(sheet: string, address?: string): Promise<Cell[][]>;
  formulas(sheet: string, address?: string): Promise<ScalarValue[][]>;
  charts(sheet: string): Promise<ChartRecord[]>;
  syncCount(): Promise<number>;
  syncs(): Promise<SyncRecord[]>;
  snapshot(): Promise<WorkbookSnapshot>;
  /** As InExcelPageApi.editTableCell: a user's edit, through the API (it counts as a sync). */
  editTableCell(table: string, row: number, column: string, value: SeedCell): Promise<string>;
  failSync(n: number, options?: SyncFaultOptions): Promise<void>;
  /** The `isSetSupported` questions the add-in asked, with the answers given. */
  requirementQueries(): Promise<ReturnType<InExcelPageApi["requirementQueries"]>>;
}

export interface PaneInExcel {
  page: Page;
  problems: PageProblems;
  host: ExcelHostHandle;
  /** taskpane.html on the local server. */
  url: string;
  /** Closes the page (and the server, when this call started it). */
  close(): Promise<void>;
}

function hostHandle(page: Page): ExcelHostHandle {
  // The result crosses as one JSON string: Playwright's own serialiser takes seconds over a 100,000-cell table.
  const evaluate = async <R, A>(fn: (api: InExcelPageApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    const json = (await page.evaluate(`Promise.resolve((${fn.toString()})(window.${HOST_GLOBAL}, ${JSON.stringify(arg ?? null)})).then((r) => JSON.stringify(r))`)) as string | undefined;
    return (json === undefined ? undefined : JSON.parse(json)) as R;
  };
  return {
    evaluate,
    sheetNames: () => evaluate((api) => api.host.sheetNames()),
    tables: () => evaluate((api) => api.host.tables()),
    tableValues: (name) => evaluate((api, n) => api.tableValues(n), name),
    tableFormulas: (name) => evaluate((api, n) => api.tableFormulas(n), name),
    values: (sheet, address) => evaluate((api, a) => api.host.values(a.sheet, a.address ?? undefined), { sheet, address: address ?? null }),
    formulas: (sheet, address) => evaluate((api, a) => api.host.formulas(a.sheet, a.address ?? undefined), { sheet, address: address ?? null }),
    charts: (sheet) => evaluate((api, s) => [...api.host.charts(s)], sheet),
    syncCount: () => evaluate((api) => api.host.syncCount()),
    syncs: () => evaluate((api) => [...api.host.syncs()]),
    snapshot: () => evaluate((api) => api.snapshot()),
    editTableCell: (table, row, column, value) => evaluate((api, a) => api.editTableCell(a.table, a.row, a.column, a.value), { table, row, column, value }),
    failSync: (n, options) => evaluate((api, a) => api.host.failSync(a.n, a.options ?? undefined), { n, options: options ?? null }),
    requirementQueries: () => evaluate((api) => api.requirementQueries()),
  };
}

/**
 * Opens the built pane "in Excel" (see the file comment). Page errors, console errors and requests
 * that would leave the machine are collected in `problems`, as openPanePage does.
 */
export async function openPaneInExcel(browser: Browser, options: OpenPaneInExcelOptions = {}): Promise<PaneInExcel> {
  const { server: given, now, viewport, navigate = true, ...inExcel } = options;
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` before the e2e tests.");
  const server = given ?? (await serveFolder(DIST));
  const shim = await buildExcelShim();
  const officeJs = readFileSync(OFFICE_JS, "utf8");
  const { page, problems } = await openPanePage(browser, server.url, viewport);
  // Registered after openPanePage's catch-all, so it answers first: office.js, then the shim, as one script.
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: `${officeJs}\n;\n${shim}` }));
  await page.addInitScript(({ name, value }) => Object.assign(window, { [name]: value }), { name: OPTIONS_GLOBAL, value: inExcel });
  if (now !== undefined) await page.clock.install({ time: new Date(now) });
  const url = `${server.url}taskpane.html`;
  const pane: PaneInExcel = {
    page,
    problems,
    host: hostHandle(page),
    url,
    close: async () => {
      await page.close();
      if (!given) await server.close();
    },
  };
  if (navigate) {
    await page.goto(url);
    await waitForPane(page);
  }
  return pane;
}

/** Waits until the pane (not the outside-Office note) is on screen, with the host in the page. */
export async function waitForPane(page: Page): Promise<void> {
  await page.locator("#container main").first().waitFor({ timeout: 30_000 });
  if (await page.getByText("Open this add-in from Excel").count()) throw new Error("The pane says it is outside Office: the Excel shim was not applied.");
  const hosted = await page.evaluate(`Boolean(window.${HOST_GLOBAL})`);
  if (!hosted) throw new Error(`window.${HOST_GLOBAL} is missing: the Excel shim did not run.`);
}
