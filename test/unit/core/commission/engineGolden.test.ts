/**
 * Golden results of the engine: whole CommissionRuns (every payout, statement line, total, issue
 * and carried state) fingerprinted on seeded inputs and pinned in a snapshot. Written before the
 * engine's speed work, so any change to the engine's internals must leave these digests alone; a
 * change of behaviour shows up here and must be deliberate (update the snapshot with `jest -u`
 * and say why in the commit).
 */
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../../../src/core/commission/demoPlan";
import { calculateCommissions, calculatePeriods } from "../../../../src/core/commission/engine";
import type { Cancellation, CommissionRun } from "../../../../src/core/commission/types";
import { commissionBenchInput } from "../../../../bench/support/commissionInput";
import { BenchRandom } from "../../../../bench/support/prng";
import { demoOrg } from "../demo/demoOrgFixture";
import { GOLDEN_QUARTERS, goldenInput } from "./goldenInputs";
import { digestOf, summaryOf } from "./runDigest";

const pinned = (runs: readonly CommissionRun[]) => ({ digest: digestOf(runs), runs: runs.map(summaryOf) });

describe("engine golden results", () => {
  it("the demo org on the demo AE plan, a fiscal year of quarters, with cancellations", () => {
    const demo = demoOrg();
    const random = new BenchRandom(5);
    // Cancel about one won deal in twenty, 0–119 days after close: some within the 90-day window.
    const cancellations: Cancellation[] = demo.opportunities
      .filter((deal) => deal.stage === "Closed Won" && random.chance(0.05))
      .map((deal) => ({ opportunityId: deal.id, cancelDate: new Date(Date.parse(`${deal.closeDate}T00:00:00Z`) + random.below(120) * 86_400_000).toISOString().slice(0, 10) }));
    const runs = calculatePeriods({ plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps), data: demo, cancellations, priorState: "fresh" }, GOLDEN_QUARTERS);
    expect(runs.some((run) => run.reps.some((rep) => rep.totals.clawbacks !== 0))).toBe(true);
    expect(pinned(runs)).toMatchSnapshot();
  });

  it("a busy seeded input: every feature and most issues, a fiscal year of quarters", () => {
    const runs = calculatePeriods(goldenInput(), GOLDEN_QUARTERS);
    const kinds = new Set(runs.flatMap((run) => run.reps.flatMap((rep) => rep.lines.map((line) => line.kind))));
    expect([...kinds].sort()).toEqual(["adjustment", "bonus", "cap", "clawback", "commission", "draw", "drawRecovery", "multiplier", "spif", "trueUp"]);
    expect(pinned(runs)).toMatchSnapshot();
  });

  it("the busy input without carried state, for a year, a month and a label that is no period", () => {
    const input = goldenInput();
    const runs = [
      calculateCommissions({ ...input, period: "FY2027-Q3", priorState: undefined }),
      calculateCommissions({ ...input, period: "FY2027" }),
      calculateCommissions({ ...input, period: "FY2027-M7" }),
      calculateCommissions({ ...input, period: "not a period" }),
    ];
    expect(pinned(runs)).toMatchSnapshot();
  });

  it("the benchmark's shape at a twentieth of its size: splits, EUR deals, four marginal tiers and both caps", () => {
    const run = calculateCommissions(commissionBenchInput(40_000, 50));
    expect(run.issues).toEqual([]);
    expect(pinned([run])).toMatchSnapshot();
  });
});
