import fc from "fast-check";
import { generateDemoOrg } from "../../../../src/core/demo/generateDemoOrg";
import { territoryDataFromDataSet } from "../../../../src/core/territory/territoryData";
import { moveOutcomeRows, planMoves } from "../../../../src/core/territory/accountMoves";
import type { AccountMove } from "../../../../src/core/territory/moveTypes";
import { account, open, rep, smallOrg, territory, won } from "./fixtures";

// FY2027-Q4 with the year starting in February runs 2026-11-01 → 2027-01-31: 92 days.
const options = { asOf: "2026-11-27", fiscalStartMonth: 2, period: "FY2027-Q4" };

describe("account moves", () => {
  it("moves the account, its pipeline and a prorated share of quota", () => {
    // A2 holds 50 of W1's 150 potential; 2026-12-16 → 2027-01-31 is 47 of 92 days.
    const plan = planMoves(smallOrg(), [{ accountId: "A2", from: "W1", to: "W2", effectiveDate: "2026-12-16" }], options);
    expect(plan.issues).toEqual([]);
    const [outcome] = plan.outcomes;
    expect(outcome.applied).toBe(true);
    expect(outcome.share).toBeCloseTo(1 / 3, 12);
    expect(outcome.timeFactor).toBeCloseTo(47 / 92, 12);
    expect(outcome.quotaTransfer).toBeCloseTo((600 * 47) / 92 / 3, 9);
    expect(plan.quotaByTerritory.get("W1")).toBeCloseTo(600 - outcome.quotaTransfer, 9);
    expect(plan.quotaByTerritory.get("W2")).toBeCloseTo(300 + outcome.quotaTransfer, 9);
    const before = Object.fromEntries(plan.before.rows.map((row) => [row.territoryId, row]));
    const after = Object.fromEntries(plan.after.rows.map((row) => [row.territoryId, row]));
    expect([before.W1.potential, after.W1.potential, after.W2.potential]).toEqual([150, 100, 80]);
    // A2's TTM booking (200) goes with it; its pipeline was 0.
    expect([after.W1.bookingsTtm, after.W2.bookingsTtm, after.W2.customers]).toEqual([1000, 200, 1]);
    expect(after.WEST.quota).toBeCloseTo(900, 9);
    expect(plan.accounts.find((a) => a.id === "A2")?.territoryId).toBe("W2");
    // Potential 150/30/20 → 100/80/20: more even.
    expect(plan.balanceAfter.stats?.gini).toBeLessThan(plan.balanceBefore.stats?.gini ?? 0);
    expect(moveOutcomeRows(plan.outcomes)[1]).toEqual(["A2", "W1", "W2", "2026-12-16", true, outcome.share, outcome.timeFactor, outcome.quotaTransfer, 0, 0]);
  });

  it("shares by bookings or by account count, with or without proration", () => {
    const move: AccountMove = { accountId: "A1", from: "W1", to: "E1", effectiveDate: "2026-11-01" };
    const byBookings = planMoves(smallOrg(), [move], { ...options, share: "bookings" });
    // A1: 1000 of W1's 1200 TTM; the whole quarter is left.
    expect(byBookings.outcomes[0]).toMatchObject({ share: 1000 / 1200, timeFactor: 1, pipelineMoved: 700, openDeals: 1 });
    expect(byBookings.outcomes[0].quotaTransfer).toBeCloseTo(500, 9);
    const byCount = planMoves(smallOrg(), [{ ...move, effectiveDate: "2027-01-31" }], { ...options, share: "accounts", prorate: "none" });
    expect(byCount.outcomes[0]).toMatchObject({ share: 0.5, timeFactor: 1, quotaTransfer: 300 });
    const after = planMoves(smallOrg(), [{ ...move, effectiveDate: "2027-02-01" }], options);
    expect(after.outcomes[0]).toMatchObject({ applied: true, timeFactor: 0, quotaTransfer: 0 });
    const noBookings = planMoves(smallOrg(), [{ accountId: "A3", from: "W2", to: "W1", effectiveDate: "2026-12-01" }], { ...options, share: "bookings" });
    // W2 is left empty, so the max/min ratio after the move is undefined and said so.
    expect(noBookings.issues.map((i) => i.code)).toEqual(["no_share_basis", "zero_minimum"]);
    expect(noBookings.outcomes[0]).toMatchObject({ applied: true, quotaTransfer: 0, pipelineMoved: 300 });
  });

  it("applies moves in date order and rejects the invalid ones with their position", () => {
    const moves: AccountMove[] = [
      { accountId: "A1", from: "W2", to: "E1", effectiveDate: "2026-12-20" }, // after the next move, A1 is in W2
      { accountId: "A1", from: "W1", to: "W2", effectiveDate: "2026-12-01" },
      { accountId: "NOPE", from: "W1", to: "W2", effectiveDate: "2026-12-01" },
      { accountId: "A3", from: "W1", to: "W2", effectiveDate: "2026-12-01" },
      { accountId: "A3", from: "W2", to: "MARS", effectiveDate: "2026-12-01" },
      { accountId: "A3", from: "W2", to: "W2", effectiveDate: "2026-12-01" },
      { accountId: "A3", from: "W2", to: "W1", effectiveDate: "1 Dec" },
    ];
    const plan = planMoves(smallOrg(), moves, options);
    expect(plan.outcomes.map((o) => o.applied)).toEqual([true, true, false, false, false, false, false]);
    expect(plan.issues.map((i) => [i.code, i.path[1]])).toEqual([
      ["invalid_date", 6],
      ["unknown_account", 2],
      ["wrong_from_territory", 3],
      ["unknown_territory", 4],
      ["same_territory", 5],
    ]);
    expect(plan.accounts.find((a) => a.id === "A1")?.territoryId).toBe("E1");
  });

  it("conserves total quota, pipeline, potential and accounts through any sequence of moves", () => {
    const territories = [territory("ROOT"), ...["T1", "T2", "T3", "T4"].map((id) => territory(id, "ROOT", `R-${id}`))];
    const moveArb = fc.record({ account: fc.integer({ min: 0, max: 11 }), from: fc.constantFrom("T1", "T2", "T3", "T4"), to: fc.constantFrom("T1", "T2", "T3", "T4", "ROOT"), day: fc.integer({ min: 0, max: 120 }) });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 4, maxLength: 4 }),
        fc.array(moveArb, { maxLength: 15 }),
        fc.constantFrom("potential" as const, "bookings" as const, "accounts" as const),
        (homes, potentials, quotas, rawMoves, share) => {
          const accounts = homes.map((home, i) => account(`A${i}`, `T${home + 1}`, { potential: potentials[i] }));
          const deals = accounts.flatMap((a, i) => [open(a.id, 100 * i + 7), won(a.id, 50 * i, "2026-06-01")]);
          const data = { territories, accounts, deals, reps: territories.map((t) => rep(t.ownerId)), quotaByTerritory: new Map(quotas.map((q, i) => [`T${i + 1}`, q])) };
          const moves = rawMoves.map((m) => ({ accountId: `A${m.account}`, from: m.from, to: m.to, effectiveDate: `2026-${m.day < 61 ? "11" : "12"}-${String((m.day % 30) + 1).padStart(2, "0")}` }));
          const plan = planMoves(data, moves, { ...options, share });
          for (const name of ["quota", "openPipeline", "potential", "accounts", "bookingsTtm"] as const) {
            expect(plan.after.total[name]).toBeCloseTo(plan.before.total[name], 6);
          }
          const quotaAfter = [...plan.quotaByTerritory.values()].reduce((a, b) => a + b, 0);
          expect(quotaAfter).toBeCloseTo(quotas.reduce((a, b) => a + b, 0), 6);
          expect([...plan.quotaByTerritory.values()].every((q) => q >= -1e-9)).toBe(true);
          const movedPipeline = plan.outcomes.filter((o) => o.applied).length;
          expect(movedPipeline).toBeLessThanOrEqual(moves.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("account moves on the demo org", () => {
  it("moves the largest account of the richest territory to the poorest and conserves the totals", () => {
    const { data } = territoryDataFromDataSet(generateDemoOrg({ seed: 7, asOf: "2026-11-27" }), "FY2027-Q4");
    const plan0 = planMoves(data, [], options);
    const leaves = plan0.before.rows.filter((row) => row.isLeaf && row.territoryId.includes("-ENT-")).sort((a, b) => a.potential - b.potential);
    const [poorest, richest] = [leaves[0], leaves[leaves.length - 1]];
    const biggest = data.accounts.filter((a) => a.territoryId === richest.territoryId).sort((a, b) => (b.potential ?? 0) - (a.potential ?? 0))[0];
    const plan = planMoves(data, [{ accountId: biggest.id, from: richest.territoryId, to: poorest.territoryId, effectiveDate: "2026-12-01" }], options);
    expect(plan.issues).toEqual([]);
    expect(plan.outcomes[0].quotaTransfer).toBeGreaterThan(0);
    for (const name of ["quota", "openPipeline", "potential", "accounts"] as const) expect(plan.after.total[name]).toBeCloseTo(plan.before.total[name], 4);
    expect(plan.balanceAfter.stats?.maxMin).toBeLessThan(plan.balanceBefore.stats?.maxMin ?? 0);
  });
});
