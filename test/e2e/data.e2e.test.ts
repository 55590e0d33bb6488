/*
 * The Data view in headless Chromium over the harness's in-memory workbook: upload a small HubSpot
 * export, see the detected layout, the preview and the rejected rows, change one mapping, import
 * with the progress bar (Cancel locked while writing) and check the tables; a malformed CSV (a
 * quote that never closes, no header row) says what is wrong and writes nothing; a large file's
 * read can be cancelled; Refresh reads the tables back; a refused write leaves the tables as they
 * were. Screenshots (350 px wide, a task pane) go to $E2E_SCREENSHOTS or /tmp/salesops-e2e.
 */
import { mkdirSync, readFileSync, rmSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { CellValue } from "../../src/core/model/canonicalFiles";
import { describeWithOracle } from "../oracles/availability";
import { SCREENSHOT_DIR } from "./support/paneArtifacts";
import { axeViolations, launchChromium, openPanePage } from "./support/browser";
import { buildHarness } from "./support/buildHarness";
import { serveFolder, StaticServer } from "./support/staticServer";

const SCREENSHOTS = SCREENSHOT_DIR;
const FIXTURE = "hubspot_deals_small.csv";
const HUBSPOT = readFileSync(path.join(__dirname, "../fixtures/import-small", FIXTURE));

interface HarnessApi {
  tables(): { tableName: string; rows: number }[];
  rows(tableName: string): CellValue[][] | null;
  waiting(): number;
  step(): void;
}
const harness = <T>(page: Page, call: (h: HarnessApi) => T) => page.evaluate(`(${call.toString()})(window.harness)`) as Promise<T>;
const tables = (page: Page) => harness(page, (h) => h.tables());
const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
const status = (page: Page) => page.getByRole("status");

/** Chooses a file through the view's (hidden) file input, as the file dialog would. */
async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer });
}

