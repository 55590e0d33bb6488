/**
 * Misuse of the time-series API (a horizon of 0, a period that is not a whole number) throws this
 * named error; problems in the data itself (too few points, a NaN) come back as typed issues instead,
 * because a user can fix those in the sheet while a bad argument is a bug in the caller.
 */
export class TimeSeriesArgumentError extends Error {
  override readonly name = "TimeSeriesArgumentError";

  constructor(
    /** The argument at fault, e.g. `horizon`. */
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Throws {@link TimeSeriesArgumentError} unless `value` is a whole number ≥ `min`.
 * @example assertWholeNumber("horizon", 12, 1) // passes
 */
export function assertWholeNumber(argument: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new TimeSeriesArgumentError(argument, `${argument} must be a whole number ≥ ${min}; got ${String(value)}.`);
  }
}
