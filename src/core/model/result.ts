/**
 * The expected-problem channel: a bad row, an invalid plan, an unknown currency come back as
 * typed issues with a code, a path and a message the user can act on. Misuse of our own API throws.
 */
export interface Issue {
  /** A stable machine-readable code, e.g. `invalid_date`. */
  code: string;
  /** Where the problem is: a field name, a row number, an argument position. */
  path: (string | number)[];
  /** What is wrong and what to do, in words an analyst understands. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, path: Issue["path"], message: string): Result<T> {
  return { ok: false, issues: [{ code, path, message }] };
}
