import { mape, mase, naiveForecast, seasonalNaiveForecast, seasonalNaiveScale, wape } from "../../../../../src/core/forecast/timeseries/metrics";
import { TimeSeriesArgumentError } from "../../../../../src/core/forecast/timeseries/errors";

describe("accuracy metrics on a hand-computed example", () => {
  const actual = [100, 200, 50];
  const forecast = [110, 180, 60]; // absolute errors 10, 20, 10
  const history = [90, 100, 95, 105];

  it("MAPE = mean(10/100, 20/200, 10/50) = 0.4/3", () => {
    expect(mape(actual, forecast)).toBeCloseTo(0.4 / 3, 12);
  });

  it("WAPE = 40/350", () => {
    expect(wape(actual, forecast)).toBeCloseTo(40 / 350, 12);
  });

  it("MASE divides the MAE (40/3) by the in-sample (seasonal) naive MAE", () => {
    // naive: |100−90|, |95−100|, |105−95| → 25/3; seasonal (m = 2): |95−90|, |105−100| → 5
    expect(seasonalNaiveScale(history, 1)).toBeCloseTo(25 / 3, 12);
    expect(mase(actual, forecast, history, 1)).toBeCloseTo(40 / 3 / (25 / 3), 12);
    expect(mase(actual, forecast, history, 2)).toBeCloseTo(40 / 3 / 5, 12);
  });

  it("skips zero actuals in MAPE and returns null where a metric is undefined", () => {
    expect(mape([0, 100], [5, 90])).toBeCloseTo(0.1, 12);
    expect(mape([0, 0], [1, 1])).toBeNull();
    expect(wape([0, 0], [1, 1])).toBeNull();
    expect(mase([1], [2], [5, 5, 5], 1)).toBeNull(); // a flat history has no scale
    expect(mase([1], [2], [5], 1)).toBeNull();
  });

  it("naive and seasonal naive forecasts repeat the last value or season", () => {
    expect(naiveForecast([3, 5], 2)).toEqual([5, 5]);
    expect(seasonalNaiveForecast([1, 2, 3, 4], 3, 2)).toEqual([3, 4, 3]);
    expect(() => seasonalNaiveForecast([1, 2], 1, 3)).toThrow(TimeSeriesArgumentError);
  });
});
