/*
 * A pull kept as a dated pipeline snapshot: the open pipeline of the pulled data, as the Snapshots
 * table holds it (one row per open opportunity and snapshot date). The forecast waterfall moves the
 * pipeline between the first and the last snapshot date (src/app/runForecast.ts), so a pull a week
 * gives the weekly waterfall without any other tool. Open means what the waterfall counts as open:
 * not in a closed stage, and not Closed or Omitted.
 */
import type { Opportunity, SnapshotOpportunity } from "../core/model/entities";
import { findStage, type StageDefinition } from "../core/model/stageMap";

/**
 * Whether an opportunity is open pipeline. A stage the map lacks counts as open unless its category
 * says Closed, as the forecast engine reads it.
 * @example isOpenPipeline({ ...deal, stage: "Closed Won", forecastCategory: "Closed" }, DEFAULT_STAGE_MAP) // false
 */
export function isOpenPipeline(opportunity: Opportunity, stageMap: readonly StageDefinition[]): boolean {
  const stage = findStage(stageMap, opportunity.stage);
  const closed = stage?.closed ?? opportunity.forecastCategory === "Closed";
  return !closed && opportunity.forecastCategory !== "Omitted" && opportunity.forecastCategory !== "Closed";
}

/**
 * The snapshots with `date`'s rows replaced by the open pipeline of `opportunities` (a second pull on
 * the same day replaces that day's rows), ordered by date and then id. Pure.
 * @example withPipelineSnapshot([], opportunities, "2026-06-15", settings.stageMap).every((row) => row.snapshotDate === "2026-06-15") // true
 */
export function withPipelineSnapshot(snapshots: readonly SnapshotOpportunity[], opportunities: readonly Opportunity[], date: string, stageMap: readonly StageDefinition[]): SnapshotOpportunity[] {
  const kept = snapshots.filter((row) => row.snapshotDate !== date);
  const taken = opportunities.filter((opportunity) => isOpenPipeline(opportunity, stageMap)).map((opportunity): SnapshotOpportunity => ({ snapshotDate: date, ...opportunity }));
  const rows = [...kept, ...taken];
  // A stable sort by date keeps each day's rows in the order they were written.
  return rows.sort((a, b) => (a.snapshotDate < b.snapshotDate ? -1 : a.snapshotDate > b.snapshotDate ? 1 : 0));
}
