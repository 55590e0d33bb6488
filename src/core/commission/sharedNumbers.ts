/**
 * Numbers that many statement lines repeat (a tier's rate), held so that every line can point to
 * one copy. V8 keeps an array of only numbers as raw doubles, and storing one of them in an
 * object field boxes a fresh 16-byte heap number per store: a million lines, 16 MB. An array that
 * once held a non-number keeps its elements as boxed values for good, so reading one hands out
 * the same box each time. Results are the same numbers either way; only memory differs.
 */

/**
 * The values in an array that hands out one shared box per value.
 * @example shareNumbers([0.04, 0.08])[1] // 0.08
 */
export function shareNumbers(values: readonly number[]): readonly number[] {
  const shared: (number | string)[] = [""];
  shared.pop();
  for (const value of values) shared.push(value);
  return shared as number[];
}
