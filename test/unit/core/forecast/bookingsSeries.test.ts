import { bookingsSeries } from "../../../../src/core/forecast/bookingsSeries";
import type { ForecastDeal } from "../../../../src/core/forecast/forecastDeal";

const deal = (id: string, amount: number, closeDate: string, won = true): ForecastDeal => ({ id, ownerId: "R1", accountId: "A1", category: won ? "Closed" : "Omitted", amount, probability: 1, stage: "", stageOrder: 9, closed: true, won, createdDate: "2025-01-01", closeDate, type: "", product: "" });

describe("bookingsSeries", () => {
  it("sums closed-won amounts per fiscal quarter, with zeros for quarters without bookings", () => {
    const deals = [deal("a", 100, "2026-02-10"), deal("b", 50, "2026-04-30"), deal("c", 999, "2026-05-01", false), deal("d", 25, "2026-11-27"), deal("e", 7, "2026-11-28")];
    expect(bookingsSeries(deals, 2, "quarter", "2026-02-01", "2026-11-27")).toEqual({ grain: "quarter", periods: ["FY2027-Q1", "FY2027-Q2", "FY2027-Q3", "FY2027-Q4"], values: [150, 0, 0, 25] });
  });

  it("runs month by month across fiscal years", () => {
    const series = bookingsSeries([deal("a", 10, "2027-01-15"), deal("b", 20, "2027-02-03")], 2, "month", "2026-12-01", "2027-02-28");
    expect(series.periods).toEqual(["FY2027-M11", "FY2027-M12", "FY2028-M1"]);
    expect(series.values).toEqual([0, 10, 20]);
  });
});
