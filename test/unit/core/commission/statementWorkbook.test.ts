/*
 * Commission statements as a workbook description: one sheet per rep, Excel-valid unique names,
 * and formulas whose results are the engine's figures — checked by evaluating the sheets with
 * HyperFormula, an independent spreadsheet engine, so "the lines add up to the payout" is proven
 * by a spreadsheet, not only by our own arithmetic.
 */
import { HyperFormula } from "hyperformula";
import { runCommissions } from "../../../../src/app/runCommissions";
import { CommissionError, DEMO_AE_PLAN, demoPlanAssignments, type CommissionRun, type RepPeriodResult } from "../../../../src/core/commission";
import { statementWorkbook } from "../../../../src/core/commission/statementWorkbook";
import { currencyFormat, tierLabel } from "../../../../src/core/commission/statementWorkbookFormats";
import { safeSheetName, statementSheetNames } from "../../../../src/core/commission/statementWorkbookNames";
import { generateDemoOrg } from "../../../../src/core/demo/generateDemoOrg";
import { parseCellAddress } from "../../../../src/workbook/a1";
import { isCellDescription, type SheetDescription } from "../../../../src/workbook/description";

const cents = (amount: number) => Math.round(amount * 100);

/** The sheet as HyperFormula's input: formulas as text, constants as they are (text that looks like a formula quoted). */
function grid(sheet: SheetDescription): (string | number | boolean | null)[][] {
  const cells: (string | number | boolean | null)[][] = [];
  for (const block of sheet.blocks) {
    const at = parseCellAddress(block.at);
    block.rows.forEach((row, r) => {
      row.forEach((entry, c) => {
        const formula = isCellDescription(entry) ? entry.formula : undefined;
        const value = isCellDescription(entry) ? (entry.value ?? null) : (entry ?? null);
        (cells[at.row + r] ??= [])[at.column + c] = formula ?? (typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value);
      });
    });
  }
  return Array.from({ length: cells.length }, (_, r) => Array.from({ length: 8 }, (_, c) => cells[r]?.[c] ?? null));
}

/** Every formula cell: its address, formula and the result the builder expects. */
function formulas(sheet: SheetDescription): { row: number; column: number; formula: string; result: unknown }[] {
  return sheet.blocks.flatMap((block) => {
    const at = parseCellAddress(block.at);
    return block.rows.flatMap((row, r) => row.flatMap((entry, c) => (isCellDescription(entry) && entry.formula ? [{ row: at.row + r, column: at.column + c, formula: entry.formula, result: entry.result }] : [])));
  });
}

function lineAmounts(sheet: SheetDescription): number[] {
  const lines = sheet.blocks[1];
  return lines.rows.slice(1).map((row) => row[6]).filter((value): value is number => typeof value === "number");
}

