/*
 * The Commissions view in headless Chromium, over the harness's in-memory workbook with the demo
 * plan's tables (?plans=1): load the sample data, open Commissions, calculate a quarter, drill into a
 * rep's statement lines, write the statements, lock the period, change the plan in the pane and see
 * the difference reported as an adjustment for the next period. An invalid plan table names its
 * row and column; the full demo org calculates without holding the pane. Screenshots (350 px wide,
 * a task pane) go to $E2E_SCREENSHOTS or /tmp/salesops-e2e.
 */
import { mkdirSync, rmSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { CellValue } from "../../src/core/model/canonicalFiles";
import type { SheetDescription } from "../../src/workbook/description";
import { describeWithOracle } from "../oracles/availability";
import { SCREENSHOT_DIR } from "./support/paneArtifacts";
import { openView } from "./support/openView";
import { axeViolations, launchChromium, openPanePage } from "./support/browser";
import { buildHarness } from "./support/buildHarness";
import { serveFolder, StaticServer } from "./support/staticServer";

const SCREENSHOTS = SCREENSHOT_DIR;
/** Ada Park's FY2027-Q4 payout on the small data set under the demo plan (13 statement lines). */
const ADA_PAYOUT = "$30,706.40";

interface HarnessApi {
  rows(tableName: string): CellValue[][] | null;
  edit(tableName: string, row: number, column: string, value: CellValue): void;
  sheets(): SheetDescription[];
}
const writtenSheets = (page: Page) => page.evaluate(() => (window as unknown as { harness: HarnessApi }).harness.sheets());
const tableRows = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { harness: HarnessApi }).harness.rows(n), name);
const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

async function loadSampleData(page: Page, query: string): Promise<void> {
  await page.goto(query);
  await page.getByRole("button", { name: "Load sample data" }).click();
  await page.getByText("Sample data loaded").waitFor({ timeout: 30_000 });
}

async function openCommissions(page: Page): Promise<void> {
  await openView(page, "Commissions");
  await page.getByRole("heading", { name: "Commissions", level: 1 }).waitFor();
}

async function choosePeriod(page: Page, option: string): Promise<void> {
  await page.getByRole("combobox", { name: "Period" }).click();
  await page.getByRole("option", { name: option }).click();
}

interface Watched {
  labels: string[];
  longestTask: number;
}

