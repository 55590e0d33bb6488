/*
 * The Territories view in headless Chromium, over the harness's in-memory workbook and the demo org
 * (small data has one territory: nothing to move): load the data, open Territories, see the balance,
 * plan a move with the keyboard, preview it, apply it and check the Accounts and TerritoryMoves tables;
 * write example rules and run them; and a refused write leaves the tables as they were. Screenshots
 * (350 px wide, a task pane) go to $E2E_SCREENSHOTS or /tmp/salesops-e2e.
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
const FROM = "TER-APAC-ENT-01";
const TO = "TER-APAC-ENT-02";
const TO_NAME = "APAC Enterprise 2";

interface HarnessApi {
  rows(tableName: string): CellValue[][] | null;
}
const tableRows = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { harness: HarnessApi }).harness.rows(n), name);
const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");

/** The id, name and territory of each account, as the harness's Accounts table holds them. */
async function accounts(page: Page): Promise<{ id: string; name: string; territory: string }[]> {
  const rows = (await tableRows(page, "Accounts")) ?? [];
  const [header, ...data] = rows;
  const at = (column: string) => header.indexOf(column);
  return data.map((row) => ({ id: String(row[at("id")]), name: String(row[at("name")]), territory: String(row[at("territory_id")]) }));
}

async function openTerritories(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("button", { name: "Load sample data" }).click();
  await page.getByText("Sample data loaded").waitFor({ timeout: 30_000 });
  await openView(page, "Territories");
  await page.getByRole("heading", { name: "Territories", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Load territories" }).click();
  await page.getByRole("grid", { name: "Potential by territory" }).waitFor({ timeout: 30_000 });
}

/** Picks the account with the keyboard (type, arrow, Enter), the target with the mouse, and previews. */
async function planMove(page: Page, account: { id: string; name: string }): Promise<void> {
  const picker = page.getByRole("combobox", { name: "Accounts to move" });
  await picker.focus();
  await page.keyboard.type(account.id);
  // A multiselect Combobox lists its options as checkable menu items.
  await page.getByRole("menuitemcheckbox", { name: new RegExp(account.id) }).waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.getByRole("toolbar", { name: "Accounts picked to move" }).getByText(account.name).waitFor();
  await page.getByRole("combobox", { name: "To territory" }).click();
  await page.getByRole("option", { name: TO_NAME, exact: true }).click();
  await page.getByLabel("Effective date").fill("2026-12-16");
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("heading", { name: "Preview: potential balance and FY2027-Q4 quota" }).waitFor();
}

describeWithOracle("chromium", "the Territories view in Chromium", () => {
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

  it("shows the balance, previews and applies a move, and writes and runs example rules", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await openTerritories(page, `${server.url}harness.html?data=demo`);

    // The balance of potential over the 40 leaf territories, a row each, flagged against the corridor.
    const balance = (await page.getByRole("heading", { name: "Balance of potential" }).locator("..").textContent()) ?? "";
    for (const label of ["CV", "Gini", "Max/min", "Outside ±15%"]) expect(balance).toContain(label);
    const grid = page.getByRole("grid", { name: "Potential by territory" });
    await expect(grid.getByRole("row").count()).resolves.toBe(41);
    await expect(grid.getByRole("row").filter({ hasText: "APAC Enterprise 1" }).textContent()).resolves.toMatch(/\$[\d.]+[KMB]\d+%(Above|Below|Within)/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "territories.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    const before = await accounts(page);
    const account = before.find((a) => a.territory === FROM) as { id: string; name: string; territory: string };
    await planMove(page, account);
    const preview = page.getByRole("heading", { name: /^Preview:/ }).locator("..");
    await expect(preview.textContent()).resolves.toContain(`${account.name}: APAC Enterprise 1 → ${TO_NAME}`);
    await expect(preview.textContent()).resolves.toContain("moves only transfer quota");
    const quota = page.getByRole("table", { name: "Quota by territory for FY2027-Q4, before and after" });
    await expect(quota.getByRole("row").count()).resolves.toBe(3);
    await expect(quota.getByRole("row").filter({ hasText: TO_NAME }).textContent()).resolves.toMatch(/\+\$[\d.]+K/);
    await page.waitForTimeout(300); // the Apply button's colour transition, so the screenshot shows it enabled
    await page.screenshot({ path: path.join(SCREENSHOTS, "territories-preview.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("button", { name: "Apply moves" }).click();
    await page.getByText(`1 account moved to ${TO_NAME}`).waitFor();
    const after = await accounts(page);
    expect(after.find((a) => a.id === account.id)?.territory).toBe(TO);
    expect(after.filter((a, i) => a.territory !== before[i].territory).map((a) => a.id)).toEqual([account.id]);
    const log = await tableRows(page, "TerritoryMoves");
    expect(log?.[0].slice(0, 5)).toEqual(["account_id", "from", "to", "effective_date", "quota_period"]);
    expect(log?.slice(1).map((row) => row.slice(0, 3))).toEqual([[account.id, FROM, TO]]);
    // The view read the workbook again: the picked account is cleared and the preview gone.
    await expect(page.getByRole("toolbar", { name: "Accounts picked to move" }).count()).resolves.toBe(0);
    await expect(page.getByRole("heading", { name: /^Preview:/ }).count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "territories-applied.png"), fullPage: true });

    // No rules table yet: write example rules from today's assignment; they place every account where it is.
    await page.getByRole("button", { name: "Write example rules" }).click();
    await page.getByText(/example rules written/).waitFor();
    const runCounts = page.locator('[aria-label="Rule run counts"]');
    await expect(runCounts.textContent()).resolves.toMatch(/To change0Ties0No rule0/);
    expect((await tableRows(page, "TerritoryRules"))?.[0].slice(0, 3)).toEqual(["rule", "priority", "territory_id"]);
    await page.getByRole("button", { name: "Run rules" }).click();
    await expect(runCounts.textContent()).resolves.toMatch(/To change0Ties0No rule0/);
    await expect(page.getByRole("button", { name: "Nothing to apply" }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "territories-rules.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await page.close();
  });

  it("says nothing changed, and what to do, when the moves log can't be written", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await openTerritories(page, `${server.url}harness.html?data=demo&fail=TerritoryMoves`);
    const before = await accounts(page);
    const account = before.find((a) => a.territory === FROM) as { id: string; name: string; territory: string };
    await planMove(page, account);
    await page.getByRole("button", { name: "Apply moves" }).click();
    await page.getByText("Nothing was changed").waitFor();
    const status = (await page.getByRole("heading", { name: "Move accounts" }).locator("..").getByRole("status").textContent()) ?? "";
    expect(status).toContain("Writing stopped at the TerritoryMoves table: The workbook is protected.");
    expect(status).toContain("unprotect it");
    // Accounts was written back after the log failed: the account is where it was.
    expect((await accounts(page)).find((a) => a.id === account.id)?.territory).toBe(FROM);
    expect(await tableRows(page, "TerritoryMoves")).toBeNull();
    // The preview stays, so the user can try again once the workbook is unprotected.
    await expect(page.getByRole("button", { name: "Apply moves" }).isEnabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "territories-error.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
