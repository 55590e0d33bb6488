import { parseCsv, toCsv } from "../../../../src/core/import/csv";
import { QUOTAS_FILE, recordsToRows } from "../../../../src/core/model/canonicalFiles";
import { dataSetRows } from "../../../../src/core/model/dataSet";
import { parseSettings } from "../../../../src/core/model/settings";
import { normalizeForecastCategory } from "../../../../src/core/model/stageMap";

describe("canonical files", () => {
  it("lays records out canonical columns first, then every extra column", () => {
    const rows = recordsToRows(QUOTAS_FILE, [
      { ownerId: "R1", period: "FY2027-Q1", amount: 250000, currency: "USD", extra: { note: "ramp" } },
      { ownerId: "R2", period: "FY2027-Q1", amount: 300000.5, currency: "EUR", extra: { plan: "AE" } },
    ]);
    expect(rows).toEqual([
      ["owner_id", "period", "amount", "currency", "note", "plan"],
      ["R1", "FY2027-Q1", 250000, "USD", "ramp", ""],
      ["R2", "FY2027-Q1", 300000.5, "EUR", "", "AE"],
    ]);
  });

  it("writes CSV that parses back to the same text, quoting commas and quotes", () => {
    const rows = [
      ["id", "name", "amount"],
      ["O-1", 'Acme, "Phase 2"', 1200.5],
    ];
    const text = toCsv(rows);
    expect(text).toBe('id,name,amount\nO-1,"Acme, ""Phase 2""",1200.5\n');
    expect(parseCsv(text)).toEqual([
      ["id", "name", "amount"],
      ["O-1", 'Acme, "Phase 2"', "1200.5"],
    ]);
    expect(parseCsv("\uFEFFa,b\r\n1,2\r\n\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("lays out only the record sets a partial data set has", () => {
    const laidOut = dataSetRows({ fxRates: [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.1 }] });
    expect(laidOut.map((set) => set.file.fileName)).toEqual(["fx_rates.csv"]);
    expect(laidOut[0].rows).toEqual([
      ["currency", "period", "rate_to_corporate"],
      ["EUR", "FY2027", 1.1],
    ]);
  });
});

describe("settings and stages", () => {
  it("upgrades a settings file without a version and rejects a bad month", () => {
    const parsed = parseSettings({ fiscalYearStartMonth: 1, corporateCurrency: "EUR" });
    expect(parsed.success && parsed.data.version).toBe(1);
    expect(parsed.success && parsed.data.stageMap.length).toBeGreaterThan(5);
    expect(parseSettings({ fiscalYearStartMonth: 13 }).success).toBe(false);
  });

  it("reads Salesforce's Forecast as the Commit category", () => {
    expect(normalizeForecastCategory("Forecast")).toBe("Commit");
    expect(normalizeForecastCategory("BestCase")).toBe("Best Case");
    expect(normalizeForecastCategory(" best_case ")).toBe("Best Case");
    expect(normalizeForecastCategory("Omitted")).toBe("Omitted");
    expect(normalizeForecastCategory("maybe")).toBeNull();
  });
});
