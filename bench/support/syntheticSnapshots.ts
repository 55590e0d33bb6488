/*
 * Two weekly-style pipeline snapshots for the waterfall and the stage history: the open deals closing
 * around the current quarter as they stood three and one weeks before the as-of date. The earlier one
 * has deals a stage or two behind, with other amounts and close dates, so every bucket moves.
 */
import type { Opportunity, SnapshotOpportunity } from "../../src/core/model/entities";
import { DEFAULT_STAGE_MAP } from "../../src/core/model/stageMap";
import { BenchRandom } from "./prng";
import { dayOf, isoOf } from "./syntheticDeals";

const OPEN_STAGES = DEFAULT_STAGE_MAP.filter((stage) => !stage.closed);

export const SNAPSHOT_DATES = ["2026-10-30", "2026-11-20"] as const;

/** About `share` of the deals closing from October 2026 to July 2027 that were open on each date. */
export function syntheticSnapshots(opportunities: readonly Opportunity[], seed: number, share: number): SnapshotOpportunity[] {
  const random = new BenchRandom(seed);
  const [first, second] = SNAPSHOT_DATES;
  const rows: SnapshotOpportunity[] = [];
  const openStage = (name: string): number => OPEN_STAGES.findIndex((stage) => stage.stage === name);
  for (const opportunity of opportunities) {
    if (opportunity.closeDate < "2026-10-01" || opportunity.closeDate > "2027-07-31" || !random.chance(share)) continue;
    const closedNow = opportunity.stage === "Closed Won" || opportunity.stage === "Closed Lost";
    // A closed deal's last open stage is where it stood before it closed.
    const latest = closedNow ? openStage(opportunity.extra.last_stage ?? "Prospecting") : openStage(opportunity.stage);
    for (const date of [first, second]) {
      if (opportunity.createdDate > date || (closedNow && opportunity.closeDate <= date)) continue;
      const earlier = date === first;
      const index = earlier ? Math.max(0, latest - random.below(3)) : latest;
      const stage = OPEN_STAGES[Math.max(0, index)];
      const shiftDays = earlier && random.chance(0.3) ? random.below(61) - 30 : 0;
      rows.push({
        ...opportunity,
        stage: stage.stage,
        forecastCategory: stage.category,
        amount: earlier && random.chance(0.2) ? Math.round(opportunity.amount * (0.8 + random.next() * 0.4) * 100) / 100 : opportunity.amount,
        closeDate: shiftDays === 0 ? opportunity.closeDate : isoOf(dayOf(opportunity.closeDate) + shiftDays),
        extra: {},
        snapshotDate: date,
      });
    }
  }
  return rows;
}
