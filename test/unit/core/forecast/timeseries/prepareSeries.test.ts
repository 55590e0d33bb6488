import fc from "fast-check";
import { prepareSeries } from "../../../../../src/core/forecast/timeseries/prepareSeries";

describe("prepareSeries", () => {
  it("fills inner blanks by linear interpolation, as FORECAST.ETS's data_completion = 1", () => {
    expect(prepareSeries([10, null, 30, 40])).toEqual({ ok: true, value: [10, 20, 30, 40] });
    expect(prepareSeries([10, null, null, 40], 2)).toEqual({ ok: true, value: [10, 20, 30, 40] });
  });

  it("drops leading and trailing blanks", () => {
    expect(prepareSeries([null, 1, 2, 3, null, null])).toEqual({ ok: true, value: [1, 2, 3] });
  });

  it("returns typed issues for NaN and too few values", () => {
    expect(prepareSeries([1, NaN, 3])).toEqual({ ok: false, issues: [expect.objectContaining({ code: "not_a_number", path: [1] })] });
    expect(prepareSeries([1, Infinity, 3]).ok).toBe(false);
    expect(prepareSeries([1, null, 2])).toEqual({ ok: false, issues: [expect.objectContaining({ code: "too_short" })] });
  });

  it("keeps every known value and fills each gap inside its neighbours' range", () => {
    const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 3, maxLength: 40 }), (values) => {
        const result = prepareSeries(values, 1);
        if (!result.ok) return values.every((value) => value === null);
        const first = values.findIndex((value) => value !== null);
        return result.value.every((filled, index) => {
          const original = values[first + index];
          if (original !== null) return filled === original;
          const before = values.slice(0, first + index).filter((v): v is number => v !== null).pop() as number;
          const after = values.slice(first + index).find((v): v is number => v !== null) as number;
          return filled >= Math.min(before, after) - 1e-6 && filled <= Math.max(before, after) + 1e-6;
        });
      }),
    );
  });
});
