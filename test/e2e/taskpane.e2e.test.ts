/*
 * The built task pane in headless Chromium. Two pages:
 *  - dist/taskpane.html (from `npm run build`) opened outside Office: it must show the "open this
 *    from Excel" note, throw nothing, reach nothing outside the machine, and pass axe-core;
 *  - a harness page (the real App over an in-memory workbook) where "Load sample data" runs end to
 *    end with its progress bar and success message. Screenshots go to $E2E_SCREENSHOTS or /tmp.
 */
import { existsSync, mkdirSync, rmSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { describeWithOracle } from "../oracles/availability";
import { SCREENSHOT_DIR } from "./support/paneArtifacts";
import { axeViolations, launchChromium, openPanePage } from "./support/browser";
import { buildHarness } from "./support/buildHarness";
import { serveFolder, StaticServer } from "./support/staticServer";

const DIST = path.resolve(__dirname, "../../dist");
const SCREENSHOTS = SCREENSHOT_DIR;

describeWithOracle("chromium", "task pane in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe("the built taskpane.html outside Office", () => {
    let server: StaticServer;
    beforeAll(async () => {
      if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` before the e2e tests.");
      server = await serveFolder(DIST);
    });
    afterAll(async () => {
      await server?.close();
    });

    it("shows the open-from-Excel note, without errors or outside requests, and passes axe", async () => {
      const { page, problems } = await openPanePage(browser, server.url);
      await page.goto(`${server.url}taskpane.html`);
      await page.getByText("Open this add-in from Excel").waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, "outside-office.png"), fullPage: true });
      expect(problems.errors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.blocked).toEqual([]);
      const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious).toEqual([]);
      await page.close();
    });
  });

  describe("the pane over an in-memory workbook", () => {
    let server: StaticServer;
    let harnessDir: string;
    beforeAll(async () => {
      harnessDir = await buildHarness();
      server = await serveFolder(harnessDir);
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      if (harnessDir) rmSync(harnessDir, { recursive: true, force: true });
    });

    it("loads sample data with a progress bar, then lists the tables written", async () => {
      const { page, problems } = await openPanePage(browser, server.url);
      await page.goto(`${server.url}harness.html?gate=1`);
      await page.getByRole("heading", { name: "SalesOps for Excel" }).waitFor();
      const firstScreen = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(firstScreen).toEqual([]);

      await page.getByRole("button", { name: "Load sample data" }).click();
      // Let three simulated requests through, then hold the load mid-table for the screenshot.
      for (let i = 0; i < 3; i++) {
        await page.waitForFunction(() => (window as unknown as { harness: { waiting(): number } }).harness.waiting() > 0);
        await page.evaluate(() => (window as unknown as { harness: { step(): void } }).harness.step());
      }
      await page.waitForFunction(() => (window as unknown as { harness: { waiting(): number } }).harness.waiting() > 0);
      await page.getByText("Writing Opportunities (table 1 of 7)").waitFor();
      await page.getByText("30 of 54 rows").waitFor();
      const bar = page.getByRole("progressbar");
      expect(Number(await bar.getAttribute("aria-valuenow"))).toBeCloseTo(30 / 54, 2);
      await page.screenshot({ path: path.join(SCREENSHOTS, "loading.png"), fullPage: true });

      // Open the gate for good: keep stepping until the load is done.
      await page.waitForFunction(() => {
        const h = (window as unknown as { harness: { step(): void } }).harness;
        h.step();
        return document.body.innerText.includes("Sample data loaded");
      }, null, { polling: 50 });
      const status = page.getByRole("status");
      await expect(status.textContent()).resolves.toContain("7 tables and 54 rows");
      await expect(status.textContent()).resolves.toContain("Opportunities: 40 rows");
      expect(await page.getByRole("progressbar").count()).toBe(0);
      const tables = await page.evaluate(() => (window as unknown as { harness: { tables(): { tableName: string; rows: number }[] } }).harness.tables());
      expect(tables.map((t) => t.tableName)).toEqual(["Opportunities", "Accounts", "Reps", "Quotas", "Territories", "FxRates", "Snapshots"]);
      await page.screenshot({ path: path.join(SCREENSHOTS, "loaded.png"), fullPage: true });
      const done = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(done).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.blocked).toEqual([]);
      await page.close();
    });

    it("says where the load stopped and what to do when Excel refuses a write", async () => {
      const { page, problems } = await openPanePage(browser, server.url);
      await page.goto(`${server.url}harness.html?fail=Reps`);
      await page.getByRole("button", { name: "Load sample data" }).click();
      await page.getByText("Sample data stopped at the Reps table").waitFor();
      const text = (await page.getByRole("status").textContent()) ?? "";
      expect(text).toContain("The workbook is protected.");
      expect(text).toContain("Opportunities, Accounts were written");
      expect(text).toContain("unprotect it");
      expect(await page.getByRole("button", { name: "Load sample data" }).isEnabled()).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "error.png"), fullPage: true });
      expect(problems.errors).toEqual([]);
      await page.close();
    });
  });
});
