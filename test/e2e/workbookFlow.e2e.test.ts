/*
 * The built dist/taskpane.html "in Excel": served locally, office.js from the npm package, and the
 * in-memory Excel host injected as `Excel` (support/openPaneInExcel.ts), so the add-in runs its real
 * Office.js adapters. One user's session, view by view: Data → Load sample data → Forecast (Refresh,
 * Write to sheet) → Commissions (Calculate, Write statements) → Territories → Reports (Generate QBR) →
 * Settings. Each step is checked against the workbook inside the host, and figures the pane shows are
 * recomputed from the host's tables or from the engine run on the same demo org in Node. Every view
 * is screenshotted into test-output/e2e/ ($E2E_SCREENSHOTS) and passes axe-core with no violation.
 * Needs `npm run build` first.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { runCommissions } from "../../src/app/runCommissions";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../src/core/commission";
import { generateDemoOrg } from "../../src/core/demo/generateDemoOrg";
import { ACCOUNTS_FILE, FX_RATES_FILE, OPPORTUNITIES_FILE, QUOTAS_FILE, REPS_FILE, SNAPSHOTS_FILE, TERRITORIES_FILE } from "../../src/core/model/canonicalFiles";
import { describeWithOracle } from "../oracles/availability";
import { DARK_OFFICE_THEME } from "./inExcel/options";
import { launchChromium } from "./support/browser";
import { DIST, openPaneInExcel, PaneInExcel } from "./support/openPaneInExcel";
import { openView } from "./support/openView";
import { axeReport, screenshot } from "./support/paneArtifacts";
import { serveFolder, StaticServer } from "./support/staticServer";

/** The pane's "today": the demo org and every period below follow from it (FY starts in February). */
const NOW = "2026-11-27T15:30:00Z";
const AS_OF = "2026-11-27";
const QUARTER = { label: "FY2027-Q4", start: "2026-11-01", end: "2027-01-31" };
const LAST_CLOSED = "FY2027-Q3";

type Cell = string | number | boolean | null;

/** An Excel serial date (what the add-in writes for dates) as ISO text. */
const isoOf = (serial: Cell) => new Date(Math.round((Number(serial) - 25569) * 86_400_000)).toISOString().slice(0, 10);
/** "$1,234,567" or "$12,240.00" as a number. */
const amountOf = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

