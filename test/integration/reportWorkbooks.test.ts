import ExcelJS from "exceljs";
import { generateReport, ReportTemplate } from "../../src/app/generateReport";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../src/core/commission";
import { generateDemoOrg } from "../../src/core/demo/generateDemoOrg";
import { writeWorkbookXlsx } from "../../src/xlsx";
import { describeWithOracle } from "../oracles/availability";
import { recalculateWithLibreOffice } from "../oracles/libreoffice";
import { formulaCells, sameResult } from "../support/formulaCells";
import { readFileSync } from "fs";
import path from "path";
import { readTemplateXlsx } from "../../src/xlsx/readTemplate";
import type { TemplateSheet } from "../../src/workbook/templateSheet";
import type { ReportScope } from "../../src/core/report/scope";

const ERROR_TEXT = /^#(NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!)/;

/** What LibreOffice computed for a formula cell (ExcelJS gives { formula, result } or { error }). */
function computed(cell: ExcelJS.Cell): unknown {
  const value = cell.value as { formula?: string; result?: unknown; error?: string } | null;
  // ExcelJS reads a cached <v>0</v> as no result at all (it tests the value for truth); LibreOffice wrote 0.
  if (value && typeof value === "object" && "formula" in value && !("result" in value)) return 0;
  if (value && typeof value === "object" && "result" in value) {
    const result = value.result;
    if (result && typeof result === "object" && "error" in result) return (result as { error: string }).error;
    return result instanceof Date ? Math.round(result.getTime() / 86_400_000 + 25569) : result;
  }
  return value;
}

const dataSet = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });

/**
 * The report check of issue #6: the generated .xlsx is recalculated by LibreOffice with
 * recalculation forced on load, and every formula cell of the report sheets must equal the value
 * the engine computed for it (relative difference ≤ 1e-9) with no error cell.
 */
async function checkReport(template: ReportTemplate, period: string, templateSheets?: TemplateSheet[], scope?: ReportScope): Promise<ExcelJS.Workbook> {
  const { description } = generateReport(dataSet, {
    template,
    templateSheets,
    scope,
    period,
    asOf: "2026-11-27",
    compensation: { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(dataSet.reps) },
    includeDataSheets: true,
  });
  const recalculated = await recalculateWithLibreOffice(await writeWorkbookXlsx(description));
  const prefix = template === "custom" ? "" : template.toUpperCase();
  const dataSheets = new Set(["Opportunities", "Accounts", "Reps", "Quotas", "Territories", "FxRates", "Snapshots"]);
  // A template's own formulas (a total under a row block) carry no result: the check covers what the engine computed.
  const cells = formulaCells(description).filter((cell) => cell.sheet.startsWith(prefix) && !dataSheets.has(cell.sheet) && cell.expected !== undefined);
  const mismatches: string[] = [];
  const errors: string[] = [];
  for (const cell of cells) {
    const actual = computed(recalculated.getWorksheet(cell.sheet)!.getCell(cell.row + 1, cell.column + 1));
    if (typeof actual === "string" && ERROR_TEXT.test(actual)) errors.push(`${cell.sheet}!${cell.address} ${actual}: ${cell.formula.slice(0, 120)}`);
    else if (!sameResult(cell.expected, actual)) mismatches.push(`${cell.sheet}!${cell.address} expected ${JSON.stringify(cell.expected)} got ${JSON.stringify(actual)}: ${cell.formula.slice(0, 160)}`);
  }
  // Printed for the record: how many live formulas the check covered.
  process.stdout.write(`${prefix || "CUSTOM"} ${period}${scope ? ` (${JSON.stringify(scope)})` : ""} check: ${cells.length} formula cells, ${mismatches.length} mismatches, ${errors.length} error cells\n`);
  expect(errors.slice(0, 10)).toEqual([]);
  expect(mismatches.slice(0, 10)).toEqual([]);
  return recalculated;
}

describeWithOracle("libreoffice", "the demo reports recalculated by LibreOffice", () => {
  it("QBR: every formula cell gives the engine's result and none is an error", async () => {
    await checkReport("qbr", "FY2027-Q3");
  }, 400_000);
  it("QBR for one region: the formulas filter on the region's owners and still match the engine", async () => {
    const recalculated = await checkReport("qbr", "FY2027-Q3", undefined, { kind: "region", region: "EMEA" });
    const whole = generateReport(dataSet, { template: "qbr", period: "FY2027-Q3", asOf: "2026-11-27", includeDataSheets: false });
    const emeaBookings = computed(recalculated.getWorksheet("QBR Summary")!.getCell("C5")) as number;
    const allBookings = formulaCells(whole.description).find((cell) => cell.sheet === "QBR Summary" && cell.address === "C5")?.expected as number;
    expect(emeaBookings).toBeGreaterThan(0);
    expect(emeaBookings).toBeLessThan(allBookings);
  }, 400_000);
  it("MBR: every formula cell gives the engine's result and none is an error", async () => {
    await checkReport("mbr", "FY2027-M10");
  }, 400_000);
  it("a custom template: placeholders and expanded rows recalculate to the engine's figures, and the template's total adds up", async () => {
    const read = await readTemplateXlsx(readFileSync(path.join(__dirname, "../fixtures/templates/board-pack.xlsx")), "board-pack.xlsx");
    if (!read.ok) throw new Error(read.issues[0].message);
    const recalculated = await checkReport("custom", "FY2027-Q3", read.value);
    const sheet = recalculated.getWorksheet("Board pack FY2027-Q3")!;
    const bookings = computed(sheet.getCell("B2"));
    // The total row follows the expanded block: one row per rep, and the SUM covers them all.
    const totalRow = sheet.getColumn(1).values.findIndex((value) => value === "Total");
    expect(totalRow).toBeGreaterThan(10);
    expect(computed(sheet.getCell(totalRow, 2))).toBeCloseTo(bookings as number, 6);
  }, 400_000);
});
