import { linearFit, linearForecast } from "../../../../../src/core/forecast/timeseries/linear";
import { TimeSeriesArgumentError } from "../../../../../src/core/forecast/timeseries/errors";

describe("linearForecast", () => {
  it("matches least squares worked by hand", () => {
    // x = 1..4, y = 2, 4, 5, 8: x̄ = 2.5, ȳ = 4.75, Sxy = 9.5, Sxx = 5 → slope 1.9, intercept 0
    const fit = linearFit([2, 4, 5, 8]);
    expect(fit.slope).toBeCloseTo(1.9, 12);
    expect(fit.intercept).toBeCloseTo(0, 12);
    expect(fit.residuals.map((r) => Number(r.toFixed(10)))).toEqual([0.1, 0.2, -0.7, 0.4]);
    // FORECAST.LINEAR(5, {2,4,5,8}, {1,2,3,4}) = 9.5 and (6, …) = 11.4
    const [five, six] = linearForecast([2, 4, 5, 8], 2);
    expect(five).toBeCloseTo(9.5, 12);
    expect(six).toBeCloseTo(11.4, 12);
  });

  it("continues an exact line and is flat for one value", () => {
    expect(linearForecast([10, 12, 14], 2)).toEqual([16, 18]);
    expect(linearForecast([7], 2)).toEqual([7, 7]);
  });

  it("throws a named error for a horizon that is not a whole number ≥ 1", () => {
    expect(() => linearForecast([1, 2, 3], 0)).toThrow(TimeSeriesArgumentError);
    expect(() => linearForecast([1, 2, 3], 1.5)).toThrow(/horizon/);
  });
});