/** Rows as records by header, from a table's values (header row first). */
function records(values: Cell[][] | null): Record<string, Cell>[] {
  if (!values) throw new Error("no such table");
  const [header, ...rows] = values;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

/**
 * The fiscal labels a rate may be stored under for a date, most specific first (month, quarter,
 * year), for a February start: FY2027 runs from February 2026 to January 2027.
 */
function fiscalLabels(iso: string): string[] {
  const [year, month] = iso.split("-").map(Number);
  const fiscalYear = month >= 2 ? year + 1 : year;
  const index = ((month - 2 + 12) % 12) + 1;
  return [`FY${fiscalYear}-M${String(index).padStart(2, "0")}`, `FY${fiscalYear}-Q${Math.ceil(index / 3)}`, `FY${fiscalYear}`];
}

/**
 * Each grid row as the pane shows it, by column header: a cell's title (the full figure, or "Name
 * (REP-010)") when it has one, else its text. A selection column has an empty header.
 */
function gridRows(page: Page, name: string): Promise<Record<string, string>[]> {
  return page.getByRole("grid", { name, exact: true }).evaluate((grid) => {
    const [head, ...body] = [...grid.querySelectorAll('[role="row"]')];
    // The header row starts with the selection column's cell (a gridcell), then the column headers.
    const headers = [...head.querySelectorAll('[role="gridcell"], [role="columnheader"]')].map((cell) => (cell.getAttribute("role") === "columnheader" ? (cell.textContent ?? "").trim() : ""));
    return body.map((row) =>
      Object.fromEntries([...row.querySelectorAll('[role="gridcell"]')].map((cell, i) => [headers[i] ?? String(i), cell.querySelector("[title]")?.getAttribute("title") ?? (cell.textContent ?? "").trim()])),
    );
  });
}

const repIdOf = (title: string | undefined) => /\((REP-\d+)\)$/.exec(title ?? "")?.[1] ?? `no rep id in "${title}"`;

describeWithOracle("chromium", "the built pane in Excel (in-memory host): the whole flow", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(DIST);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it("loads sample data, forecasts, pays commissions, generates the QBR, and every view passes axe", async () => {
    const pane: PaneInExcel = await openPaneInExcel(browser, { server, now: NOW });
    const { page, host, problems } = pane;
    const axe: Awaited<ReturnType<typeof axeReport>>[] = [];
    const demo = generateDemoOrg({ seed: 7, asOf: AS_OF });

    // ---- Office start-up: the add-in registered its functions and ribbon action, and read its settings.
    const registered = await host.evaluate((api) => api.associations());
    // Every function the metadata (functions.json, built from the JSDoc) declares has its code associated.
    const metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect([...registered.functions].sort()).toEqual(metadata.functions.map((f) => f.id.toUpperCase()).sort());
    expect(registered.functions).toEqual(expect.arrayContaining(["FISCALPERIOD", "PAYOUT", "FORECAST"]));
    expect(registered.actions).toEqual(["GENERATEQBR"]);
    expect(await host.syncCount()).toBeLessThanOrEqual(2);
    expect(await host.sheetNames()).toEqual(["Sheet1"]);

    // ---- Data: Load sample data writes the demo org and its plan as tables, one sheet each.
    await page.getByRole("heading", { name: "SalesOps for Excel", level: 1 }).waitFor();
    await screenshot(page, "excel-data");
    axe.push(await axeReport(page, "Data"));
    await page.getByRole("button", { name: "Load sample data" }).click();
    await page.getByText("Sample data loaded").waitFor({ timeout: 60_000 });
    const loaded = (await page.getByRole("status").textContent()) ?? "";
    const expected: [string, number, readonly string[] | null][] = [
      ["Opportunities", demo.opportunities.length, OPPORTUNITIES_FILE.columns.map((c) => c.column)],
      ["Accounts", demo.accounts.length, ACCOUNTS_FILE.columns.map((c) => c.column)],
      ["Reps", demo.reps.length, REPS_FILE.columns.map((c) => c.column)],
      ["Quotas", demo.quotas.length, QUOTAS_FILE.columns.map((c) => c.column)],
      ["Territories", demo.territories.length, TERRITORIES_FILE.columns.map((c) => c.column)],
      ["FxRates", demo.fxRates.length, FX_RATES_FILE.columns.map((c) => c.column)],
      ["Snapshots", demo.snapshots.length, SNAPSHOTS_FILE.columns.map((c) => c.column)],
      ["Plans", 1, null],
      ["PlanTiers", DEMO_AE_PLAN.rates.tiers.length, null],
      ["PlanMultipliers", DEMO_AE_PLAN.multipliers.length, null],
      ["PlanBonuses", DEMO_AE_PLAN.bonuses.length, null],
      ["PlanAssignments", demoPlanAssignments(demo.reps).length, null],
    ];
    const tables = await host.tables();
    expect(tables.map((t) => [t.name, t.sheet])).toEqual(expected.map(([name]) => [name, name]));
    // Headers and row counts, worked out in the page (a whole table is a few MB to carry out).
    const shapes = await host.evaluate((api, names) => names.map((n) => ({ header: api.tableValues(n)?.[0] ?? [], rows: (api.tableValues(n)?.length ?? 0) - 1 })), expected.map(([name]) => name));
    for (const [i, [name, rows, columns]] of expected.entries()) {
      expect([name, shapes[i].rows]).toEqual([name, rows]);
      if (columns) expect([name, shapes[i].header.slice(0, columns.length)]).toEqual([name, [...columns]]);
      expect(loaded).toContain(`${name}: ${rows.toLocaleString("en-US")} ${rows === 1 ? "row" : "rows"}`);
    }
    // The deals are the demo org's, in order; dates are real Excel dates (serials), not text.
    const opportunities = records(await host.tableValues("Opportunities"));
    expect(opportunities.map((o) => o.id)).toEqual(demo.opportunities.map((o) => o.id));
    expect(isoOf(opportunities[0].close_date)).toBe(demo.opportunities[0].closeDate);
    await screenshot(page, "excel-data-loaded");
    axe.push(await axeReport(page, "Data, sample data loaded"));

    // ---- Forecast: the figures shown are the host's deals rolled up by hand.
    await openView(page, "Forecast");
    await page.getByRole("heading", { name: "Forecast", level: 1 }).waitFor();
    await expect(page.getByRole("combobox", { name: "Period" }).textContent()).resolves.toContain(QUARTER.label);
    await page.getByRole("button", { name: "Refresh" }).click();
    const forecastGrid = `Forecast for ${QUARTER.label} by rep`;
    await page.getByRole("grid", { name: forecastGrid }).waitFor({ timeout: 60_000 });
    const rates = new Map(records(await host.tableValues("FxRates")).map((r) => [`${r.currency}|${r.period}`, Number(r.rate_to_corporate)]));
    const inUsd = (deal: Record<string, Cell>) => {
      if (deal.currency === "USD") return Number(deal.amount);
      const label = fiscalLabels(isoOf(deal.close_date)).find((l) => rates.has(`${deal.currency}|${l}`));
      if (!label) throw new Error(`no ${deal.currency} rate for ${deal.id}`);
      return Number(deal.amount) * (rates.get(`${deal.currency}|${label}`) as number);
    };
    const inQuarter = opportunities.filter((o) => isoOf(o.close_date) >= QUARTER.start && isoOf(o.close_date) <= QUARTER.end);
    const byOwner = (owner: string, keep: (o: Record<string, Cell>) => boolean) => inQuarter.filter((o) => o.owner_id === owner && keep(o)).reduce((sum, o) => sum + inUsd(o), 0);
    const shown = await gridRows(page, forecastGrid);
    expect(shown.length).toBeGreaterThan(20);
    // Closed is closed won; Commit is the cumulative Commit + Closed (README, Forecast definitions).
    for (const row of shown) {
      const owner = repIdOf(row.Owner);
      const closed = byOwner(owner, (o) => o.stage === "Closed Won");
      const commit = closed + byOwner(owner, (o) => o.forecast_category === "Commit" && !String(o.stage).startsWith("Closed"));
      expect([owner, amountOf(row.Closed), amountOf(row.Commit)]).toEqual([owner, Math.round(closed), Math.round(commit)]);
    }
    await screenshot(page, "excel-forecast");
    axe.push(await axeReport(page, "Forecast"));
    // Write to sheet: a Forecast table on its own sheet, one row per owner, the same figures.
    await page.getByRole("button", { name: "Write to sheet" }).click();
    await page.getByText("Forecast written to the sheet").waitFor({ timeout: 30_000 });
    expect(await page.getByRole("status").textContent()).toContain(`${shown.length} rows for ${QUARTER.label} by rep on the Forecast sheet`);
    expect((await host.tables()).find((t) => t.name === "Forecast")).toMatchObject({ sheet: "Forecast" });
    const sheet = records(await host.tableValues("Forecast"));
    expect(sheet).toHaveLength(shown.length);
    for (const row of shown) {
      const owner = repIdOf(row.Owner);
      const written = sheet.find((r) => r.Owner === owner);
      expect([owner, Math.round(Number(written?.["Closed won"])), Math.round(Number(written?.Commit))]).toEqual([owner, amountOf(row.Closed), amountOf(row.Commit)]);
    }

    // ---- Commissions: the last closed quarter, paid as the engine pays the same org in Node.
    await openView(page, "Commissions");
    await page.getByRole("heading", { name: "Commissions", level: 1 }).waitFor();
    await expect(page.getByRole("combobox", { name: "Period" }).textContent()).resolves.toContain(`${LAST_CLOSED} (last closed)`);
    await page.getByRole("button", { name: "Calculate" }).click();
    const commissionGrid = `Commissions for ${LAST_CLOSED}`;
    await page.getByRole("grid", { name: commissionGrid }).waitFor({ timeout: 60_000 });
    const engine = runCommissions(demo, { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps) }, LAST_CLOSED);
    const payouts = (await gridRows(page, commissionGrid)).map((row) => ({ rep: repIdOf(row.Rep), payout: row.Payout }));
    expect(payouts.map((p) => p.rep).sort()).toEqual(engine.reps.map((r) => r.repId).sort());
    for (const { rep, payout } of payouts) expect([rep, amountOf(payout)]).toEqual([rep, Math.round((engine.reps.find((r) => r.repId === rep)?.payout ?? NaN) * 100) / 100]);
    const totalCents = payouts.reduce((sum, p) => sum + Math.round(amountOf(p.payout) * 100), 0);
    await page.getByText(`${LAST_CLOSED}: ${payouts.length} reps, $${(totalCents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })} to pay`).waitFor();
    await screenshot(page, "excel-commissions");
    axe.push(await axeReport(page, "Commissions"));
    // Write statements: one sheet per rep whose total is a live SUM over its statement lines.
    const before = new Set(await host.sheetNames());
    await page.getByRole("button", { name: "Write statements", exact: true }).click();
    await page.getByText(`${payouts.length} statements written for ${LAST_CLOSED}`).waitFor({ timeout: 60_000 });
    const statements = (await host.sheetNames()).filter((name) => !before.has(name));
    expect(statements).toHaveLength(payouts.length);
    expect(statements.every((name) => name.startsWith("Stmt "))).toBe(true);
    const first = engine.reps.find((r) => r.repId === payouts[0].rep) as (typeof engine.reps)[number];
    const stmtName = statements.find((name) => name === `Stmt ${first.repName}`) as string;
    const formulas = await host.formulas(stmtName);
    const totalRow = formulas.findIndex((row) => row[0] === "Total payout");
    const sum = /^=SUM\(G(\d+):G(\d+)\)$/.exec(String(formulas[totalRow][1]));
    expect(sum).not.toBeNull();
    const lines = await host.values(stmtName, `G${sum?.[1]}:G${sum?.[2]}`);
    expect(lines.length).toBe(first.lines.length);
    expect(Math.round(lines.flat().reduce((total: number, v) => total + Number(v), 0) * 100)).toBe(Math.round(first.payout * 100));
    expect(formulas[0][0]).toBe(`Commission statement: ${first.repName}`);

    // ---- Territories
    await openView(page, "Territories");
    await page.getByRole("heading", { name: "Territories", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Load territories" }).click();
    await page.getByRole("grid", { name: /by territory/ }).waitFor({ timeout: 60_000 });
    await screenshot(page, "excel-territories");
    axe.push(await axeReport(page, "Territories"));

    // ---- Reports: the QBR of the quarter in progress, as live formulas and native charts.
    await openView(page, "Reports");
    await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
    const syncsBefore = await host.syncCount();
    await page.getByRole("button", { name: "Generate QBR" }).click();
    await page.getByText(`QBR ${QUARTER.label} generated`).waitFor({ timeout: 90_000 });
    const qbrSheets = ["QBR Summary", "QBR Attainment", "QBR Forecast", "QBR Pipeline", "QBR Trend", "QBR Commissions", "QBR Territories", "QBR FX"];
    expect((await host.sheetNames()).filter((name) => name.startsWith("QBR "))).toEqual(qbrSheets);
    const summary = (await host.formulas("QBR Summary")).flat().map(String);
    expect(summary[0]).toBe(`Quarterly business review — ${QUARTER.label}`);
    expect(summary.filter((cell) => cell.startsWith("=")).length).toBeGreaterThan(10);
    expect(summary.some((cell) => cell.startsWith("=SUMPRODUCT(SUMIFS(Opportunities[amount]"))).toBe(true);
    const charts = Object.fromEntries(await Promise.all(qbrSheets.map(async (name) => [name, (await host.charts(name)).map((c) => c.type)] as const)));
    expect(charts).toMatchObject({ "QBR Attainment": ["ColumnClustered"], "QBR Pipeline": ["ColumnStacked"], "QBR Trend": ["Line"] });
    // Bounded syncs: the reads, the sheets' content and the finish, never a request per row or per cell.
    const syncs = (await host.syncs()).slice(syncsBefore);
    expect(syncs.length).toBeLessThanOrEqual(32);
    expect(syncs.every((s) => s.error === null && s.requestBytes < 5 * 1024 * 1024 && s.responseBytes < 5 * 1024 * 1024)).toBe(true);
    await screenshot(page, "excel-reports");
    axe.push(await axeReport(page, "Reports"));

    // ---- Settings
    await openView(page, "Settings");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await page.getByText("Every currency in the data loaded last has a rate.").waitFor();
    await screenshot(page, "excel-settings");
    axe.push(await axeReport(page, "Settings"));

    expect(axe.filter((report) => report.violations.length > 0)).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await pane.close();
  }, 240_000);

  it("in Office's black theme, takes Office's colours and still passes axe", async () => {
    const pane = await openPaneInExcel(browser, { server, now: NOW, officeTheme: DARK_OFFICE_THEME });
    const { page, problems } = pane;
    await page.getByRole("heading", { name: "SalesOps for Excel", level: 1 }).waitFor();
    // The pane's page background is Office's body background (paneTheme over Office.context.officeTheme).
    const background = await page.locator("#container > * > div").first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe("rgb(38, 38, 38)");
    await screenshot(page, "excel-data-dark");
    expect(await axeReport(page, "Data, black theme")).toEqual({ where: "Data, black theme", violations: [] });
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await pane.close();
  });
});