describe("statementWorkbook on the demo org", () => {
  const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
  const run = runCommissions(demo, { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps) }, "FY2027-Q3");
  const book = statementWorkbook(run, [DEMO_AE_PLAN]);

  it("has one sheet per rep, named after the rep, unique and within Excel's rules", () => {
    expect(run.reps.length).toBeGreaterThan(10);
    expect(book.sheets).toHaveLength(run.reps.length);
    const names = book.sheets.map((sheet) => sheet.name);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      expect(name.startsWith("Stmt ")).toBe(true);
    }
    expect(book.sheets[0].name).toBe(`Stmt ${run.reps[0].repName}`.slice(0, 31));
    expect(book.activeSheet).toBe(book.sheets[0].name);
  });

  it("sets the total as a live SUM over the line amounts whose result is the payout, and the lines sum exactly to it", () => {
    book.sheets.forEach((sheet, i) => {
      const rep = run.reps[i];
      const total = formulas(sheet).find((cell) => cell.formula.startsWith("=SUM("));
      expect(total?.formula).toMatch(/^=SUM\(G\d+:G\d+\)$/);
      expect(total?.result).toBe(rep.payout);
      const amounts = lineAmounts(sheet);
      expect(amounts).toHaveLength(rep.lines.length);
      expect(amounts.reduce((sum, amount) => sum + cents(amount), 0)).toBe(cents(rep.payout));
    });
  });

  it("computes in a spreadsheet engine to the results it carries (HyperFormula)", () => {
    for (const sheet of book.sheets.slice(0, 8)) {
      const hf = HyperFormula.buildFromSheets({ S: grid(sheet) }, { licenseKey: "gpl-v3" });
      try {
        for (const cell of formulas(sheet)) {
          const value = hf.getCellValue({ sheet: 0, row: cell.row, col: cell.column });
          expect(typeof value).toBe("number");
          expect(value as number).toBeCloseTo(cell.result as number, 9);
        }
      } finally {
        hf.destroy();
      }
    }
  });

  it("formats money in the plan currency, prints landscape one page wide, and freezes the title", () => {
    const sheet = book.sheets[0];
    expect(sheet.print).toEqual({ orientation: "Landscape", fitToWidth: true, titleRows: "1:2" });
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.blocks[1].columnFormats).toEqual(["@", "@", "@", "@", currencyFormat("USD"), "0.00%", currencyFormat("USD"), "@"]);
    const total = sheet.blocks[0].rows.find((row) => isCellDescription(row[0]) && row[0].value === "Total payout");
    expect(isCellDescription(total?.[1]) && total?.[1].numberFormat).toBe('"$"#,##0.00;-"$"#,##0.00');
  });

  it("heads each statement with rep, period, plan, quota, credit and attainment", () => {
    const rep = run.reps.find((candidate) => candidate.quota !== null) as RepPeriodResult;
    const sheet = book.sheets[run.reps.indexOf(rep)];
    const labels = new Map(sheet.blocks[0].rows.filter((row) => isCellDescription(row[0]) && row[1] !== undefined).map((row) => [(row[0] as { value: string }).value, row[1]]));
    expect(labels.get("Rep")).toBe(`${rep.repName} (${rep.repId})`);
    expect(labels.get("Period")).toBe("FY2027-Q3");
    expect(labels.get("Plan")).toBe("Account Executive plan FY2027 (AE-FY27)");
    expect(labels.get("Quota")).toEqual({ value: rep.quota, numberFormat: currencyFormat("USD") });
    expect(labels.get("Attainment")).toMatchObject({ formula: expect.stringMatching(/^=B\d+\/B\d+$/), result: rep.attainment });
    const header = sheet.blocks[1].rows[0].map((cell) => (isCellDescription(cell) ? cell.value : cell));
    expect(header).toEqual(["Kind", "Deals", "Rule", "Tier", "Basis", "Rate", "Amount", "Description"]);
  });

  it("writes only the chosen reps, and refuses a rep the run does not have", () => {
    const chosen = statementWorkbook(run, [DEMO_AE_PLAN], { repIds: [run.reps[2].repId], dealNames: new Map([[run.reps[2].lines[0]?.opportunityIds[0] ?? "", "Acme renewal"]]) });
    expect(chosen.sheets.map((sheet) => sheet.name)).toEqual([book.sheets[2].name]);
    expect(() => statementWorkbook(run, [DEMO_AE_PLAN], { repIds: ["NOBODY"] })).toThrow(CommissionError);
  });
});

