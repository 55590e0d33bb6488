import type { TerritoryRun } from "../../../app/runTerritory";
import type { CorridorPosition } from "../../../core/territory/balanceReport";

/** One leaf territory in the grid: its value of the balanced metric against the mean. */
export interface TerritoryGridRow {
  territoryId: string;
  name: string;
  ownerId: string;
  value: number;
  ofMean: number | null;
  position: CorridorPosition;
}

/**
 * The grid's rows: the territories the balance is measured over (the leaves), in territory order,
 * with their names. Parent territories are sums of their leaves and are left out, as in the indexes.
 * @example territoryGridRows(run)[0] // { territoryId: "TER-APAC-ENT-01", name: "APAC Enterprise 1", value: 1.2e7, ofMean: 0.14, position: "below", … }
 */
export function territoryGridRows(run: TerritoryRun): TerritoryGridRow[] {
  const rows = new Map(run.territories.map((row) => [row.territoryId, row]));
  return run.balance.items.map((item) => {
    const row = rows.get(item.id);
    return { territoryId: item.id, name: row?.name || item.id, ownerId: row?.ownerId ?? "", value: item.value, ofMean: item.ofMean, position: item.position };
  });
}
