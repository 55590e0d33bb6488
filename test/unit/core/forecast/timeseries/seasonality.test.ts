import { autocorrelation, detectSeasonality, seasonalityCandidates } from "../../../../../src/core/forecast/timeseries/seasonality";
import { gaussian, MONTHLY_PATTERN, QUARTER_END_PATTERN, QUARTERLY_PATTERN, seasonalSeries } from "./synthetic";

describe("detectSeasonality", () => {
  it("computes the textbook autocorrelation", () => {
    expect(autocorrelation([1, -1, 1, -1], 2)).toEqual([1, -0.75, 0.5]);
  });

  it.each([1, 2, 3, 4, 5])("finds 12 in a monthly series with trend and noise (seed %i)", (seed) => {
    expect(detectSeasonality(seasonalSeries(60, MONTHLY_PATTERN, { trend: 0.8, noise: 4, seed }))).toBe(12);
  });

  it("lists nested seasons: quarter-end spikes peak at 3 or 6, the year at 12", () => {
    const candidates = seasonalityCandidates(seasonalSeries(60, QUARTER_END_PATTERN, { trend: 0.8, noise: 4 }));
    expect(candidates).toContain(12);
    expect(candidates.slice(0, 2).some((period) => period === 3 || period === 6)).toBe(true);
  });

  it("finds 12 in a smooth sine season", () => {
    const monthly = Array.from({ length: 48 }, (_, t) => 100 + t + 10 * Math.sin((2 * Math.PI * t) / 12));
    expect(detectSeasonality(monthly)).toBe(12);
  });

  it.each([1, 2, 3, 4, 5])("finds 4 in a quarterly series (seed %i)", (seed) => {
    expect(detectSeasonality(seasonalSeries(32, QUARTERLY_PATTERN, { trend: 2, noise: 2, seed }))).toBe(4);
  });

  it.each([11, 12, 13, 14, 15, 16, 17, 18])("finds none in white noise, a trend or a random walk (seed %i)", (seed) => {
    const draw = gaussian(seed);
    const noise = Array.from({ length: 120 }, () => 50 + 5 * draw());
    const trend = noise.map((value, t) => value + 2 * t);
    let level = 100;
    const walk = noise.map((value) => (level += value - 50));
    expect([detectSeasonality(noise), detectSeasonality(trend), detectSeasonality(walk)]).toEqual([1, 1, 1]);
  });

  it("respects a maximum period and needs two full cycles", () => {
    const monthly = seasonalSeries(60, MONTHLY_PATTERN, { noise: 1 });
    expect(detectSeasonality(monthly, 6)).not.toBe(12);
    expect(detectSeasonality(monthly.slice(0, 20))).not.toBe(12);
    expect(detectSeasonality([1, 2, 3])).toBe(1);
  });
});
