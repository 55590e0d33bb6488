/*
 * "Write statements": the use case over a workbook writer that records what it is given, and over
 * the real Office.js writer on the in-memory Excel host, whose export LibreOffice recalculates: the
 * statements' formulas compute the engine's payouts in an independent spreadsheet engine.
 */
import type ExcelJS from "exceljs";
import { calculateCommissionPeriod } from "../../../src/app/commissionRun";
import { writeStatements } from "../../../src/app/writeStatements";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../../src/core/commission";
import { statementWorkbook } from "../../../src/core/commission/statementWorkbook";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import { createExcelWorkbookWriter } from "../../../src/excel/writeWorkbook";
import { cellAddress } from "../../../src/workbook/a1";
import { isCellDescription } from "../../../src/workbook/description";
import { createExcelHost, exportToXlsx } from "../../host";
import { describeWithOracle } from "../../oracles/availability";
import { recalculateWithLibreOffice } from "../../oracles/libreoffice";
import { MemoryWorkbookWriter } from "../../e2e/harness/memoryWorkbookWriter";
import { smallDataSet } from "../../e2e/harness/smallDataSet";

const dataSet = smallDataSet(40);
const setup = { plans: [DEMO_AE_PLAN], assignments: dataSet.reps.map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null })) };

describe("writeStatements", () => {
  it("writes one statement sheet per rep, the deals named, and reports progress and the sheets written", async () => {
    const { run } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q4");
    const writer = new MemoryWorkbookWriter({ userSheets: () => ["Opportunities"] });
    const progress: string[] = [];
    const written = await writeStatements(writer, run, setup.plans, { opportunities: dataSet.opportunities, onProgress: (done, total, label) => progress.push(`${done}/${total} ${label}`) });
    expect(written).toEqual({ ok: true, value: [{ requested: "Stmt Ada Park", written: "Stmt Ada Park" }] });
    expect(progress).toEqual(["1/1 Stmt Ada Park"]);
    const sheet = writer.sheets.get("Stmt Ada Park");
    const firstLine = sheet?.blocks[1].rows[1];
    // The first deal's name looks like a formula: it stays text in the description (the writers write text as text).
    expect(firstLine?.slice(0, 3)).toEqual(["Commission", 'O1 =HYPERLINK("http://x","y")', "rates.tiers[0]"]);
    const total = sheet?.blocks[0].rows.flat().find((cell) => isCellDescription(cell) && cell.formula?.startsWith("=SUM("));
    expect(isCellDescription(total) && total.result).toBe(run.reps[0].payout);
  });

  it("writes only the chosen rep, and nothing when no rep was computed", async () => {
    const { run } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q4");
    const writer = new MemoryWorkbookWriter();
    expect((await writeStatements(writer, run, setup.plans, { repIds: ["R1"] })).ok).toBe(true);
    expect(writer.descriptions[0].sheets).toHaveLength(1);
    const { run: empty } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q2");
    const refused = await writeStatements(writer, empty, setup.plans);
    expect(!refused.ok && refused.issues[0]).toMatchObject({ code: "no_statements", message: expect.stringContaining("FY2027-Q2") });
    expect(writer.descriptions).toHaveLength(1);
  });

  it("passes a failing writer's error on: the writer left the workbook as it was", async () => {
    const { run } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q4");
    const writer = new MemoryWorkbookWriter({ failWith: { code: "AccessDenied", message: "The workbook is protected" } });
    await expect(writeStatements(writer, run, setup.plans)).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describeWithOracle("libreoffice", "statements written through Office.js, recalculated by LibreOffice", () => {
  it("keep text as text, and compute every total and component to the engine's figures", async () => {
    const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
    const plans = [DEMO_AE_PLAN];
    const { run } = await calculateCommissionPeriod(demo, { plans, assignments: demoPlanAssignments(demo.reps) }, "FY2027-Q3");
    const repIds = run.reps.filter((rep) => rep.lines.length > 3).slice(0, 6).map((rep) => rep.repId);
    const host = createExcelHost();
    const small = smallDataSet(40);
    const { run: smallRun } = await calculateCommissionPeriod(small, setup, "FY2027-Q4");
    const writer = createExcelWorkbookWriter(host.run, { isSetSupported: () => true });
    await writeStatements(writer, run, plans, { repIds, opportunities: demo.opportunities });
    await writeStatements(writer, smallRun, plans, { opportunities: small.opportunities });
    // The deal named like a formula stayed text in the workbook (the Deals column is text-formatted).
    expect(host.values("Stmt Ada Park").flat()).toContain('O1 =HYPERLINK("http://x","y")');

    const recalculated = await recalculateWithLibreOffice(await exportToXlsx(host));
    const expected = [...statementWorkbook(run, plans, { repIds }).sheets, ...statementWorkbook(smallRun, plans).sheets];
    let checked = 0;
    for (const sheet of expected) {
      const worksheet = recalculated.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      expect(worksheet).toBeDefined();
      sheet.blocks[0].rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!isCellDescription(cell) || !cell.formula) return;
          const value = worksheet.getCell(cellAddress(r, c)).value;
          const result = value !== null && typeof value === "object" && "result" in value ? value.result : value;
          expect([sheet.name, cell.formula, result]).toEqual([sheet.name, cell.formula, expect.closeTo(cell.result as number, 9)]);
          checked += 1;
        }),
      );
    }
    expect(checked).toBeGreaterThan(expected.length * 3);
  });
});
