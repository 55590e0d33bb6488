import fc from "fast-check";
import type { ForecastDeal } from "../../../../src/core/forecast/forecastDeal";
import { movePipeline } from "../../../../src/core/forecast/waterfall";

function deal(id: string, amount: number, closeDate: string, extra: Partial<ForecastDeal> = {}): ForecastDeal {
  return { id, ownerId: "R1", accountId: "A1", category: "Pipeline", amount, probability: 0.2, stage: "Prospecting", stageOrder: 1, closed: false, won: false, createdDate: "2026-08-01", closeDate, type: "", product: "", ...extra };
}

describe("pipeline waterfall", () => {
  const window = { start: "2026-11-01", end: "2027-01-31" };
  const startDeals = [
    deal("grows", 100, "2026-12-01"),
    deal("shrinks", 200.55, "2026-12-01"),
    deal("slips", 300, "2026-12-15"),
    deal("wins", 400, "2026-11-20"),
    deal("loses", 500, "2026-11-20"),
    deal("pulled", 600, "2027-03-01"),
    deal("outside", 700, "2027-05-01"),
  ];
  const endDeals = [
    deal("grows", 150.1, "2026-12-01"),
    deal("shrinks", 120, "2026-12-01"),
    deal("slips", 300, "2027-02-15"),
    deal("pulled", 650, "2027-01-10"),
    deal("outside", 700, "2027-05-01"),
    deal("new", 80, "2026-12-20"),
  ];
  const outcomes = [deal("wins", 420, "2026-11-20", { closed: true, won: true, category: "Closed" }), deal("loses", 500, "2026-11-20", { closed: true, category: "Omitted" })];

  it("puts every movement in its bucket and balances to the cent", () => {
    const { totals, balances, movements } = movePipeline({ startDeals, endDeals, outcomes, window });
    expect(totals).toEqual({ start: 1500.55, created: 80, pulledIn: 600, increased: 50.1 + 50 + 20, decreased: 80.55, pushedOut: 300, won: 420, lost: 500, end: 1000.1 });
    expect(balances).toBe(true);
    expect(movements.find((m) => m.id === "wins")?.buckets).toEqual([
      { bucket: "increased", amount: 20 },
      { bucket: "won", amount: 420 },
    ]);
    expect(movements.find((m) => m.id === "pulled")?.buckets).toEqual([
      { bucket: "pulledIn", amount: 600 },
      { bucket: "increased", amount: 50 },
    ]);
    expect(movements.some((m) => m.id === "outside")).toBe(false);
  });

  it("balances exactly for any pipeline", () => {
    const dates = fc.constantFrom("2026-10-15", "2026-11-15", "2026-12-31", "2027-01-31", "2027-02-01");
    const pipeline = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 60 }).map(String), amount: fc.double({ min: 0, max: 1e7, noNaN: true }), close: dates, omitted: fc.boolean() }), { selector: (d) => d.id, maxLength: 40 });
    fc.assert(
      fc.property(pipeline, pipeline, fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }).map(String), fc.boolean(), fc.double({ min: 0, max: 1e7, noNaN: true }))), (before, after, closed) => {
        const result = movePipeline({
          startDeals: before.map((d) => deal(d.id, d.amount, d.close, d.omitted ? { category: "Omitted" } : {})),
          endDeals: after.map((d) => deal(d.id, d.amount, d.close)),
          outcomes: closed.map(([id, won, amount]) => deal(id, amount, "2026-12-01", { closed: true, won, category: won ? "Closed" : "Omitted" })),
          window,
        });
        expect(result.balances).toBe(true);
        const t = result.totals;
        expect(Math.abs(t.start + t.created + t.pulledIn + t.increased - t.decreased - t.pushedOut - t.won - t.lost - t.end)).toBeLessThan(0.005);
      }),
    );
  });
});
