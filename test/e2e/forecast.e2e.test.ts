/*
 * The Forecast view in headless Chromium, over the harness's in-memory workbook: load the small data
 * set, open the Forecast tab, Refresh, adjust a rep's commit, write the Forecast sheet, and check the
 * adjustment survives loading the data again. Screenshots (350 px wide, a task pane) go to
 * $E2E_SCREENSHOTS or /tmp/salesops-e2e.
 */
import { mkdirSync, rmSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { CellValue } from "../../src/core/model/canonicalFiles";
import { describeWithOracle } from "../oracles/availability";
import { SCREENSHOT_DIR } from "./support/paneArtifacts";
import { openView } from "./support/openView";
import { axeViolations, launchChromium, openPanePage } from "./support/browser";
import { buildHarness } from "./support/buildHarness";
import { serveFolder, StaticServer } from "./support/staticServer";

const SCREENSHOTS = SCREENSHOT_DIR;

interface HarnessApi {
  tables(): { tableName: string; rows: number }[];
  rows(tableName: string): CellValue[][] | null;
}
const tableRows = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { harness: HarnessApi }).harness.rows(n), name);
const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

async function loadSampleData(page: Page): Promise<void> {
  await openView(page, "Data");
  await page.getByRole("button", { name: "Load sample data" }).click();
  await page.getByText("Sample data loaded").waitFor();
}

