import type { SnapshotOpportunity } from "../model/entities";
import { StageDefinition, findStage } from "../model/stageMap";

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
  const furthest = new Map<string, number>();
  const openOrder = (stage: string): number | undefined => {
    const definition = findStage(stageMap, stage);
    return definition && !definition.closed ? definition.order : undefined;
  };
  const record = (id: string, stage: string): void => {
    const order = openOrder(stage);
    if (order !== undefined && order > (furthest.get(id) ?? Number.NEGATIVE_INFINITY)) furthest.set(id, order);
  };
  for (const row of snapshots) record(row.id, row.stage);
  for (const row of lastStages) record(row.id, row.lastStage);
  return furthest;
}
