/*
 * Issue #6: the ribbon's Generate QBR and the pane's Reports view write the same workbook through
 * the in-memory Excel host, within the writer's bounds (≤ 3 syncs per generated sheet, ≤ 4 MB per
 * request), and regenerating replaces only the sheets SalesOps generated.
 */
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../src/core/commission";
import { generateDemoOrg } from "../../src/core/demo/generateDemoOrg";
import { loadSampleData } from "../../src/app/loadSampleData";
import { generateReport } from "../../src/app/generateReport";
import { setWorkbookData } from "../../src/app/sessionState";
import { createExcelWorkbookPort } from "../../src/excel/workbookPort";
import { createExcelTemplatePort } from "../../src/excel/templatePort";
import { createExcelWorkbookWriter } from "../../src/excel/writeWorkbook";
import { reportOperations } from "../../src/taskpane/reportOperations";
import { createExcelHost, ExcelHost } from "../host";

const AS_OF = "2026-11-27";
const NOW = () => new Date(`${AS_OF}T12:00:00Z`);
const dataSet = generateDemoOrg({ seed: 7, asOf: AS_OF });
const compensation = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) };
const FOUR_MB = 4 * 1024 * 1024;

// commands.ts registers with Office when it loads; outside Office its onReady reports no host.
(globalThis as unknown as { Office: unknown }).Office = { onReady: (callback: (info: { host: null }) => void) => callback({ host: null }) };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateQbrInWorkbook } = require("../../src/commands/commands") as typeof import("../../src/commands/commands");

async function hostWithData(): Promise<ExcelHost> {
  const host = createExcelHost();
  await loadSampleData(createExcelWorkbookPort(host.run), dataSet, () => undefined, compensation);
  setWorkbookData(dataSet, compensation);
  return host;
}

const generatedSheets = (host: ExcelHost) => host.sheetNames().filter((name) => name.startsWith("QBR"));