/** Runs in the page: records each busy label the view shows and the longest task on the main thread. */
function watchBusyLabels(): void {
  const watched: Watched = { labels: [], longestTask: 0 };
  (window as unknown as { watched: Watched }).watched = watched;
  new MutationObserver(() => {
    for (const match of document.body.innerText.matchAll(/(Reading \w+ \(\d+ of \d+\)…|Calculating FY\d{4}-Q\d…|Writing Stmt [^(]+\(\d+ of \d+\)…)/g)) {
      if (!watched.labels.includes(match[0])) watched.labels.push(match[0]);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watched.longestTask = Math.max(watched.longestTask, entry.duration);
  }).observe({ type: "longtask" });
}

describeWithOracle("chromium", "the Commissions view in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let harnessDir: string;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    harnessDir = await buildHarness();
    server = await serveFolder(harnessDir);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    if (harnessDir) rmSync(harnessDir, { recursive: true, force: true });
  });

  it("calculates, drills into a rep, writes statements, locks, and shows a later change as an adjustment", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await loadSampleData(page, `${server.url}harness.html?plans=1`);
    await openCommissions(page);
    // The plans pay by quarter; the view opens on the last closed one (the harness's today is 2026-11-27).
    await expect(page.getByRole("combobox", { name: "Period" }).textContent()).resolves.toContain("FY2027-Q3 (last closed)");
    // The small data set's deals close in the current quarter.
    await choosePeriod(page, "FY2027-Q4 (in progress)");
    await page.getByRole("button", { name: "Calculate" }).click();
    const grid = page.getByRole("grid", { name: "Commissions for FY2027-Q4" });
    await grid.waitFor();
    await expect(grid.getByRole("row").count()).resolves.toBe(2);
    const ada = grid.getByRole("row").filter({ hasText: "Ada Park" });
    await expect(ada.textContent()).resolves.toContain(ADA_PAYOUT);
    await expect(ada.textContent()).resolves.toContain("Open");
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    // Drill into the rep: every line, adding up to the payout.
    await page.getByRole("radio", { name: "Select Ada Park" }).click();
    const lines = page.getByRole("table", { name: "Statement lines of Ada Park" });
    await lines.waitFor();
    await expect(lines.getByRole("row").count()).resolves.toBe(1 + 13 + 1);
    await expect(lines.getByRole("row").last().textContent()).resolves.toBe(`Payout13 lines${ADA_PAYOUT}`);
    await expect(lines.getByRole("row").filter({ hasText: "O21" }).first().textContent()).resolves.toContain("Base (0–50%)");
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions-statement.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("button", { name: "Write statements", exact: true }).click();
    await page.getByText("1 statement written for FY2027-Q4").waitFor();
    const sheets = await writtenSheets(page);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Stmt Ada Park"]);
    const total = sheets[0].blocks[0].rows.flat().find((cell) => typeof cell === "object" && cell !== null && cell.formula?.startsWith("=SUM("));
    expect(total).toMatchObject({ formula: expect.stringMatching(/^=SUM\(G\d+:G\d+\)$/), result: 30706.4 });
    expect(sheets[0].print).toEqual({ orientation: "Landscape", fitToWidth: true, titleRows: "1:2" });

    // Lock the period, with a confirmation naming what is stored.
    await page.getByRole("button", { name: "Lock period…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.textContent()).resolves.toContain(`Stores the payouts of 1 rep (${ADA_PAYOUT} in all)`);
    await dialog.getByRole("textbox", { name: "Your name" }).fill("Maya Lee");
    await page.waitForTimeout(300); // the button's colour transition, so the screenshot shows it enabled
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions-lock-dialog.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Lock period" }).click();
    await page.getByText("FY2027-Q4 locked").waitFor();
    expect((await tableRows(page, "CommissionLocks"))?.slice(1)).toEqual([["R1", "FY2027-Q4", 30706.4, "2026-11-27T15:30:00.000Z", "Maya Lee"]]);
    await expect(ada.textContent()).resolves.toContain("Locked");

    // Edit the plan in the pane: an out-of-order threshold is named on its row and nothing can be saved.
    await page.getByRole("button", { name: "Edit the plan" }).click();
    const threshold = page.getByRole("textbox", { name: "Tier 3 from (% of quota)" });
    await threshold.fill("40");
    await page.getByText("Tier 3: tiers[2].threshold must be greater than tiers[1].threshold (0.4 is not above 0.5).").waitFor();
    await expect(page.getByRole("button", { name: "Save plan" }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions-plan-invalid.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    await threshold.fill("100");
    // A richer core tier: the locked payout stays, the difference is paid next period.
    await page.getByRole("textbox", { name: "Tier 2 rate (%)" }).fill("10");
    await page.getByRole("button", { name: "Save plan" }).click();
    await page.getByText("Plan saved").waitFor();
    expect((await tableRows(page, "PlanTiers"))?.[2]).toEqual(["AE-FY27", 0.5, 1, 0.1, "Core (50–100%)"]);
    await expect(ada.textContent()).resolves.toMatch(/Δ \+\$[\d,]+\.\d\d/);
    const note = page.getByText(/^Locked \$30,706\.40; recalculated \$[\d,]+\.\d\d; \+\$[\d,]+\.\d\d to pay as an adjustment in FY2028-Q1\.$/);
    await note.waitFor();
    await expect(ada.textContent()).resolves.not.toContain(ADA_PAYOUT);
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions-locked-difference.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    // Locking again asks for a relock.
    await page.getByRole("button", { name: "Relock period…" }).click();
    await expect(page.getByRole("dialog").getByRole("button", { name: "Relock period" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("dialog").getByRole("checkbox", { name: /^Relock: replace the earlier lock of FY2027-Q4/ }).check();
    await expect(page.getByRole("dialog").getByRole("button", { name: "Relock period" }).isEnabled()).resolves.toBe(true);
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    expect((await tableRows(page, "CommissionLocks"))?.length).toBe(2);

    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await page.close();
  });

  it("names the row and column of an invalid plan table, and calculates nothing", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await loadSampleData(page, `${server.url}harness.html?plans=1`);
    // A user makes the second tier start where the first does (PlanTiers row 3, header = row 1).
    await page.evaluate(() => (window as unknown as { harness: HarnessApi }).harness.edit("PlanTiers", 3, "threshold", 0));
    await openCommissions(page);
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByText("The plan tables have problems").waitFor();
    const status = (await page.getByRole("status").textContent()) ?? "";
    expect(status).toContain("PlanTiers row 3, column threshold (plan AE-FY27): tiers[1].threshold must be greater than tiers[0].threshold");
    expect(status).toContain("Fix the cells named below in Excel, then choose Calculate.");
    await expect(page.getByRole("grid").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions-plan-error.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    // Fixed in Excel, Calculate reads it again.
    await page.evaluate(() => (window as unknown as { harness: HarnessApi }).harness.edit("PlanTiers", 3, "threshold", 0.5));
    await choosePeriod(page, "FY2027-Q4 (in progress)");
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByRole("grid", { name: "Commissions for FY2027-Q4" }).waitFor();
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it("calculates the full demo org without holding the pane, and writes a statement per rep", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await loadSampleData(page, `${server.url}harness.html?data=demo&plans=1`);
    await openCommissions(page);
    await page.evaluate(watchBusyLabels);
    const started = Date.now();
    await page.getByRole("button", { name: "Calculate" }).click();
    const grid = page.getByRole("grid", { name: "Commissions for FY2027-Q3" });
    await grid.waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    const rows = (await grid.getByRole("row").count()) - 1;
    expect(rows).toBeGreaterThan(20);
    await page.getByRole("button", { name: "Write statements", exact: true }).click();
    await page.getByText(`${rows} statements written for FY2027-Q3`).waitFor({ timeout: 30_000 });
    const watched = await page.evaluate(() => (window as unknown as { watched: Watched }).watched);
    console.log(`Commissions view on the demo org: ${elapsed} ms from click to grid; longest main-thread task ${Math.round(watched.longestTask)} ms; labels: ${watched.labels.slice(0, 6).join(" | ")} …`);
    expect(watched.labels).toEqual(expect.arrayContaining(["Reading Opportunities (1 of 13)…", "Reading PlanTiers (9 of 13)…", "Calculating FY2027-Q1…", "Calculating FY2027-Q3…"]));
    expect(watched.labels.some((label) => label.startsWith("Writing Stmt "))).toBe(true);
    expect(watched.longestTask).toBeLessThan(elapsed);
    const names = (await writtenSheets(page)).map((sheet) => sheet.name);
    expect(names).toHaveLength(rows);
    expect(new Set(names).size).toBe(rows);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    await page.screenshot({ path: path.join(SCREENSHOTS, "commissions-demo.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