describeWithOracle("chromium", "the Data view in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let harnessDir: string;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    harnessDir = await buildHarness();
    server = await serveFolder(harnessDir);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    if (harnessDir) rmSync(harnessDir, { recursive: true, force: true });
  });

  it("previews a CSV export, takes a mapping change, and imports it with a progress bar", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?gate=1`);
    await page.getByRole("tab", { name: "Data", selected: true }).waitFor();
    await page.getByRole("heading", { name: "Import deals" }).waitFor();
    expect(await serious(page)).toEqual([]);

    await upload(page, FIXTURE, HUBSPOT);
    await page.getByRole("heading", { name: `Map the columns of ${FIXTURE}` }).waitFor();
    expect(await page.getByRole("combobox", { name: "Layout" }).textContent()).toContain("HubSpot deals export (detected)");
    await page.getByText("5 rows read: 3 to import, 2 rejected").waitFor();
    const preview = page.getByRole("region", { name: "Rows to import" });
    await preview.getByText("Northwind - Renewal").waitFor();
    await expect(preview.textContent()).resolves.toContain("24,000");
    const rejected = page.getByRole("list", { name: "Rejected: 2 rows" });
    await expect(rejected.textContent()).resolves.toContain('Row 6, Amount "TBD": "TBD" is not an amount');
    await page.screenshot({ path: path.join(SCREENSHOTS, "data-mapping.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    expect(await tables(page)).toEqual([]);

    // HubSpot exports both amounts: take the company-currency one, which row 6 has.
    await page.getByRole("combobox", { name: "Amount", exact: true }).click();
    await page.getByRole("option", { name: "Amount in company currency", exact: true }).click();
    await page.getByText("5 rows read: 4 to import, 1 rejected").waitFor();
    await page.getByText("Mapping edited").waitFor();
    await expect(preview.textContent()).resolves.toContain("22,000");
    const stillRejected = await page.getByRole("list", { name: "Rejected: 1 row" }).textContent();
    expect(stillRejected).toContain('Row 5, Close Date "2026-13-40": "2026-13-40" is not a calendar date');
    expect(await tables(page)).toEqual([]);

    await page.getByRole("button", { name: "Import 4 opportunities" }).click();
    // Hold the write at its first request: the bar counts rows, and Cancel is locked while writing.
    await page.waitForFunction(() => (window as unknown as { harness: HarnessApi }).harness.waiting() > 0);
    await page.getByText("Writing Opportunities (table 1 of 3)").waitFor();
    await page.getByText("0 of 10 rows").waitFor();
    expect(await page.getByRole("button", { name: "Cancel" }).isDisabled()).toBe(true);
    await page.getByText("Writing can't be stopped part way").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "data-writing.png"), fullPage: true });
    await page.waitForFunction(
      () => {
        (window as unknown as { harness: HarnessApi }).harness.step();
        return document.body.innerText.includes("Imported 4 opportunities");
      },
      null,
      { polling: 50 },
    );
    const message = (await status(page).textContent()) ?? "";
    expect(message).toContain(`Imported 4 opportunities from ${FIXTURE}`);
    expect(message).toContain("Opportunities, Accounts and Reps were replaced; 1 rejected row was left out.");
    expect(await tables(page)).toEqual([
      { tableName: "Opportunities", rows: 4 },
      { tableName: "Accounts", rows: 4 },
      { tableName: "Reps", rows: 2 },
    ]);
    const rows = (await harness(page, (h) => h.rows("Opportunities"))) ?? [];
    const at = (column: string) => rows[0].indexOf(column);
    expect(rows.slice(1).map((row) => [row[at("id")], row[at("amount")], row[at("stage")]])).toEqual([
      ["9001", 22000, "Contract Sent"],
      ["9002", 36000, "Qualified To Buy"],
      ["9003", 18500, "Closed Won"],
      ["9005", 12000, "Appointment Scheduled"],
    ]);
    // Back at the source picker, ready for the next import.
    await page.getByRole("button", { name: "Choose a CSV file…" }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "data-imported.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await page.getByRole("button", { name: "Refresh data" }).click();
    await page.waitForFunction(() => document.body.innerText.includes("Data refreshed from the workbook"));
    expect(await status(page).textContent()).toContain("Opportunities: 4 rows");

    // A table of the workbook as the source: listed with its sheet and rows, read as our own layout.
    await page.getByRole("radio", { name: "A table in this workbook" }).check();
    await page.getByRole("combobox", { name: "Table" }).click();
    await page.getByRole("option", { name: "Opportunities (Opportunities, 4 rows)" }).click();
    await page.getByRole("button", { name: "Preview the import" }).click();
    await page.getByRole("heading", { name: "Map the columns of Opportunities" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Layout" }).textContent()).toContain("SalesOps canonical opportunities.csv (detected)");
    await page.getByText("4 rows read: 4 to import, 0 rejected").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "data-table-source.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Import cancelled").waitFor();
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
    await page.close();
  });

  it("names the problem of a malformed CSV and writes nothing", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html`);
    await upload(page, "broken.csv", Buffer.from('Deal Name,Amount,Close Date,Deal owner,Deal Stage\nAcme,100,2026-12-01,Ann Lee,Closed Won\n"Globex,200,2026-12-02,Ann Lee,Closed Won\n'));
    await page.getByText("broken.csv can't be imported").waitFor();
    const text = (await status(page).textContent()) ?? "";
    expect(text).toContain("broken.csv, line 3");
    expect(text).toContain("never closes");
    expect(text).toContain("Add the closing quote");
    await page.screenshot({ path: path.join(SCREENSHOTS, "data-malformed.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);

    await upload(page, "values.csv", Buffer.from("O-1,Acme,Ann Lee,Prospecting,1200,2026-12-01\nO-2,Globex,Ann Lee,Prospecting,900,2026-12-02\n"));
    await page.getByText("values.csv can't be imported").waitFor();
    expect(await status(page).textContent()).toContain("values.csv has no header row");
    expect(await tables(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it("cancels a long read, and an import from the mapping step, without writing", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html`);
    const header = HUBSPOT.toString("utf8").split("\n")[0];
    const line = "9001,Northwind - Renewal,Contract Sent,2026-12-18,Sarah Kim,24000,22000,2026-09-03,Northwind Traders,USD\n";
    // About 8 MB: read in chunks of a quarter megabyte, then checked in chunks of rows, with Cancel between any two.
    await upload(page, "big.csv", Buffer.from(`${header}\n${line.repeat(80_000)}`));
    await page.getByRole("progressbar").waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Import cancelled").waitFor();
    expect(await status(page).textContent()).toMatch(/(big\.csv was not imported|The preview was stopped); nothing was written\./);
    expect(await page.getByRole("progressbar").count()).toBe(0);

    await upload(page, FIXTURE, HUBSPOT);
    await page.getByText("5 rows read: 3 to import, 2 rejected").waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Import cancelled").waitFor();
    await page.getByRole("button", { name: "Choose a CSV file…" }).waitFor();
    expect(await tables(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it("leaves the sample data as it was when Excel refuses the import's Reps table", async () => {
    const { page, problems } = await openPanePage(browser, server.url);
    await page.goto(`${server.url}harness.html?fail=Reps`);
    // The sample load stops at Reps too; what it wrote is what the import must leave alone.
    await page.getByRole("button", { name: "Load sample data" }).click();
    await page.getByText("Sample data stopped at the Reps table").waitFor();
    const before = await harness(page, (h) => [h.rows("Opportunities"), h.rows("Accounts")]);
    await upload(page, FIXTURE, HUBSPOT);
    await page.getByRole("button", { name: "Import 3 opportunities" }).click();
    await page.getByText("Import stopped at the Reps table").waitFor();
    const text = (await status(page).textContent()) ?? "";
    expect(text).toContain("Excel said: The workbook is protected.");
    expect(text).toContain("Opportunities and Accounts were put back as they were, so the workbook is unchanged.");
    expect(text).toContain("unprotect it");
    expect(await harness(page, (h) => [h.rows("Opportunities"), h.rows("Accounts")])).toEqual(before);
    // The mapping stays, so Import can run again once the workbook is unprotected.
    await page.getByRole("button", { name: "Import 3 opportunities" }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "data-write-refused.png"), fullPage: true });
    expect(await serious(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
