import fc from "fast-check";
import { CreditEntries, groupCredits, rankDays } from "../../../../src/core/commission/creditEntries";
import { CreditTable, countDeals, creditsFrom, sumCredit } from "../../../../src/core/commission/creditTable";
import type { Opportunity } from "../../../../src/core/model/entities";
import { deal } from "./fixtures";

/** The order the engine promises: segment, then close date, then as added. */
function referenceOrder(segments: number[], days: number[], ranks: Int32Array): number[] {
  return segments.map((_, e) => e).sort((a, b) => segments[a] - segments[b] || ranks[days[a]] - ranks[days[b]] || a - b);
}

describe("the credit table", () => {
  it("ranks dates", () => {
    expect(rankDays(["2026-05-02", "2026-04-30", "2026-05-01"])).toEqual({ dates: ["2026-04-30", "2026-05-01", "2026-05-02"], rankOf: Int32Array.from([2, 0, 1]) });
  });

  it("puts entries in segment, then date, then added order — in one pass or two", () => {
    const entry = fc.record({ segment: fc.nat(5), day: fc.nat(6), share: fc.constantFrom(1, 0.5) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.boolean(), (rows, withShares) => {
        const deals = rows.map(() => deal());
        const days = rankDays(["2026-05-09", "2026-05-01", "2026-06-30", "2026-05-02", "2026-07-31", "2026-05-15", "2026-06-01"]);
        // 6 segments make few (segment, day) pairs: one pass; 100,000 make many: two passes.
        for (const segmentCount of [6, 100_000]) {
          const entries = new CreditEntries(4, withShares);
          rows.forEach((row, i) => entries.add(row.segment, i, row.day, row.share, i / 10, i % 4));
          const { table, segmentStarts } = groupCredits(entries, days, segmentCount, deals, new Int32Array(rows.length));
          const order = referenceOrder(rows.map((row) => row.segment), rows.map((row) => row.day), days.rankOf);
          expect([...table.deal]).toEqual(order);
          expect([...table.credit]).toEqual(order.map((i) => i / 10));
          expect([...table.role]).toEqual(order.map((i) => i % 4));
          expect([...table.share]).toEqual(withShares ? order.map((i) => rows[i].share) : []);
          // One [id] array per deal, at every position of the deal.
          expect(table.ids).toEqual(order.map((i) => [deals[i].id]));
          for (let s = 0; s < 6; s += 1) expect(segmentStarts[s + 1] - segmentStarts[s]).toBe(rows.filter((row) => row.segment === s).length);
        }
      }),
    );
  });

  function tableOf(deals: Opportunity[], dealOfEntry: number[], hash: (id: string) => number): CreditTable {
    const entries = new CreditEntries(1);
    dealOfEntry.forEach((d, i) => entries.add(0, d, 0, 1, 10 * (i + 1), 0));
    return groupCredits(entries, rankDays(["2026-05-15"]), 1, deals, Int32Array.from(deals.map((d) => hash(d.id)))).table;
  }

  it("counts distinct deal ids, also when the data repeats an id or two ids hash alike", () => {
    const a = deal();
    const b = deal();
    const again = { ...a, amount: 1 };
    const deals = [a, b, again];
    for (const hash of [(id: string) => id.length, () => 7]) {
      const table = tableOf(deals, [0, 0, 1, 2, 2], hash);
      // A deal's entries share one [id] array; a repeated id in another deal gets its own.
      expect(table.ids[0]).toBe(table.ids[1]);
      expect(table.ids[3]).not.toBe(table.ids[0]);
      expect(countDeals({ table, start: 0, end: 5 })).toBe(2);
      expect(countDeals({ table, start: 2, end: 5 })).toBe(2);
      expect(countDeals({ table, start: 3, end: 5 })).toBe(1);
      expect(countDeals({ table, start: 0, end: 0 })).toBe(0);
    }
    const distinct = [deal(), deal(), deal()];
    expect(countDeals({ table: tableOf(distinct, [0, 1, 2, 1], () => 7), start: 0, end: 4 })).toBe(3);
  });

  it("adds credit up in accrual order and finds the part of a segment closed from a date", () => {
    const dates = ["2026-05-20", "2026-04-10", "2026-06-01"];
    const dayOfEntry = [1, 0, 2, 1];
    const deals = dayOfEntry.map((day) => deal({ closeDate: dates[day] }));
    const entries = new CreditEntries(2);
    dayOfEntry.forEach((day, i) => entries.add(0, i, day, 1, 0.1 * (i + 1), 0));
    const { table } = groupCredits(entries, rankDays(dates), 1, deals, new Int32Array(4));
    const all = { table, start: 0, end: 4 };
    // Accrual order: 04-10 (entries 0 and 3), 05-20 (entry 1), 06-01 (entry 2).
    expect([...table.deal]).toEqual([0, 3, 1, 2]);
    expect(sumCredit(all)).toBe(0.1 + 0.4 + 0.2 + 0.3);
    const may = creditsFrom(all, "2026-05-01");
    expect([may.start, may.end]).toEqual([2, 4]);
    expect(creditsFrom(all, "2026-04-10")).toBe(all);
    expect(creditsFrom(all, "2026-06-01").start).toBe(3);
    expect(creditsFrom(all, "2026-07-01").start).toBe(4);
  });
});