async function refreshForecast(page: Page): Promise<void> {
  await openView(page, "Forecast");
  await page.getByRole("heading", { name: "Forecast", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Refresh" }).click();
  await page.getByRole("grid", { name: "Forecast for FY2027-Q4 by rep" }).waitFor();
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
    for (const match of document.body.innerText.matchAll(/(Reading \w+ \(\d of \d\)…|Running the forecast…)/g)) {
      if (!watched.labels.includes(match[0])) watched.labels.push(match[0]);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watched.longestTask = Math.max(watched.longestTask, entry.duration);
  }).observe({ type: "longtask" });
}

describeWithOracle("chromium", "the Forecast view in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let harnessDir: string;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    harnessDir = await buildHarness();
    server = await serveFolder(harnessDir);
  }, 90_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    if (harnessDir) rmSync(harnessDir, { recursive: true, force: true });
  });

  it("shows a Refresh's progress with counts, and Cancel stops it without a result or an error", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?gate=all`);
    type Gate = { harness: { step(): void; waiting(): number } };
    // Every simulated request waits for the test: keep stepping until the sample data is in.
    await openView(page, "Data");
    await page.getByRole("button", { name: "Load sample data" }).click();
    await page.waitForFunction(() => {
      (window as unknown as Gate).harness.step();
      return document.body.innerText.includes("Sample data loaded");
    }, null, { polling: 50 });

    await openView(page, "Forecast");
    await page.getByRole("button", { name: "Refresh" }).click();
    // Hold the read at its first table: the bar names the table and counts the steps.
    await page.waitForFunction(() => (window as unknown as Gate).harness.waiting() > 0);
    await page.getByText("Reading Opportunities (1 of 7)…").waitFor();
    await page.getByText("Step 1 of 8").waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Refresh" }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-progress.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await page.getByRole("progressbar").count()).toBe(0);
    // The held read finishes in the background; nothing of it may reach the view.
    await page.evaluate(() => (window as unknown as Gate).harness.step());
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as Gate).harness.step());
    await page.getByText("Choose Refresh to read").waitFor();
    expect(await page.getByRole("grid").count()).toBe(0);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Refresh" }).isEnabled()).toBe(true);

    // A new Refresh runs to the end.
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.waitForFunction(() => {
      (window as unknown as Gate).harness.step();
      return document.querySelector('[role="grid"]') !== null;
    }, null, { polling: 50 });
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it("refreshes, adjusts a commit, writes the sheet, and keeps the adjustment through a data reload", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html`);
    await loadSampleData(page);

    await openView(page, "Forecast");
    await page.getByText("Choose Refresh to read").waitFor();
    // The period opens on the quarter of the (harness's) today in the fiscal calendar.
    await expect(page.getByRole("combobox", { name: "Period" }).textContent()).resolves.toContain("FY2027-Q4");
    await refreshForecast(page);
    const grid = page.getByRole("grid");
    // A header row and one row per rep; compact figures with the full value in the tooltip.
    await expect(grid.getByRole("row").count()).resolves.toBe(3);
    const ada = grid.getByRole("row").filter({ hasText: "Ada Park" });
    await expect(ada.textContent()).resolves.toContain("$250K");
    await expect(ada.locator('[title="$250,000"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: "FY2027-Q4 KPIs" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Pipeline movement" }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("radio", { name: "Select Ada Park" }).click();
    await page.getByRole("button", { name: "Adjust Ada Park…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /Adjusted commit/ }).fill("$300k");
    await dialog.getByRole("textbox", { name: "Note" }).fill("Signed Friday");
    await dialog.getByRole("textbox", { name: "Your name" }).fill("Maya Lee");
    await expect(dialog.getByRole("button", { name: "Save adjustment" }).isEnabled()).resolves.toBe(true);
    await page.waitForTimeout(300); // the button's colour transition, so the screenshot shows it enabled
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-adjust-dialog.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Save adjustment" }).click();
    await page.getByText("Adjustment saved").waitFor();
    await expect(dialog.count()).resolves.toBe(0);

    // The adjusted commit shows beside the rollup, with its author and note in the tooltip.
    await expect(ada.textContent()).resolves.toContain("adjusted ✎$300K");
    await expect(ada.locator('[title^="Adjusted to $300,000 by Maya Lee on 2026-11-27 “Signed Friday”"]').count()).resolves.toBe(1);
    const log = await tableRows(page, "ForecastAdjustments");
    expect(log?.slice(1)).toEqual([["rep", "R1", "FY2027-Q4", "commit", 300000, "Signed Friday", "Maya Lee", "2026-11-27T15:30:00.000Z"]]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-adjusted.png"), fullPage: true });
    // Scrolled sideways to the categories: the owner column stays put, the adjusted commit shows.
    await page.getByRole("region", { name: /scrolls sideways/ }).evaluate((element) => (element.scrollLeft = 180));
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-adjusted-scrolled.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("button", { name: "Write to sheet" }).click();
    await page.getByText("Forecast written to the sheet").waitFor();
    const sheet = await tableRows(page, "Forecast");
    expect(sheet?.[0].slice(0, 3)).toEqual(["Owner", "Name", "Quota"]);
    const adaRow = sheet?.find((row) => row[0] === "R1");
    expect(adaRow?.slice(11, 12)).toEqual([300000]);
    expect(adaRow?.[14]).toBe("commit: Signed Friday (Maya Lee, 2026-11-27)");

    // A data refresh rewrites the data tables, never the log: the adjustment is still in force.
    await loadSampleData(page);
    await refreshForecast(page);
    await expect(grid.getByRole("row").filter({ hasText: "Ada Park" }).textContent()).resolves.toContain("$300K");
    // The dialog remembers who signed last time.
    await page.getByRole("radio", { name: "Select Ada Park" }).click();
    await page.getByRole("button", { name: "Adjust Ada Park…" }).click();
    await expect(page.getByRole("dialog").getByRole("textbox", { name: "Your name" }).inputValue()).resolves.toBe("Maya Lee");
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await page.close();
  });

  it("runs on the full demo org without holding the pane, at every level, with KPIs and the waterfall", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?data=demo`);
    await loadSampleData(page);
    await openView(page, "Forecast");
    await page.getByRole("button", { name: "Refresh" }).waitFor();
    await page.evaluate(watchBusyLabels);
    const started = Date.now();
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("grid", { name: "Forecast for FY2027-Q4 by rep" }).waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    const watched = await page.evaluate(() => (window as unknown as { watched: Watched }).watched);
    console.log(`Forecast view on the demo org: ${elapsed} ms from click to grid; longest main-thread task ${Math.round(watched.longestTask)} ms; labels: ${watched.labels.join(" | ")}`);
    // Each step was shown, and the work was split into tasks the browser could paint between.
    expect(watched.labels).toEqual(expect.arrayContaining(["Reading Opportunities (1 of 7)…", "Reading Snapshots (7 of 7)…", "Running the forecast…"]));
    expect(watched.longestTask).toBeLessThan(elapsed);
    expect(await page.getByRole("grid").getByRole("row").count()).toBeGreaterThan(20);

    await page.getByRole("radio", { name: "Manager" }).click();
    await page.getByRole("grid", { name: "Forecast for FY2027-Q4 by manager" }).waitFor();
    await page.getByText(/^Closing in FY2027-Q4, snapshot/).waitFor();
    const waterfall = (await page.getByRole("heading", { name: "Pipeline movement" }).locator("..").textContent()) ?? "";
    for (const line of ["Start", "Created", "Pulled in", "Pushed out", "Won", "Lost", "End"]) expect(waterfall).toContain(line);
    expect(waterfall).not.toContain("does not balance");
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-demo-manager.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    // Another period is rolled up from the data already read, without reading the workbook again.
    await page.getByRole("combobox", { name: "Period" }).click();
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-period-list.png") });
    await page.getByRole("option", { name: "FY2027", exact: true }).click();
    await page.getByRole("grid", { name: "Forecast for FY2027 by manager" }).waitFor();
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it("says to load data first when the workbook has none, and what to do when the sheet can't be written", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?fail=Forecast`);
    await openView(page, "Forecast");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText("No opportunities to forecast").waitFor();
    await expect(page.getByRole("status").textContent()).resolves.toContain("Load sample data or import first");
    expect(await serious(page)).toEqual([]);

    await loadSampleData(page);
    await refreshForecast(page);
    await page.getByRole("button", { name: "Write to sheet" }).click();
    await page.getByText("The Forecast sheet was not written").waitFor();
    const text = (await page.getByRole("status").textContent()) ?? "";
    expect(text).toContain("The workbook is protected.");
    expect(text).toContain("unprotect it");
    await page.screenshot({ path: path.join(SCREENSHOTS, "forecast-error.png"), fullPage: true });
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
