import { balanceReport } from "../../../../src/core/territory/balanceReport";
import { balanceRows, territoryMetricsRows } from "../../../../src/core/territory/metricsTable";
import { movesFromRows, movesToRows } from "../../../../src/core/territory/movesTable";
import { territoryMetrics } from "../../../../src/core/territory/territoryMetrics";
import { smallOrg } from "./fixtures";

describe("territory tables", () => {
  it("round-trips moves and reads Excel dates, reporting bad rows by number", () => {
    const moves = [{ accountId: "A1", from: "W1", to: "W2", effectiveDate: "2026-12-01" }];
    expect(movesFromRows(movesToRows(moves))).toEqual({ moves, issues: [] });
    const { moves: read, issues } = movesFromRows([
      ["Account ID", "From", "To", "Effective Date"],
      ["A1", "W1", "W2", 46357],
      ["A2", "W1", "", "2026-12-01"],
      ["A3", "W1", "W2", "next week"],
    ]);
    expect(read).toEqual(moves);
    expect(issues.map((issue) => issue.path)).toEqual([
      [3, "to"],
      [4, "effective_date"],
    ]);
    expect(movesFromRows([["account_id"]]).issues[0].code).toBe("missing_column");
  });

  it("lays metrics and balance out as rows", () => {
    const rows = territoryMetricsRows(territoryMetrics(smallOrg(), { asOf: "2026-11-27", fiscalStartMonth: 2 }).rows);
    expect(rows[0]).toEqual(["territory_id", "name", "parent_id", "owner_id", "depth", "is_leaf", "accounts", "customers", "prospects", "potential", "openPipeline", "bookingsTtm", "bookingsPriorYear", "workload", "headcount", "quota"]);
    expect(rows[2]).toEqual(["W1", "W1", "WEST", "R1", 1, true, 2, 2, 0, 150, 700, 1200, 700, 2, 1, 600]);
    const { indexes, items } = balanceRows(balanceReport([{ id: "A", value: 1 }, { id: "B", value: 3 }]).report);
    expect(indexes.find(([label]) => label === "cv")).toEqual(["cv", 0.5]);
    expect(items[1]).toEqual(["A", 1, 0.5, "below"]);
  });
});
