import { forecastAccuracy } from "../../../../../src/core/forecast/timeseries/forecastAccuracy";

describe("forecastAccuracy", () => {
  it("scores each period and summarises bias, MAPE and WAPE", () => {
    const result = forecastAccuracy([110, 90, 240], [100, 100, 200]);
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.value.periods.map((period) => [period.error, period.absoluteError])).toEqual([
      [10, 10],
      [-10, 10],
      [40, 40],
    ]);
    expect(result.value.periods.map((period) => period.errorPercent)).toEqual([0.1, -0.1, 0.2]);
    expect(result.value.bias).toBeCloseTo(0.2 / 3, 12); // over-forecast on average
    expect(result.value.mape).toBeCloseTo(0.4 / 3, 12);
    expect(result.value.wape).toBeCloseTo(60 / 400, 12);
  });

  it("skips periods with a blank and a zero actual's percentage", () => {
    const result = forecastAccuracy([100, null, 5], [80, 90, 0]);
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.value.periods.map((period) => period.index)).toEqual([0, 2]);
    expect(result.value.periods[1].errorPercent).toBeNull();
    expect(result.value.bias).toBeCloseTo(0.25, 12);
    expect(result.value.wape).toBeCloseTo(25 / 80, 12);
  });

  it("returns issues for ranges of different lengths and NaN", () => {
    expect(forecastAccuracy([1, 2], [1])).toMatchObject({ ok: false, issues: [{ code: "length_mismatch" }] });
    expect(forecastAccuracy([1, NaN], [1, 2])).toMatchObject({ ok: false, issues: [{ code: "not_a_number", path: [1] }] });
  });
});
