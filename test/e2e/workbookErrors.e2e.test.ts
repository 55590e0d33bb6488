/*
 * The error paths of the built dist/taskpane.html "in Excel" (support/openPaneInExcel.ts), one test
 * each, on a workbook that already holds the add-in's tables (support/workbookSeeds.ts): the message
 * names what is wrong and where, says what to do, and the workbook inside the host is exactly as it
 * was (a snapshot of every sheet's formulas and formats, the tables, names, settings and charts).
 *  - a malformed CSV (a quote that never closes) in the Data view's import;
 *  - an invalid plan table (a negative rate; then a threshold that is not a number) in the Commissions view;
 *  - deals in a currency FxRates has no rate for, and in a code that is no currency, in the Forecast view;
 *  - an Excel without ExcelApi 1.12 (the requirement set the workbook writer needs) in the Reports view.
 * Screenshots of each error state go to test-output/e2e/ ($E2E_SCREENSHOTS); axe-core finds nothing.
 */
import type { Browser, Page } from "playwright-core";
import { describeWithOracle } from "../oracles/availability";
import { DEFAULT_REQUIREMENT_SETS } from "./inExcel/options";
import { launchChromium } from "./support/browser";
import { DIST, openPaneInExcel, OpenPaneInExcelOptions, PaneInExcel } from "./support/openPaneInExcel";
import { openView } from "./support/openView";
import { axeReport, screenshot } from "./support/paneArtifacts";
import { serveFolder, StaticServer } from "./support/staticServer";
import { smallWorkbook } from "./support/workbookSeeds";

const NOW = "2026-11-27T15:30:00Z";

/** The text of the view's message bar (the one on screen). */
const messageOf = async (page: Page) => ((await page.locator('[role="tabpanel"]:not([hidden])').getByRole("status").allTextContents()) ?? []).join("\n");

