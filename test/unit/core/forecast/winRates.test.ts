import { ClosedDealHistory, historicalWinRates, sizeBand } from "../../../../src/core/forecast/winRates";
import { furthestStages } from "../../../../src/core/forecast/stageHistory";
import { DEFAULT_STAGE_MAP } from "../../../../src/core/model/stageMap";

function closed(id: string, won: boolean, furthest: number | null, segment = "Enterprise", amount = 50_000, closeDate = "2026-06-01"): ClosedDealHistory {
  return { id, segment, amount, won, closeDate, furthestStageOrder: furthest };
}

describe("historical win rates", () => {
  const options = { lookBack: { start: "2026-01-01", end: "2026-12-31" }, minDeals: 3, sizeBandUpperBounds: [25_000, 100_000] };

  it("counts, for each stage, the closed deals that reached it and the share won", () => {
    const history = [closed("w1", true, null), closed("w2", true, null), closed("l1", false, 1), closed("l2", false, 3), closed("l3", false, 3), closed("l4", false, 5)];
    const table = historicalWinRates(history, [1, 2, 3, 4, 5], options);
    // Stage 1: all six reached it, two won. Stage 4: w1, w2, l4 reached it.
    expect(table.rateFor(1, "Enterprise", 50_000)).toEqual({ rate: 2 / 6, deals: 6, won: 2, grouping: "stage+segment+size" });
    expect(table.rateFor(4, "Enterprise", 50_000)).toEqual({ rate: 2 / 3, deals: 3, won: 2, grouping: "stage+segment+size" });
    expect(table.issues).toEqual([]);
  });

  it("falls back to coarser groupings below the minimum count and says which it used", () => {
    const history = [closed("a", true, null, "SMB", 5_000), closed("b", false, 2, "SMB", 5_000), closed("c", false, 2, "SMB", 60_000), closed("d", true, null, "Enterprise", 60_000), closed("e", false, 1, "Enterprise", 60_000)];
    const table = historicalWinRates(history, [1, 2], options);
    expect(table.rateFor(2, "SMB", 5_000)).toEqual({ rate: 1 / 3, deals: 3, won: 1, grouping: "stage+segment" });
    expect(table.rateFor(2, "Enterprise", 60_000)).toEqual({ rate: 2 / 4, deals: 4, won: 2, grouping: "stage" });
    expect(table.rateFor(9, "Enterprise", 60_000)).toEqual({ rate: 2 / 5, deals: 5, won: 2, grouping: "all" });
  });

  it("leaves out deals closed outside the look-back and reports lost deals without history", () => {
    const table = historicalWinRates([closed("old", true, null, "SMB", 1, "2025-01-01"), closed("x", false, null), closed("y", true, null)], [1], { ...options, minDeals: 1 });
    expect(table.rateFor(1, "Enterprise", 50_000)).toMatchObject({ deals: 1, won: 1 });
    expect(table.issues[0].code).toBe("unknown_stage_history");
    expect(table.issues[0].message).toMatch(/^1 lost deals have no stage history/);
  });

  it("bands deal sizes by upper bound", () => {
    expect(sizeBand(24_999, [25_000, 100_000])).toBe(0);
    expect(sizeBand(25_000, [25_000, 100_000])).toBe(1);
    expect(sizeBand(1e9, [25_000, 100_000])).toBe(2);
  });

  it("finds the furthest open stage from snapshots and a last-stage column", () => {
    const furthest = furthestStages(
      [
        { id: "O1", stage: "Qualification" },
        { id: "O1", stage: "Proposal/Price Quote" },
        { id: "O1", stage: "Closed Lost" },
        { id: "O2", stage: "Prospecting" },
      ],
      [{ id: "O2", lastStage: "Value Proposition" }],
      DEFAULT_STAGE_MAP,
    );
    expect(furthest.get("O1")).toBe(7);
    expect(furthest.get("O2")).toBe(4);
    expect(furthest.has("O3")).toBe(false);
  });
});
