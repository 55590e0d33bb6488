import { parseAmountInput, amountText } from "../../../src/taskpane/views/forecast/amountInput";
import { compactMoney, days, fullMoney, multiple, percent } from "../../../src/taskpane/views/forecast/formatFigures";
import { dataIssuesMessage, noDataMessage, sheetFailedMessage } from "../../../src/taskpane/views/forecast/forecastMessages";
import { periodChoices, stepPeriod } from "../../../src/taskpane/views/forecast/periodChoices";

describe("periodChoices", () => {
  it("opens on the quarter of today in the workbook's fiscal calendar", () => {
    // The fiscal year starts in February: 27 November 2026 is in FY2027's fourth quarter.
    expect(periodChoices("2026-11-27", 2).current).toBe("FY2027-Q4");
    expect(periodChoices("2026-11-27", 1).current).toBe("FY2026-Q4");
  });

  it("offers the past year of quarters and the next three, the months around today, and three fiscal years", () => {
    const choices = periodChoices("2026-11-27", 2);
    expect(choices.quarters).toEqual(["FY2026-Q4", "FY2027-Q1", "FY2027-Q2", "FY2027-Q3", "FY2027-Q4", "FY2028-Q1", "FY2028-Q2", "FY2028-Q3"]);
    expect(choices.months).toEqual(["FY2027-M7", "FY2027-M8", "FY2027-M9", "FY2027-M10", "FY2027-M11", "FY2027-M12"]);
    expect(choices.years).toEqual(["FY2026", "FY2027", "FY2028"]);
  });

  it("steps across fiscal years in both directions", () => {
    expect(stepPeriod({ grain: "month", fiscalYear: 2027, index: 12 }, 1)).toEqual({ grain: "month", fiscalYear: 2028, index: 1 });
    expect(stepPeriod({ grain: "quarter", fiscalYear: 2027, index: 1 }, -5)).toEqual({ grain: "quarter", fiscalYear: 2025, index: 4 });
    expect(stepPeriod({ grain: "year", fiscalYear: 2027, index: 0 }, -1)).toEqual({ grain: "year", fiscalYear: 2026, index: 0 });
  });
});

describe("figure formatting", () => {
  it("is compact in the grid and full in the tooltip", () => {
    expect(compactMoney(1_234_567, "USD")).toBe("$1.2M");
    expect(compactMoney(250_000, "USD")).toBe("$250K");
    expect(compactMoney(-1_500, "EUR")).toBe("-€1.5K");
    expect(fullMoney(1_234_567.4, "USD")).toBe("$1,234,567");
    expect(compactMoney(null, "USD")).toBe("—");
  });

  it("shows coverage as a multiple, attainment as a percentage, cycles in days", () => {
    expect(multiple(2.345)).toBe("2.35x");
    expect(percent(0.8734)).toBe("87.3%");
    expect(percent(null)).toBe("—");
    expect(days(1)).toBe("1 day");
    expect(days(63.4)).toBe("63 days");
  });
});

describe("parseAmountInput", () => {
  it.each([
    ["1,250,000", 1_250_000],
    ["$1.25M", 1_250_000],
    ["850k", 850_000],
    [" 1.1m ", 1_100_000],
    ["0", 0],
    ["-5000", -5_000],
  ])("reads %p as %p", (text, amount) => expect(parseAmountInput(text)).toBe(amount));

  it("takes blank as clearing the override, and refuses what it can't read", () => {
    expect(parseAmountInput("  ")).toBeNull();
    expect(parseAmountInput("about a million")).toBe("invalid");
    expect(parseAmountInput("1.2.3")).toBe("invalid");
  });

  it("prefills whole units the way it reads them back", () => {
    expect(amountText(328_803.4)).toBe("328,803");
    expect(parseAmountInput(amountText(328_803.4))).toBe(328_803);
  });
});

describe("the Forecast view's messages", () => {
  it("says to load sample data or import when there is no Opportunities table", () => {
    const message = noDataMessage([{ code: "missing_table", path: ["Opportunities"], message: "The workbook has no Opportunities table. Load sample data or import first." }]);
    expect(message.intent).toBe("warning");
    expect(message.body).toContain("Load sample data or import first");
    expect(message.body).toContain("then choose Refresh");
  });

  it("lists the first five data issues and counts the rest", () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ code: "invalid_value", path: ["Opportunities", i + 2, "amount"], message: `Opportunities row ${i + 2}, column amount: not a number.` }));
    const message = dataIssuesMessage(issues);
    expect(message?.title).toBe("8 data issues in the workbook");
    expect(message?.details).toHaveLength(6);
    expect(message?.details?.at(-1)).toBe("…and 3 more.");
    expect(dataIssuesMessage([])).toBeNull();
  });

  it("says what to do when the sheet can't be written, by Excel's error code", () => {
    const error = Object.assign(new Error("The sheet Forecast holds data that is not the Forecast table"), { code: "SHEET_HAS_OTHER_DATA" });
    expect(sheetFailedMessage(error).body).toBe("The sheet Forecast holds data that is not the Forecast table. Rename or delete that sheet (the add-in needs its name for its table), then try again.");
  });
});
