/*
 * Weekly pipeline snapshots for the report benchmark: on the first three and the last three Fridays
 * of the reviewed quarter (FY2027-Q3, August to October 2026), the open deals closing in that
 * quarter or the next, as they stood that day. The further a snapshot is from a deal's close, the
 * further behind its stage; some earlier rows carry another amount or close date, so the QBR's
 * waterfall has every kind of movement.
 */
import type { Opportunity, SnapshotOpportunity } from "../../src/core/model/entities";
import { DEFAULT_STAGE_MAP } from "../../src/core/model/stageMap";
import { BenchRandom } from "./prng";
import { dayOf, isoOf } from "./syntheticDeals";

const OPEN_STAGES = DEFAULT_STAGE_MAP.filter((stage) => !stage.closed);
export const REPORT_SNAPSHOT_DATES = ["2026-08-07", "2026-08-14", "2026-08-21", "2026-10-16", "2026-10-23", "2026-10-30"] as const;
const FIRST_CLOSE = "2026-08-01";
const LAST_CLOSE = "2027-01-31";
/** Share of the eligible deals a snapshot holds: keeps the table near 100,000 rows per million deals. */
const SHARE = 0.35;

/** The snapshot rows, deterministic for a seed. */
export function reportSnapshots(opportunities: readonly Opportunity[], seed: number): SnapshotOpportunity[] {
  const random = new BenchRandom(seed);
  const openIndex = new Map(OPEN_STAGES.map((stage, i) => [stage.stage, i]));
  const dates = REPORT_SNAPSHOT_DATES.map((iso) => ({ iso, day: dayOf(iso) }));
  const rows: SnapshotOpportunity[] = [];
  for (const opportunity of opportunities) {
    if (opportunity.closeDate < FIRST_CLOSE || opportunity.closeDate > LAST_CLOSE || !random.chance(SHARE)) continue;
    const closed = opportunity.stage === "Closed Won" || opportunity.stage === "Closed Lost";
    // Where the deal stands last: its current open stage, or the stage it closed from.
    const latest = closed ? (openIndex.get(opportunity.extra.last_stage ?? "") ?? 0) : (openIndex.get(opportunity.stage) ?? 0);
    const closeDay = dayOf(opportunity.closeDate);
    for (const date of dates) {
      if (opportunity.createdDate > date.iso || (closed && opportunity.closeDate <= date.iso)) continue;
      const weeksOut = Math.max(0, Math.floor((closeDay - date.day) / 7));
      const stage = OPEN_STAGES[Math.max(0, latest - random.below(Math.min(4, 1 + Math.floor(weeksOut / 4))))];
      const shiftDays = random.chance(0.15) ? random.below(61) - 30 : 0;
      rows.push({
        ...opportunity,
        stage: stage.stage,
        forecastCategory: stage.category,
        probability: null,
        amount: random.chance(0.1) ? Math.round(opportunity.amount * (0.8 + random.next() * 0.4) * 100) / 100 : opportunity.amount,
        closeDate: shiftDays === 0 ? opportunity.closeDate : isoOf(closeDay + shiftDays),
        extra: {},
        snapshotDate: date.iso,
      });
    }
  }
  return rows;
}