describe("statement details", () => {
  const rep = (overrides: Partial<RepPeriodResult>): RepPeriodResult => ({
    repId: "R1", repName: "Ada Park", period: "FY2027-Q4", currency: "EUR", segments: [{ planId: "AE-FY27", from: "2026-11-01", to: "2027-01-31", prorationFactor: 1, credit: 0, quota: null, attainment: null, ytd: null, targetIncentive: null, creditedDeals: 0 }],
    credit: 0, quota: null, attainment: null, commissionByTier: [], totals: { commission: 0, multipliers: 0, caps: 0, trueUp: 0, bonuses: 0, spifs: 0, clawbacks: 0, adjustments: 0, earnings: 0, draws: 0, drawRecovery: 0 },
    payout: 0, drawBalance: 0, lines: [], locked: null, issues: [], ...overrides,
  });
  const runOf = (reps: RepPeriodResult[]): CommissionRun => ({ period: "FY2027-Q4", range: { start: "2026-11-01", end: "2027-01-31" }, reps, issues: [], state: [] });

  it("gives a rep with no lines a zero total over a placeholder row, and says there is no quota", () => {
    const [sheet] = statementWorkbook(runOf([rep({})]), [DEMO_AE_PLAN]).sheets;
    const total = formulas(sheet).find((cell) => cell.formula.startsWith("=SUM("));
    expect(total?.result).toBe(0);
    const hf = HyperFormula.buildFromSheets({ S: grid(sheet) }, { licenseKey: "gpl-v3" });
    expect(hf.getCellValue({ sheet: 0, row: total?.row ?? 0, col: 1 })).toBe(0);
    hf.destroy();
    expect(JSON.stringify(sheet.blocks[0].rows)).toContain("No quota");
    expect(JSON.stringify(sheet.blocks[1].rows)).toContain("No statement lines in this period.");
    expect(sheet.blocks[1].columnFormats?.[6]).toBe('"€"#,##0.00;-"€"#,##0.00');
  });

  it("shows a locked payout and the difference as a formula, paid next period", () => {
    const line = { repId: "R1", period: "FY2027-Q4", planId: "AE-FY27", kind: "commission" as const, opportunityIds: ["O1"], rule: "rates.tiers[1]", tier: 1, basis: 1000, rate: 0.08, amount: 80, description: "Core" };
    const [sheet] = statementWorkbook(runOf([rep({ lines: [line], payout: 80, locked: { payout: 75.5, difference: 4.5 } })]), [DEMO_AE_PLAN]).sheets;
    const difference = formulas(sheet).find((cell) => /^=B\d+-B\d+$/.test(cell.formula));
    expect(difference?.result).toBe(4.5);
    expect(JSON.stringify(sheet)).toContain("Paid as an adjustment in the next period");
    expect(sheet.blocks[1].rows[1]).toEqual(["Commission", "O1", "rates.tiers[1]", "Core (50–100%)", 1000, 0.08, 80, "Core"]);
  });
});

describe("statementSheetNames", () => {
  it("keeps names unique ignoring case, within 31 characters, and free of Excel's forbidden characters", () => {
    const names = statementSheetNames([
      { repId: "R1", repName: "Ada Park" },
      { repId: "R2", repName: "ada park" },
      { repId: "R3", repName: "Maximilian Alexander Featherstonehaugh-Smythe" },
      { repId: "R4", repName: "Maximilian Alexander Featherstonehaugh-Smythe" },
      { repId: "R5", repName: "O'Brien: [EMEA]/North*?" },
      { repId: "R6", repName: "   " },
    ]);
    expect(names).toEqual(["Stmt Ada Park", "Stmt ada park (2)", "Stmt Maximilian Alexander Feath", "Stmt Maximilian Alexander F (2)", "Stmt O'Brien EMEA North", "Stmt R6"]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it("never splits an emoji and never starts or ends with an apostrophe", () => {
    expect(safeSheetName(`${"x".repeat(30)}😀`)).toBe("x".repeat(30));
    expect(safeSheetName("'quoted'")).toBe("quoted");
  });

  it("labels tiers from the plan", () => {
    expect(tierLabel({ planId: "AE-FY27", tier: 3 }, [DEMO_AE_PLAN])).toBe("Super-accelerator (150%+)");
    expect(tierLabel({ planId: "OTHER", tier: 0 }, [DEMO_AE_PLAN])).toBe("Tier 1");
    expect(tierLabel({ planId: "AE-FY27", tier: null }, [DEMO_AE_PLAN])).toBeNull();
  });
});
