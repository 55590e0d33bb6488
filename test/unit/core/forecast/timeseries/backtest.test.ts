import { backtest, holdout, MAX_ORIGINS } from "../../../../../src/core/forecast/timeseries/backtest";
import { TimeSeriesArgumentError } from "../../../../../src/core/forecast/timeseries/errors";
import { MONTHLY_PATTERN, seasonalSeries } from "./synthetic";

describe("backtest", () => {
  const series = seasonalSeries(72, MONTHLY_PATTERN, { trend: 1, noise: 2, seed: 4 });

  it("refits from several origins and scores every method", () => {
    const result = backtest(series, 6);
    if (!result.ok) throw new Error(result.issues[0].message);
    const { period, origins, scores } = result.value;
    expect(period).toBe(12);
    expect(origins).toEqual([61, 62, 63, 64, 65, 66]);
    expect(origins).toHaveLength(MAX_ORIGINS);
    expect(scores.map((score) => score.method)).toEqual(["ets", "linear", "seasonalNaive", "naive"]);
    const by = Object.fromEntries(scores.map((score) => [score.method, score]));
    // A seasonal series with trend: ETS must beat the benchmarks that ignore the season or the trend.
    expect(by.ets.mase).toBeLessThan(by.seasonalNaive.mase as number);
    expect(by.ets.mase).toBeLessThan(by.naive.mase as number);
    expect(by.ets.mase).toBeLessThan(by.linear.mase as number);
    expect(by.ets.wape).toBeLessThan(0.05);
    expect(by.ets.mape).toBeLessThan(0.05);
  });

  it("holdout forecasts the last h values once", () => {
    const result = holdout([5, 7, 6, 8, 7, 9, 8, 10], 2, 0);
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.value.origins).toEqual([6]);
    expect(result.value.lastForecasts.naive).toEqual([9, 9]);
    // actual [8, 10] vs naive [9, 9]: MAE 1; in-sample naive MAE over [5, 7, 6, 8, 7, 9] = 8/5 = 1.6
    const naive = result.value.scores.find((score) => score.method === "naive");
    expect(naive?.mase).toBeCloseTo(1 / 1.6, 12);
    expect(naive?.wape).toBeCloseTo(2 / 18, 12);
  });

  it("uses the given period for seasonal naive and the MASE scale", () => {
    const result = holdout(series, 12, 12);
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.value.period).toBe(12);
    expect(result.value.lastForecasts.seasonalNaive).toEqual(series.slice(48, 60));
  });

  it("returns too_short when no origin leaves enough history, and throws on a bad horizon", () => {
    expect(backtest(series.slice(0, 30), 12, 12)).toMatchObject({ ok: false, issues: [{ code: "too_short" }] });
    expect(backtest([1, 2, NaN, 4, 5, 6, 7], 1)).toMatchObject({ ok: false, issues: [{ code: "not_a_number" }] });
    expect(() => backtest(series, 0)).toThrow(TimeSeriesArgumentError);
    expect(() => holdout(series, 2, 2.5)).toThrow(TimeSeriesArgumentError);
  });
});
