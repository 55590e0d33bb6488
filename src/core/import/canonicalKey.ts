/**
 * The key a record must not share with another record of its file (the values of its key fields).
 * @example canonicalKey({ ownerId: "R1", period: "FY2027-Q1" }, ["ownerId", "period"]) // "R1\u0000FY2027-Q1"
 */
export function canonicalKey(record: Record<string, unknown>, fields: readonly string[]): string {
  return fields.map((field) => String(record[field] ?? "")).join("\u0000");
}