describe("Generate QBR in Excel", () => {
  let ribbonHost: ExcelHost;
  let paneHost: ExcelHost;

  beforeAll(async () => {
    ribbonHost = await hostWithData();
    paneHost = await hostWithData();
  }, 120_000);

  it("writes the same sheets, cells and charts from the ribbon and from the pane", async () => {
    expect(await generateQbrInWorkbook(ribbonHost.run, NOW)).toBe(true);
    const pane = reportOperations(createExcelWorkbookPort(paneHost.run), createExcelWorkbookWriter(paneHost.run), () => dataSet.settings, NOW);
    const result = await pane.generate({ template: "qbr", period: "FY2027-Q4" }, () => undefined);
    expect(result.period).toBe("FY2027-Q4");
    const sheets = generatedSheets(ribbonHost);
    expect(sheets).toEqual(generatedSheets(paneHost));
    expect(sheets).toEqual(expect.arrayContaining(["QBR Summary", "QBR Attainment", "QBR Pipeline", "QBR Trend", "QBR Commissions", "QBR FX"]));
    for (const sheet of sheets) {
      expect(ribbonHost.formulas(sheet)).toEqual(paneHost.formulas(sheet));
      expect(ribbonHost.numberFormats(sheet)).toEqual(paneHost.numberFormats(sheet));
      expect(ribbonHost.charts(sheet).map((chart) => chart.name)).toEqual(paneHost.charts(sheet).map((chart) => chart.name));
    }
    expect(ribbonHost.activeSheet()).toBe("QBR Summary");
    // The formulas the description holds are what Excel was given (the .xlsx check covers their results).
    const summary = ribbonHost.formulas("QBR Summary");
    expect(summary.flat().some((cell) => typeof cell === "string" && cell.startsWith("=SUMPRODUCT(SUMIFS(Opportunities[amount]"))).toBe(true);
  }, 180_000);

  it("stays within 3 syncs per generated sheet and 4 MB per request", async () => {
    const host = await hostWithData();
    const { description } = generateReport(dataSet, { template: "qbr", period: "FY2027-Q4", asOf: AS_OF, compensation, includeDataSheets: false });
    host.resetStats();
    await createExcelWorkbookWriter(host.run).writeWorkbook(description);
    const syncs = host.syncs().filter((sync) => sync.actions > 0);
    // A few syncs for the workbook as a whole (read existing sheets, swap names), then ≤ 3 per sheet.
    expect(syncs.length).toBeLessThanOrEqual(3 * description.sheets.length + 4);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(FOUR_MB);
    process.stdout.write(`QBR in Excel: ${description.sheets.length} sheets, ${syncs.length} syncs, largest request ${Math.max(...syncs.map((s) => s.requestBytes))} bytes\n`);
  }, 180_000);

  it("offers the regions and managers of the Reps table as scopes, and titles a scoped report with it", async () => {
    const host = await hostWithData();
    const pane = reportOperations(createExcelWorkbookPort(host.run), createExcelWorkbookWriter(host.run), () => dataSet.settings, NOW);
    const choices = await pane.scopeChoices();
    expect(choices.map((choice) => choice.label)).toEqual(expect.arrayContaining(["Whole org", "Region EMEA", "Team of Giulia Dubois"]));
    const emea = choices.find((choice) => choice.label === "Region EMEA");
    await pane.generate({ template: "mbr", period: "FY2027-M10", scope: emea?.scope }, () => undefined);
    expect(String(host.values("MBR Summary", "A1")[0][0])).toBe("Monthly business review — FY2027-M10 · region EMEA");
  }, 180_000);

  it("fills a template sheet the user designed in the workbook, leaving the template as it was", async () => {
    const host = await hostWithData();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Board pack");
      sheet.getRange("A1:C6").values = [
        ["Bookings {{period}}", "{{kpi.bookings}}", ""],
        ["Rep", "Bookings", "Attainment"],
        ["{{#each reps}}", "", ""],
        ["{{name}}", "{{bookings}}", "{{attainment}}"],
        ["{{/each}}", "", ""],
        ["Total", "", "{{kpi.bokings}}"],
      ];
      sheet.getRange("B6").formulas = [["=SUM(B4:B4)"]];
      await context.sync();
    });
    const templates = createExcelTemplatePort(host.run);
    expect(await templates.sheetNames()).toContain("Board pack");
    const pane = reportOperations(createExcelWorkbookPort(host.run), createExcelWorkbookWriter(host.run), () => dataSet.settings, NOW, templates);
    const result = await pane.generate({ template: "custom", period: "FY2027-Q3", templateSheet: "Board pack" }, () => undefined);
    expect(result.sheets.map((sheet) => sheet.written)).toEqual(["Board pack FY2027-Q3", "Report FX"]);
    // The unknown placeholder is reported with its cell and the closest name, and left visible.
    expect(result.issues.map((issue) => issue.message).join(" ")).toMatch(/C6.*kpi\.bokings.*kpi\.bookings/);
    const filled = host.formulas("Board pack FY2027-Q3");
    expect(filled[0][0]).toBe("Bookings FY2027-Q3");
    expect(String(filled[0][1])).toMatch(/^=SUMPRODUCT\(SUMIFS\(Opportunities\[amount\]/);
    const repRows = filled.findIndex((row) => row[0] === "Total") - 2;
    expect(repRows).toBeGreaterThan(10);
    expect(filled[2 + repRows][1]).toBe(`=SUM(B3:B${2 + repRows})`);
    expect(host.formulas("Board pack", "A1:A3")).toEqual([["Bookings {{period}}"], ["Rep"], ["{{#each reps}}"]]);
    expect(await templates.sheetNames()).not.toContain("Board pack FY2027-Q3");
  }, 180_000);

  it("leaves a user's sheet named like a generated one alone, and replaces only its own sheets on regeneration", async () => {
    const host = await hostWithData();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("QBR Trend");
      sheet.getRange("A1").values = [["my own notes"]];
      await context.sync();
    });
    await generateQbrInWorkbook(host.run, NOW);
    await generateQbrInWorkbook(host.run, NOW);
    expect(host.values("QBR Trend", "A1")).toEqual([["my own notes"]]);
    const trendSheets = host.sheetNames().filter((name) => name.startsWith("QBR Trend"));
    expect(trendSheets).toEqual(["QBR Trend", "QBR Trend (2)"]);
    expect(host.sheetNames().filter((name) => name === "QBR Summary")).toHaveLength(1);
  }, 180_000);
});
