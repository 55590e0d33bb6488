/*
 * "Lock period" and what a later recalculation does with it: the locked payout never changes, the
 * difference is reported on the rep and paid as an adjustment line in the next period — within a
 * fiscal year and across its end — and a lock that cannot be honoured is an issue, never silence.
 */
import { COMMISSION_LOCKS_TABLE, lockedPayouts, lockPeriod, readCommissionLocks } from "../../../src/app/commissionLocks";
import { calculateCommissionPeriod, nextPeriodLabel } from "../../../src/app/commissionRun";
import { CommissionPeriodError, runCommissions, type CompensationSetup } from "../../../src/app/runCommissions";
import { DEMO_AE_PLAN, demoPlanAssignments } from "../../../src/core/commission";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import type { DataSet } from "../../../src/core/model/dataSet";
import { MemoryWorkbookPort } from "../../e2e/harness/memoryWorkbookPort";
import { smallDataSet } from "../../e2e/harness/smallDataSet";

const AT = "2026-11-27T15:30:00.000Z";
const setupFor = (dataSet: DataSet): CompensationSetup => ({
  plans: [DEMO_AE_PLAN],
  assignments: dataSet.reps.map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null })),
});
/** The small data set with R1's first won deal made bigger: what "the data changed after the lock" looks like. */
const withBiggerDeal = (dataSet: DataSet, by: number): DataSet => ({ ...dataSet, opportunities: dataSet.opportunities.map((deal) => (deal.id === "O1" ? { ...deal, amount: deal.amount + by } : deal)) });

describe("calculateCommissionPeriod", () => {
  it("without locks gives the same run as runCommissions (one engine, one chain)", async () => {
    const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
    const setup = { plans: [DEMO_AE_PLAN], assignments: demoPlanAssignments(demo.reps) };
    const seen: string[] = [];
    const { run, carried } = await calculateCommissionPeriod(demo, setup, "FY2027-Q3", { onProgress: (period) => seen.push(period) });
    expect(seen).toEqual(["FY2027-Q1", "FY2027-Q2", "FY2027-Q3"]);
    expect(carried).toEqual([]);
    expect(run).toEqual(runCommissions(demo, setup, "FY2027-Q3"));
  });

  it("names the next period across fiscal years, and refuses a label that is not a period", async () => {
    expect(nextPeriodLabel("FY2027-Q3")).toBe("FY2027-Q4");
    expect(nextPeriodLabel("FY2027-Q4")).toBe("FY2028-Q1");
    expect(nextPeriodLabel("FY2027-M12")).toBe("FY2028-M1");
    expect(nextPeriodLabel("FY2027")).toBe("FY2028");
    await expect(calculateCommissionPeriod(smallDataSet(4), setupFor(smallDataSet(4)), "Q3 2027")).rejects.toThrow(CommissionPeriodError);
  });
});

