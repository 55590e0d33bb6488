import { fail, ok, type Result } from "../../model/result";

/** A value in a series: a number, or null for a blank cell. */
export type SeriesValue = number | null;

/**
 * Checks a series and fills its gaps, the way Excel's FORECAST.ETS prepares its input.
 *
 * The values are taken as evenly spaced (Excel needs an explicit timeline with a constant step; here
 * the position is the timeline). Blanks (null) inside the series are filled by linear interpolation
 * between their neighbours, as Excel does with its default `data_completion` = 1. Leading and
 * trailing blanks are dropped, because there is nothing to interpolate from: a sheet range often
 * runs past the last filled month.
 *
 * Expected problems come back as issues: `not_a_number` (NaN or ±Infinity, with the position) and
 * `too_short` (fewer than `minLength` real values).
 *
 * @example
 * prepareSeries([10, null, 30, 40]) // { ok: true, value: [10, 20, 30, 40] }
 * prepareSeries([1, NaN, 3]).ok     // false: issue `not_a_number` at path [1]
 */
export function prepareSeries(values: readonly SeriesValue[], minLength = 3): Result<number[]> {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value !== null && !Number.isFinite(value)) {
      return fail("not_a_number", [index], `Value ${index + 1} is ${String(value)}, not a number: fix or clear that cell.`);
    }
  }
  let first = 0;
  while (first < values.length && values[first] === null) first++;
  let last = values.length - 1;
  while (last >= first && values[last] === null) last--;
  const filled: number[] = [];
  for (let index = first; index <= last; index++) {
    const value = values[index];
    if (value !== null) {
      filled.push(value);
      continue;
    }
    // Interpolate between the last known value and the next one, weighting by distance.
    let next = index + 1;
    while (values[next] === null) next++;
    const before = filled[filled.length - 1];
    const after = values[next] as number;
    const share = 1 / (next - index + 1);
    filled.push(before + (after - before) * share);
  }
  const known = values.filter((value) => value !== null).length;
  if (known < minLength) {
    return fail("too_short", [], `The series has ${known} values; at least ${minLength} are needed to forecast.`);
  }
  return ok(filled);
}
