import { buildMbr } from "../../../../src/core/report/mbr";
import { buildQbr } from "../../../../src/core/report/qbr";
import { ReportError } from "../../../../src/core/report/reportError";
import type { DataSet } from "../../../../src/core/model/dataSet";
import type { Opportunity, SnapshotOpportunity } from "../../../../src/core/model/entities";
import { isCellDescription, WorkbookDescription } from "../../../../src/workbook/description";
import { smallDataSet } from "../../../e2e/harness/smallDataSet";
import { formulaCells } from "../../../support/formulaCells";

const AS_OF = "2026-11-27";

function cellText(description: WorkbookDescription, sheetName: string): string[] {
  const sheet = description.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return sheet.blocks.flatMap((block) => block.rows.flatMap((row) => row.map((entry) => (isCellDescription(entry) ? String(entry.value ?? entry.result ?? "") : String(entry ?? "")))));
}

describe("QBR builder", () => {
  const dataSet = smallDataSet(40);

  it("refuses a period that is not a fiscal quarter, naming it", () => {
    expect(() => buildQbr(dataSet, { period: "FY2027-M10", asOf: AS_OF })).toThrow(ReportError);
    expect(() => buildQbr(dataSet, { period: "Q4", asOf: AS_OF })).toThrow(/"Q4" is not a fiscal quarter or month/);
  });

  it("gives every formula the result the engine expects, in the sheets a QBR has", () => {
    const { description } = buildQbr(dataSet, { period: "FY2027-Q4", asOf: AS_OF });
    expect(description.sheets.map((s) => s.name)).toEqual(["QBR Summary", "QBR Attainment", "QBR Pipeline", "QBR Trend", "QBR FX"]);
    const cells = formulaCells(description);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((cell) => cell.expected === undefined)).toEqual([]);
  });

  it("adds up closed-won bookings at the close date's rate", () => {
    const { description } = buildQbr(dataSet, { period: "FY2027-Q4", asOf: AS_OF });
    const eur = dataSet.fxRates.find((rate) => rate.currency === "EUR" && (rate.period === "FY2027-M10" || rate.period === "FY2027-Q4" || rate.period === "FY2027"));
    const expected = dataSet.opportunities
      .filter((o) => o.stage === "Closed Won")
      .reduce((sum, o) => sum + o.amount * (o.currency === "EUR" ? (eur?.rateToCorporate ?? NaN) : 1), 0);
    const bookings = formulaCells(description).find((cell) => cell.sheet === "QBR Summary" && cell.address === "C5");
    expect(bookings?.formula).toMatch(/^=SUMPRODUCT\(SUMIFS\(Opportunities\[amount\],Opportunities\[stage\],"Closed Won"/);
    expect(bookings?.expected).toBeCloseTo(expected, 6);
  });
});

describe("MBR builder", () => {
  /** One open deal whose close date moved out twice across three weekly snapshots, one past its date. */
  function withHistory(): DataSet {
    const base = smallDataSet(8);
    const pushed: Opportunity = { ...base.opportunities[1], id: "PUSHED", stage: "Proposal", forecastCategory: "Commit", closeDate: "2026-12-20" };
    const overdue: Opportunity = { ...base.opportunities[2], id: "OVERDUE", stage: "Proposal", forecastCategory: "Commit", closeDate: "2026-11-10" };
    const snapshot = (date: string, close: string): SnapshotOpportunity => ({ ...pushed, snapshotDate: date, closeDate: close });
    return {
      ...base,
      opportunities: [...base.opportunities, pushed, overdue],
      snapshots: [snapshot("2026-11-06", "2026-11-20"), snapshot("2026-11-13", "2026-11-30"), snapshot("2026-11-20", "2026-12-20")],
    };
  }

  it("lists open deals past their close date or pushed twice, with the reason", () => {
    const { description } = buildMbr(withHistory(), { period: "FY2027-M10", asOf: AS_OF });
    expect(description.sheets.map((s) => s.name)).toEqual(["MBR Summary", "MBR Pipeline", "MBR At risk", "MBR FX"]);
    const atRisk = cellText(description, "MBR At risk");
    expect(atRisk).toContain("PUSHED");
    expect(atRisk).toContain("pushed 2 times");
    expect(atRisk).toContain("OVERDUE");
    expect(atRisk).toContain("close date passed");
  });

  it("refuses a quarter", () => {
    expect(() => buildMbr(smallDataSet(4), { period: "FY2027-Q4", asOf: AS_OF })).toThrow(/An MBR covers a fiscal month/);
  });
});