describe("lock, change, recalculate", () => {
  const dataSet = smallDataSet(40);
  const setup = setupFor(dataSet);

  async function lockedQ4(port = new MemoryWorkbookPort()) {
    const { run } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q4");
    const locked = await lockPeriod(port, run, { lockedBy: "Maya Lee", at: AT });
    if (!locked.ok) throw new Error(locked.issues[0].message);
    return { port, run, locks: locked.value.locks };
  }

  it("stores one row per rep in CommissionLocks and reads them back", async () => {
    const { port, run, locks } = await lockedQ4();
    expect(run.reps.map((rep) => rep.repId)).toEqual(["R1"]);
    expect(await port.readTable(COMMISSION_LOCKS_TABLE)).toEqual([
      ["rep_id", "period", "payout", "locked_at", "locked_by"],
      ["R1", "FY2027-Q4", run.reps[0].payout, AT, "Maya Lee"],
    ]);
    expect((await readCommissionLocks(port)).locks).toEqual(locks);
    expect(port.tables.get("commissionlocks")?.numberFormats).toEqual(["@", "@", "#,##0.00", "@", "@"]);
  });

  it("shows an unchanged recalculation as matching, and a change as the difference, never a new payout in the locked period's place", async () => {
    const { run, locks } = await lockedQ4();
    const same = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q4", { locked: lockedPayouts(locks) });
    expect(same.run.reps[0].locked).toEqual({ payout: run.reps[0].payout, difference: 0 });

    // 10,000 more credit on R1's first deal: more commission, in this tier and (marginal) in the tiers above.
    const changed = await calculateCommissionPeriod(withBiggerDeal(dataSet, 10_000), setup, "FY2027-Q4", { locked: lockedPayouts(locks) });
    const rep = changed.run.reps[0];
    expect(rep.payout).not.toBe(run.reps[0].payout);
    expect(rep.locked?.payout).toBe(run.reps[0].payout);
    expect(Math.round((rep.locked?.difference ?? 0) * 100)).toBe(Math.round((rep.payout - run.reps[0].payout) * 100));
    expect(rep.locked?.difference).toBeGreaterThan(0);
  });

  it("pays the difference as an adjustment line in the next period, across the fiscal year's end", async () => {
    const { run, locks } = await lockedQ4();
    const changedData = { ...withBiggerDeal(dataSet, 10_000), quotas: [...dataSet.quotas, { ownerId: "R1", period: "FY2028-Q1", amount: 250_000, currency: "USD", extra: {} }] };
    const q4 = await calculateCommissionPeriod(changedData, setup, "FY2027-Q4", { locked: lockedPayouts(locks) });
    const difference = q4.run.reps[0].locked?.difference ?? 0;
    const q1 = await calculateCommissionPeriod(changedData, setup, "FY2028-Q1", { locked: lockedPayouts(locks) });
    expect(q1.carried).toEqual([{ repId: "R1", period: "FY2028-Q1", amount: difference, reason: expect.stringContaining("FY2027-Q4 recalculated after it was locked") }]);
    const r1 = q1.run.reps.find((rep) => rep.repId === "R1");
    const adjustment = r1?.lines.find((line) => line.kind === "adjustment");
    expect(adjustment?.amount).toBe(difference);
    expect(r1?.totals.adjustments).toBe(difference);
    expect(r1?.payout).toBe(difference); // no deals close in FY2028-Q1: the adjustment is the whole payout
    expect(run.reps[0].payout + difference).toBeCloseTo(q4.run.reps[0].payout, 9);
  });

  it("says so when the rep owed an adjustment is not computed next period, or a locked rep cannot be recalculated", async () => {
    const { locks } = await lockedQ4();
    // No quota for R1 in FY2028-Q1: R1 is not computed there, so the difference cannot be paid.
    const q1 = await calculateCommissionPeriod(withBiggerDeal(dataSet, 10_000), setup, "FY2028-Q1", { locked: lockedPayouts(locks) });
    expect(q1.run.issues.find((issue) => issue.code === "adjustment_unapplied")?.message).toBe(
      "R1 is owed 1,299.00 from a locked period (FY2027-Q4 recalculated after it was locked: locked 30,706.40, now 32,005.40) but is not computed in FY2028-Q1: pay it by hand.",
    );
    // Without R1's quota, FY2027-Q4 cannot be recalculated: the lock is not silently dropped.
    const noQuota = await calculateCommissionPeriod({ ...dataSet, quotas: [] }, setup, "FY2027-Q4", { locked: lockedPayouts(locks) });
    expect(noQuota.run.issues.find((issue) => issue.code === "locked_not_computed")?.path).toEqual(["reps", "R1", "locked"]);
  });

  it("relocks only when asked, replacing the earlier lock of that rep and period", async () => {
    const { port, run } = await lockedQ4();
    const again = await lockPeriod(port, run, { lockedBy: "Sam Roe", at: "2026-12-01T09:00:00.000Z" });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.issues[0]).toMatchObject({ code: "already_locked", message: "FY2027-Q4 is already locked for R1 (last on 2026-11-27 by Maya Lee). Relock to replace that payout with the figures shown now." });
    const relocked = await lockPeriod(port, run, { lockedBy: "Sam Roe", at: "2026-12-01T09:00:00.000Z", relock: true });
    expect(relocked.ok && relocked.value.replaced).toBe(1);
    expect((await readCommissionLocks(port)).locks).toEqual([{ repId: "R1", period: "FY2027-Q4", payout: run.reps[0].payout, lockedAt: "2026-12-01T09:00:00.000Z", lockedBy: "Sam Roe" }]);
  });

  it("keeps other periods' locks, and refuses without a name or with rows it cannot read", async () => {
    const { port, run } = await lockedQ4();
    const { run: q3 } = await calculateCommissionPeriod(withBiggerDeal(dataSet, 0), setup, "FY2027-Q4");
    expect((await lockPeriod(port, { ...q3, period: "FY2027-Q3" }, { lockedBy: "Maya Lee", at: AT })).ok).toBe(true);
    expect((await readCommissionLocks(port)).locks.map((lock) => lock.period)).toEqual(["FY2027-Q4", "FY2027-Q3"]);
    const unnamed = await lockPeriod(port, run, { lockedBy: "  ", at: AT, relock: true });
    expect(!unnamed.ok && unnamed.issues[0].code).toBe("invalid_lock");

    (await port.readTable(COMMISSION_LOCKS_TABLE))?.push(["R2", "next quarter", "lots", AT, "Maya Lee"]);
    const read = await readCommissionLocks(port);
    expect(read.locks).toHaveLength(2);
    expect(read.issues[0].message).toBe("CommissionLocks row 4, column period: must be a fiscal period such as FY2027-Q3. The lock is ignored until the row is fixed.");
    const writes = port.calls.length;
    const refused = await lockPeriod(port, run, { lockedBy: "Maya Lee", at: AT, relock: true });
    expect(!refused.ok && refused.issues[0].code).toBe("unreadable_locks");
    expect(port.calls.length).toBe(writes);
  });

  it("refuses to lock a run with no rep computed", async () => {
    const port = new MemoryWorkbookPort();
    const { run } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q2");
    const refused = await lockPeriod(port, run, { lockedBy: "Maya Lee", at: AT });
    expect(!refused.ok && refused.issues[0].code).toBe("nothing_to_lock");
    expect(port.calls).toEqual([]);
  });
});
