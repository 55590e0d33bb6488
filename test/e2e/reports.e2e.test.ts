/*
 * The Reports view in headless Chromium over the harness's in-memory workbook: load the sample
 * data, generate the QBR and the MBR, and check what the writer was given; generating before any
 * data is loaded says what to do. Screenshots go to $E2E_SCREENSHOTS or /tmp/salesops-e2e.
 */
import { mkdirSync, rmSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { SheetDescription } from "../../src/workbook/description";
import { describeWithOracle } from "../oracles/availability";
import { SCREENSHOT_DIR } from "./support/paneArtifacts";
import { openView } from "./support/openView";
import { axeViolations, launchChromium, openPanePage } from "./support/browser";
import { buildHarness } from "./support/buildHarness";
import { serveFolder, StaticServer } from "./support/staticServer";

const SCREENSHOTS = SCREENSHOT_DIR;

interface HarnessApi {
  sheets(): SheetDescription[];
}
const writtenSheets = (page: Page) => page.evaluate(() => (window as unknown as { harness: HarnessApi }).harness.sheets().map((sheet) => sheet.name));
const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

describeWithOracle("chromium", "the Reports view in Chromium", () => {
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

  it("generates the QBR and the MBR of the sample data", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?plans=1`);
    await page.getByRole("button", { name: "Load sample data" }).click();
    await page.getByText("Sample data loaded").waitFor({ timeout: 30_000 });
    await openView(page, "Reports");
    await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
    expect(await serious(page)).toEqual([]);
    await page.getByRole("button", { name: "Generate QBR" }).click();
    await page.getByText("QBR FY2027-Q4 generated").waitFor({ timeout: 60_000 });
    const qbr = await writtenSheets(page);
    expect(qbr).toEqual(expect.arrayContaining(["QBR Summary", "QBR Attainment", "QBR Pipeline", "QBR Trend", "QBR Commissions", "QBR FX"]));
    await page.screenshot({ path: path.join(SCREENSHOTS, "reports-qbr.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("radio", { name: "MBR" }).check();
    await page.getByRole("button", { name: "Generate MBR" }).click();
    await page.getByText(/MBR FY2027-M\d+ generated/).waitFor({ timeout: 60_000 });
    expect(await writtenSheets(page)).toEqual(expect.arrayContaining(["MBR Summary", "MBR Pipeline", "MBR At risk", "MBR FX"]));
    await page.screenshot({ path: path.join(SCREENSHOTS, "reports-mbr.png"), fullPage: true });
    expect(problems.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("says to load data first when the workbook has none", async () => {
    const { page } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html`);
    await openView(page, "Reports");
    await page.getByRole("button", { name: "Generate QBR" }).click();
    await page.getByText("The QBR was not generated").waitFor({ timeout: 30_000 });
    await expect(page.getByRole("status").textContent()).resolves.toContain("Load sample data or import first");
    expect(await writtenSheets(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "reports-no-data.png"), fullPage: true });
    await page.close();
  }, 120_000);
});
