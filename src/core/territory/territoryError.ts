/**
 * Misuse of the territory engine's API (an invalid as-of date, an unknown index name passed past the
 * type checker): a bug in the caller, never a problem in the user's data, which comes back as issues.
 */
export class TerritoryError extends Error {
  override name = "TerritoryError";
}
