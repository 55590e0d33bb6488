import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { backtestFunction, forecastFunction } from "../../../src/functions/functions";

import { excelErrorText as messageOf } from "../support/cliAndErrors";

installCustomFunctionsShim();


const column = (values: (number | string | null)[]): unknown[][] => values.map((value) => [value]);

describe("SALESOPS.FORECAST", () => {
  it("spills a linear forecast as one column, like FORECAST.LINEAR on 1..n", () => {
    expect(forecastFunction(column([3, 5, 7, 9]), 2, 0, "linear")).toEqual([[11], [13]]);
  });

  it("continues a seasonal series with ETS, interpolating blanks and dropping trailing ones", () => {
    const season = [10, 20, 30, 20];
    const values: (number | string | null)[] = [];
    for (let cycle = 0; cycle < 6; cycle += 1) for (const value of season) values.push(value + cycle * 4);
    values[9] = "";
    values.push(null, "");
    const forecast = forecastFunction(column(values), 4);
    expect(forecast).toHaveLength(4);
    // Each cycle adds 4, i.e. a trend of 1 a period under an unchanged season: the next cycle is season + 24.
    const expected = season.map((value) => value + 24);
    forecast.forEach(([value], index) => expect(Math.abs(value - expected[index])).toBeLessThan(1));
  });

  it("names the argument at fault", () => {
    expect(messageOf(() => forecastFunction(column([1, 2, 3]), 0))).toMatch(/^#VALUE! horizon:/);
    expect(messageOf(() => forecastFunction([[1, 2], [3, 4]], 1))).toBe("#VALUE! values: give one row or one column of values, not a 2×2 block.");
    expect(messageOf(() => forecastFunction(column([1, "x", 3]), 1))).toMatch(/^#VALUE! values: cell 2 holds "x"/);
    expect(messageOf(() => forecastFunction(column([1, 2]), 1))).toMatch(/^#VALUE! values: The series has 2 values/);
    expect(messageOf(() => forecastFunction(column([1, 2, 3, 4]), 1, 1, "arima"))).toMatch(/^#VALUE! method: "arima" is not one of/);
  });
});

describe("SALESOPS.BACKTEST", () => {
  it("spills method, MAPE, WAPE and MASE, with ETS beating seasonal naive on a trending seasonal series", () => {
    const values = Array.from({ length: 48 }, (_, i) => 100 + 10 * Math.sin((i * Math.PI) / 6) + i);
    const table = backtestFunction(column(values), 6);
    expect(table[0]).toEqual(["method", "MAPE", "WAPE", "MASE"]);
    expect(table.slice(1).map((row) => row[0])).toEqual(["ets", "linear", "seasonalNaive", "naive"]);
    const mase = (method: string): number => table.find((row) => row[0] === method)?.[3] as number;
    expect(mase("ets")).toBeLessThan(0.1);
    expect(mase("seasonalNaive")).toBeCloseTo(1, 6);
  });
});
