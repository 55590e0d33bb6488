/*
 * The Settings view in headless Chromium over the harness's in-memory settings store: change the
 * fiscal year start and a stage's probability, Save, and check what the workbook now holds; an
 * invalid probability is named and keeps Save off; Reset asks first; settings stored invalid open the
 * pane on this view with a warning. Screenshots (350 px wide, a task pane) go to $E2E_SCREENSHOTS or
 * /tmp/salesops-e2e.
 */
import { mkdirSync, rmSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model/settings";
import { describeWithOracle } from "../oracles/availability";
import { SCREENSHOT_DIR } from "./support/paneArtifacts";
import { openView } from "./support/openView";
import { axeViolations, launchChromium, openPanePage } from "./support/browser";
import { buildHarness } from "./support/buildHarness";
import { serveFolder, StaticServer } from "./support/staticServer";

const SCREENSHOTS = SCREENSHOT_DIR;

interface HarnessApi {
  storedSettings(): Settings | null;
  recalculations(): number;
}
const stored = (page: Page) => page.evaluate(() => (window as unknown as { harness: HarnessApi }).harness.storedSettings());
const recalculations = (page: Page) => page.evaluate(() => (window as unknown as { harness: HarnessApi }).harness.recalculations());
const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

async function openSettings(page: Page): Promise<void> {
  await openView(page, "Settings");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await page.getByRole("combobox", { name: "Fiscal year starts in" }).waitFor();
}

describeWithOracle("chromium", "the Settings view in Chromium", () => {
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

  it("saves a new fiscal year start and stage probability into the workbook, refuses an invalid one, and resets after asking", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html`);
    await openSettings(page);
    // The workbook holds no settings yet: the defaults are shown, and Save would store them.
    await expect(page.getByText("FY2027 runs Feb 2026 – Jan 2027").count()).resolves.toBe(1);
    await expect(page.getByRole("textbox", { name: "Stage 4 probability (%)" }).inputValue()).resolves.toBe("50");
    await page.screenshot({ path: path.join(SCREENSHOTS, "settings.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("combobox", { name: "Fiscal year starts in" }).click();
    await page.getByRole("option", { name: "January" }).click();
    await page.getByText("FY2026 runs Jan 2026 – Dec 2026").waitFor();
    await page.getByRole("textbox", { name: "Stage 4 probability (%)" }).fill("55");
    const save = page.getByRole("button", { name: "Save", exact: true });
    await expect(save.isEnabled()).resolves.toBe(true);
    await save.click();
    await page.getByText("Settings saved in this workbook").waitFor();
    await expect(page.getByText("Fiscal year starts in January (was February).").count()).resolves.toBe(1);
    await expect(page.getByText("Stage map: Value Proposition: probability 50% → 55%.").count()).resolves.toBe(1);
    await expect(page.getByText(/choose Refresh in Forecast and Territories/).count()).resolves.toBe(1);
    const saved = await stored(page);
    expect(saved?.version).toBe(1);
    expect(saved?.fiscalYearStartMonth).toBe(1);
    expect(saved?.stageMap[3]).toEqual({ ...DEFAULT_SETTINGS.stageMap[3], probability: 0.55 });
    expect(saved?.corporateCurrency).toBe("USD");
    // The fiscal start month is read by SALESOPS.FISCALPERIOD: Excel was asked to recalculate.
    await expect(recalculations(page)).resolves.toBe(1);
    await expect(save.isEnabled()).resolves.toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, "settings-saved.png"), fullPage: true });

    // An impossible probability: named in the row and in the message bar, and Save is off.
    await page.getByRole("textbox", { name: "Stage 4 probability (%)" }).fill("150");
    await page.getByText("Fix 1 setting before saving").waitFor();
    await expect(page.getByText("stageMap[3].probability must be between 0 and 1 (0% to 100%).").count()).resolves.toBe(2);
    await expect(page.getByRole("textbox", { name: "Stage 4 probability (%)" }).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(save.isEnabled()).resolves.toBe(false);
    await page.waitForTimeout(300); // the button's colour transition, so the screenshot shows it disabled
    await page.screenshot({ path: path.join(SCREENSHOTS, "settings-invalid.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    // A new stage by keyboard: Add stage puts the focus in its name box.
    await page.getByRole("textbox", { name: "Stage 4 probability (%)" }).fill("55");
    await page.getByRole("button", { name: "Add stage" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Stage 11 name");
    await page.keyboard.type("Verbal Commit");
    await page.getByRole("combobox", { name: "Stage 11 forecast category" }).selectOption("Commit");
    await page.getByRole("textbox", { name: "Stage 11 probability (%)" }).fill("95");
    await save.click();
    await page.getByText("Stage map: Verbal Commit added.").waitFor();
    expect((await stored(page))?.stageMap[10]).toEqual({ stage: "Verbal Commit", category: "Commit", probability: 0.95, closed: false, won: false, order: 11 });
    await page.getByRole("button", { name: "Remove stage 11 (Verbal Commit)" }).click();
    await expect(page.getByRole("textbox", { name: "Stage 11 name" }).count()).resolves.toBe(0);

    // Reset asks first; Cancel changes nothing, confirming stores the defaults.
    await page.getByRole("button", { name: "Reset to defaults…" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("Reset settings to the defaults?").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "settings-reset.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await stored(page))?.fiscalYearStartMonth).toBe(1);
    await page.getByRole("button", { name: "Reset to defaults…" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Reset to defaults" }).click();
    await page.getByText("Fiscal year starts in February (was January).").waitFor();
    await expect(stored(page)).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(page.getByText("FY2027 runs Feb 2026 – Jan 2027").count()).resolves.toBe(1);

    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await page.close();
  });

  it("opens on Settings when the workbook's settings are invalid, says which field, and saves valid ones over them", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?settings=bad`);
    // No click: the pane shows the Settings view by itself.
    await page.getByText("The settings saved in this workbook could not be used").waitFor();
    await expect(page.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByText("stageMap[3].probability must be between 0 and 1 (0% to 100%).").count()).resolves.toBe(1);
    // The defaults are shown and in force; nothing stored changed yet.
    await expect(page.getByRole("textbox", { name: "Stage 4 probability (%)" }).inputValue()).resolves.toBe("50");
    expect((await stored(page))?.stageMap[3].probability).toBe(1.5);
    await page.screenshot({ path: path.join(SCREENSHOTS, "settings-stored-invalid.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Settings saved in this workbook").waitFor();
    await expect(stored(page)).resolves.toEqual(DEFAULT_SETTINGS);

    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await page.close();
  });
});
