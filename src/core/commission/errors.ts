/**
 * Misuse of the commission API (a tier table that breaks its own rules passed to a primitive, a
 * non-finite amount): thrown, never returned. Expected problems in plans and data are issues.
 */
export class CommissionError extends Error {
  override name = "CommissionError";
}
