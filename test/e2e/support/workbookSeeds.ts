import { planTables } from "../../../src/app/commissionWorkbook";
import { DEMO_AE_PLAN } from "../../../src/core/commission";
import { dataSetRows, type DataSet } from "../../../src/core/model/dataSet";
import type { Opportunity } from "../../../src/core/model/entities";
import { smallDataSet } from "../harness/smallDataSet";
import type { WorkbookSeed } from "../inExcel/options";

export interface SmallWorkbookOptions {
  /** How many deals (12 by default); they all close on 2026-11-27, in FY2027-Q4. */
  opportunities?: number;
  /** Changes to make to the deals before they are written, e.g. a currency without a rate. */
  editDeals?: (deals: Opportunity[]) => Opportunity[];
  /** Also the demo account-executive plan's tables, with both reps on it for their tenure. */
  plans?: boolean;
}

/**
 * A workbook a user opens with the add-in's tables already in it (the harness's small data set: two
 * reps, three accounts, a EUR rate), as an InExcelOptions.seed. Values go in as a user's typed
 * entry would (ISO dates become dates), so the pane reads them as it reads any workbook.
 */
export function smallWorkbook(options: SmallWorkbookOptions = {}): WorkbookSeed {
  const base = smallDataSet(options.opportunities ?? 12);
  // The first deal's name is a formula-like text in the harness (to test escaping): not what a user's table holds.
  const deals = base.opportunities.map((deal, i) => (i === 0 ? { ...deal, name: "Deal 1" } : deal));
  const dataSet: DataSet = { ...base, opportunities: options.editDeals ? options.editDeals(deals) : deals };
  const tables = dataSetRows(dataSet).map(({ file, rows }) => ({ name: file.tableName, rows }));
  if (options.plans) {
    const assignments = dataSet.reps.map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null }));
    tables.push(...planTables({ plans: [DEMO_AE_PLAN], assignments }).map((table) => ({ name: table.tableName, rows: table.rows })));
  }
  return { tables };
}
