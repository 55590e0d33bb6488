import fc from "fast-check";
import { checkOpportunity } from "../../../../src/core/import/checkOpportunity";
import { opportunitySchema, Opportunity } from "../../../../src/core/model/entities";

/** Values near and across every boundary the schema draws, plus wrong types. */
const anyOf = (...values: unknown[]) => fc.constantFrom(...values);
const candidate = fc.record({
  id: anyOf("O-1", "", 7, null),
  name: anyOf("Deal", "", 3),
  accountId: anyOf("A", "", undefined),
  ownerId: anyOf("R", "", null),
  stage: anyOf("Prospecting", "", 1),
  forecastCategory: anyOf("Pipeline", "Best Case", "Commit", "Closed", "Omitted", "Forecast", "pipeline", ""),
  amount: anyOf(0, -5, 1200.5, Number.NaN, Number.POSITIVE_INFINITY, "100"),
  currency: anyOf("USD", "usd", "US", "EURO", ""),
  probability: anyOf(null, 0, 1, 0.5, -0.01, 1.01, Number.NaN, "0.5"),
  createdDate: anyOf("2026-11-27", "2024-02-29", "2025-02-29", "2026-13-01", "2026-1-1", "", 46353),
  closeDate: anyOf("2026-11-27", "2026-02-30", "27/11/2026"),
  type: anyOf("", "Renewal", null),
  product: anyOf("", "Platform", 5),
  termMonths: anyOf(null, 12, 0, -1, 0.5, Number.POSITIVE_INFINITY, "12"),
  extra: anyOf({}, { a: "b" }, { a: 1 }, null, []),
});

describe("checkOpportunity", () => {
  it("agrees with opportunitySchema on valid and invalid records", () => {
    fc.assert(
      fc.property(candidate, (record) => {
        const byHand = checkOpportunity(record as unknown as Opportunity) === null;
        expect(byHand).toBe(opportunitySchema.safeParse(record).success);
      }),
      { numRuns: 3000 },
    );
  });
});