describeWithOracle("chromium", "the built pane in Excel (in-memory host): error paths", () => {
  let browser: Browser;
  let server: StaticServer;
  let pane: PaneInExcel | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(DIST);
  }, 60_000);
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  const open = async (options: OpenPaneInExcelOptions) => {
    pane = await openPaneInExcel(browser, { server, now: NOW, ...options });
    return pane;
  };

  /** No violation of any impact, no page or console error, nothing sent off the machine. */
  async function expectCleanPage(where: string): Promise<void> {
    const { page, problems } = pane as PaneInExcel;
    expect(await axeReport(page, where)).toEqual({ where, violations: [] });
    expect(problems.errors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.blocked).toEqual([]);
  }

  it("a malformed CSV: names the line and what to fix, and leaves the workbook as it was", async () => {
    const { page, host } = await open({ seed: smallWorkbook() });
    const before = await host.snapshot();
    expect(before.tables.map((t) => t.name)).toEqual(["Opportunities", "Accounts", "Reps", "Quotas", "Territories", "FxRates", "Snapshots"]);
    await openView(page, "Data");
    // A HubSpot export whose third line opens a quoted value that never closes.
    const csv = 'Deal Name,Amount,Close Date,Deal owner,Deal Stage\nAcme,100,2026-12-01,Ann Lee,Closed Won\n"Globex,200,2026-12-02,Ann Lee,Closed Won\nInitech,300,2026-12-03,Ann Lee,Closed Won\n';
    await page.locator('input[type="file"]').setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByText("broken.csv can't be imported").waitFor();
    const message = await messageOf(page);
    expect(message).toContain("broken.csv, line 3");
    expect(message).toContain("never closes");
    expect(message).toContain('Add the closing quote (") or remove the opening one, save the file and choose it again.');
    expect(message).toContain("Nothing was imported.");
    await page.getByRole("button", { name: "Choose a CSV file…" }).waitFor();
    await screenshot(page, "excel-error-malformed-csv");
    expect(await host.snapshot()).toEqual(before);
    await expectCleanPage("Data, malformed CSV");
  });

  it("an invalid plan table: names the table, row and column, and calculates and writes nothing", async () => {
    const { page, host } = await open({ seed: smallWorkbook({ plans: true }) });
    // A user types a negative rate into the second tier (PlanTiers row 3; the header is row 1).
    expect(await host.editTableCell("PlanTiers", 3, "rate", "-5%")).toBe("PlanTiers!D3");
    const before = await host.snapshot();
    await openView(page, "Commissions");
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByText("The plan tables have problems").waitFor({ timeout: 30_000 });
    let message = await messageOf(page);
    expect(message).toContain("Nothing was calculated: a plan is only used when all of its cells are valid. Fix the cells named below in Excel, then choose Calculate.");
    // The reason is the plan schema's own words (src/core): where, and that the rate must be at least 0.
    expect(message).toContain("PlanTiers row 3, column rate (plan AE-FY27): rates.tiers[1].rate: a rate can't be negative: use 0 for an unpaid band, 0.1 for 10% of credit");
    expect(await page.getByRole("grid").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Write statements" }).count()).toBe(0);
    await screenshot(page, "excel-error-invalid-plan");
    expect(await host.snapshot()).toEqual(before);
    await expectCleanPage("Commissions, invalid plan");

    // A threshold that is not a number is named as such: the cell can't even be read.
    await host.editTableCell("PlanTiers", 3, "rate", "5%");
    expect(await host.editTableCell("PlanTiers", 4, "threshold", "one")).toBe("PlanTiers!B4");
    const edited = await host.snapshot();
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByText('PlanTiers row 4, column threshold: "one" is not a number.').waitFor({ timeout: 30_000 });
    message = await messageOf(page);
    expect(message).toContain("The plan tables have problems");
    expect(message).not.toContain("row 3");
    expect(await page.getByRole("grid").count()).toBe(0);
    await screenshot(page, "excel-error-invalid-plan-threshold");
    expect(await host.snapshot()).toEqual(edited);
  });

  it("a deal in a currency without a rate, and one in no currency: names the deals and the currency, says what to add", async () => {
    const seed = smallWorkbook({
      editDeals: (deals) => deals.map((deal) => (deal.id === "O3" ? { ...deal, currency: "CHF" } : deal.id === "O5" ? { ...deal, currency: "ZZ" } : deal)),
    });
    const { page, host } = await open({ seed });
    const before = await host.snapshot();
    await openView(page, "Forecast");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("grid", { name: "Forecast for FY2027-Q4 by rep" }).waitFor({ timeout: 30_000 });
    await page.getByText(/data issues? in the workbook/).waitFor();
    const message = await messageOf(page);
    expect(message).toContain("Opportunity O3 (Deal 3) is in CHF and is left out of the figures.");
    expect(message).toContain("add a row for CHF with that month, its quarter or its year to the rate table (the FxRates table;");
    // Opportunities row 6 holds O5 (the header is row 1).
    expect(message).toContain('Opportunities row 6, column currency ("ZZ"): "ZZ" is not a currency: use an ISO code such as USD.');
    await screenshot(page, "excel-error-unknown-currency");
    expect(await host.snapshot()).toEqual(before);
    await expectCleanPage("Forecast, unknown currency");

    // The Settings view says the same of the currency: the rate table has none for it.
    await openView(page, "Settings");
    await page.getByText("No rate for CHF in the data loaded last: add rows for it to FxRates").waitFor();
  });

  it("an Excel without ExcelApi 1.12: Generate QBR says what Excel it needs, and writes nothing", async () => {
    const { page, host } = await open({ seed: smallWorkbook(), requirementSets: { ...DEFAULT_REQUIREMENT_SETS, ExcelApi: "1.11" } });
    const before = await host.snapshot();
    await openView(page, "Reports");
    await page.getByRole("button", { name: "Generate QBR" }).click();
    await page.getByText("The QBR was not generated").waitFor({ timeout: 30_000 });
    const message = await messageOf(page);
    expect(message).toContain("Writing reports needs Excel with ExcelApi 1.12");
    expect(message).toContain("Nothing was written: update Excel, or generate the report as an .xlsx file instead.");
    expect(await host.requirementQueries()).toContainEqual({ name: "ExcelApi", version: "1.12", supported: false });
    await screenshot(page, "excel-error-old-excel");
    expect(await host.snapshot()).toEqual(before);
    await expectCleanPage("Reports, ExcelApi 1.11");
  });
});
