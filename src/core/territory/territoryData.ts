import { toForecastDeals } from "../forecast/forecastDeal";
import { quotaByOwner } from "../forecast/quotaForPeriod";
import { RateTable } from "../model/currency";
import type { DataSet } from "../model/dataSet";
import type { Territory } from "../model/entities";
import { parseFiscalLabel } from "../model/fiscalCalendar";
import type { Issue } from "../model/result";
import type { TerritoryData } from "./metricTypes";
import { TerritoryError } from "./territoryError";
import { territoryTree } from "./territoryTree";

/**
 * Each leaf territory's quota: its owner's quota for the period, split evenly when the owner holds
 * several leaves. Quotas of owners who hold no leaf (managers of parent territories) are not
 * attributed, since the leaves below already carry them and parents are their sum.
 * @example territoryQuotasFromOwners(territories, new Map([["R1", 900]])).get("T1") // 900
 */
export function territoryQuotasFromOwners(territories: readonly Territory[], quotas: ReadonlyMap<string, number>): Map<string, number> {
  const tree = territoryTree(territories);
  const leavesByOwner = new Map<string, string[]>();
  tree.order.forEach((territory, slot) => {
    const owner = territory.ownerId.trim();
    if (!tree.isLeaf[slot] || owner === "") return;
    leavesByOwner.set(owner, [...(leavesByOwner.get(owner) ?? []), territory.id]);
  });
  const byTerritory = new Map<string, number>();
  for (const [owner, leaves] of leavesByOwner) {
    const quota = quotas.get(owner);
    if (quota === undefined) continue;
    for (const id of leaves) byTerritory.set(id, quota / leaves.length);
  }
  return byTerritory;
}

/**
 * The territory inputs of a data set: deals in the corporate currency (converted at their close
 * date's rate; unconvertible ones reported and left out) and leaf quotas for a fiscal period label
 * such as `FY2027-Q4` or `FY2027`.
 * @example
 * const { data } = territoryDataFromDataSet(generateDemoOrg({ seed: 7, asOf: "2026-11-27" }), "FY2027-Q4");
 * territoryMetrics(data, { asOf: "2026-11-27", fiscalStartMonth: 2 }).rows.length // 59
 */
export function territoryDataFromDataSet(dataSet: DataSet, quotaPeriod: string): { data: TerritoryData; issues: Issue[] } {
  const period = parseFiscalLabel(quotaPeriod);
  if (!period) throw new TerritoryError(`"${quotaPeriod}" is not a fiscal period label such as FY2027-Q4.`);
  const { settings } = dataSet;
  const rates = new RateTable(settings.corporateCurrency, settings.fiscalYearStartMonth, dataSet.fxRates);
  const { deals, issues: dealIssues } = toForecastDeals(dataSet.opportunities, settings.stageMap, rates);
  const { quotas, issues: quotaIssues } = quotaByOwner(dataSet.quotas, period, settings.fiscalYearStartMonth, rates);
  return {
    data: { territories: dataSet.territories, accounts: dataSet.accounts, deals, reps: dataSet.reps, quotaByTerritory: territoryQuotasFromOwners(dataSet.territories, quotas) },
    issues: [...dealIssues, ...quotaIssues],
  };
}
