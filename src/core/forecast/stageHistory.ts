import type { Opportunity, SnapshotOpportunity } from "../model/entities";
import { StageDefinition, findStage } from "../model/stageMap";

/** Keeps, per deal id, the furthest open stage seen; each distinct stage name is looked up once. */
function furthestRecorder(stageMap: readonly StageDefinition[]): { furthest: Map<string, number>; record: (id: string, stage: string) => void } {
  const furthest = new Map<string, number>();
  // null: the stage is closed or unknown, so it says nothing about how far a deal got.
  const orderOf = new Map<string, number | null>();
  const record = (id: string, stage: string): void => {
    let order = orderOf.get(stage);
    if (order === undefined) {
      const definition = findStage(stageMap, stage);
      order = definition && !definition.closed ? definition.order : null;
      orderOf.set(stage, order);
    }
    if (order !== null && order > (furthest.get(id) ?? Number.NEGATIVE_INFINITY)) furthest.set(id, order);
  };
  return { furthest, record };
}

/**
 * The furthest open stage each deal reached, from the weekly snapshots and an optional `last_stage`
 * column (the last open stage before the deal closed, as a CRM's stage history report gives it).
 * @example furthestStages(snapshots, [], DEFAULT_STAGE_MAP).get("O-1") // 7
 */
export function furthestStages(
  snapshots: readonly Pick<SnapshotOpportunity, "id" | "stage">[],
  lastStages: readonly { id: string; lastStage: string }[],
  stageMap: readonly StageDefinition[],
): Map<string, number> {
  const { furthest, record } = furthestRecorder(stageMap);
  for (const row of snapshots) record(row.id, row.stage);
  for (const row of lastStages) record(row.id, row.lastStage);
  return furthest;
}

/**
 * {@link furthestStages} with the last stages read straight from the opportunities' `last_stage`
 * extra (a non-empty one counts), without building a list of them first.
 * @example furthestStagesOf(snapshots, opportunities, DEFAULT_STAGE_MAP).get("O-1") // 7
 */
export function furthestStagesOf(
  snapshots: readonly Pick<SnapshotOpportunity, "id" | "stage">[],
  opportunities: readonly Pick<Opportunity, "id" | "extra">[],
  stageMap: readonly StageDefinition[],
): Map<string, number> {
  const { furthest, record } = furthestRecorder(stageMap);
  for (const row of snapshots) record(row.id, row.stage);
  for (const row of opportunities) {
    const lastStage = row.extra.last_stage;
    if (lastStage) record(row.id, lastStage);
  }
  return furthest;
}
