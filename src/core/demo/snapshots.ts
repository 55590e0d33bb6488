/**
 * The weekly pipeline snapshots: each is the open pipeline read from the deal plans on its date,
 * so deals created later are absent, stages, amounts and close dates are what they were that
 * week, and a deal that leaves the pipeline has been won or lost in the current data.
 */
import type { SnapshotOpportunity } from "../model/entities";
import { Day, isoOf } from "./dayCalendar";
import { dealStateOn, toOpportunity } from "./dealState";
import type { DemoDeal } from "./opportunities";
import { ownerOn } from "./org";
import type { StageLadder } from "./stageLadder";

export const SNAPSHOT_WEEKS = 13;

/**
 * Snapshot days, oldest first, a week apart, the last on the as-of date.
 * @example snapshotDays(100, 3) // [86, 93, 100]
 */
export function snapshotDays(asOf: Day, weeks: number = SNAPSHOT_WEEKS): Day[] {
  return Array.from({ length: weeks }, (_, i) => asOf - 7 * (weeks - 1 - i));
}

/**
 * Every deal open on each snapshot day, by date and then id.
 * @example buildSnapshots(deals, ladder, snapshotDays(asOf)).every((row) => row.createdDate <= row.snapshotDate) // true
 */
export function buildSnapshots(deals: readonly DemoDeal[], ladder: StageLadder, days: readonly Day[]): SnapshotOpportunity[] {
  const rows: SnapshotOpportunity[] = [];
  for (const day of days) {
    const snapshotDate = isoOf(day);
    for (const deal of deals) {
      if (deal.plan.created > day || deal.plan.resolved <= day) continue;
      const state = dealStateOn(deal.plan, ladder, day);
      const opportunity = toOpportunity(deal.plan, { id: deal.id, name: deal.name, ownerId: ownerOn(deal.territory, day) }, state);
      rows.push({ snapshotDate, ...opportunity });
    }
  }
  return rows;
}
