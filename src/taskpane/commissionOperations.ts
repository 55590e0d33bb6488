/*
 * The Commissions view's operations over any WorkbookPort and WorkbookWriterPort: the Office.js
 * adapters in excelOperations.ts, memory ones in the browser harness. Only the ports, the clock
 * and the settings differ between them.
 */
import { lockPeriod, readCommissionLocks } from "../app/commissionLocks";
import { readCompensation, savePlans } from "../app/commissionWorkbook";
import { loadWorkbookData } from "../app/loadWorkbookData";
import type { WorkbookPort, WorkbookWriterPort } from "../app/ports";
import { getWorkbookData, setWorkbookData } from "../app/sessionState";
import { writeStatements } from "../app/writeStatements";
import { PLAN_TABLES } from "../core/commission";
import { CANONICAL_RECORD_SETS } from "../core/model/dataSet";
import type { Settings } from "../core/model/settings";
import type { CommissionOperations } from "./operations";

/** The data tables, then the plan tables, then the locks: the progress counts all of them. */
const PLAN_TABLE_COUNT = Object.keys(PLAN_TABLES).length;
const DATA_TABLE_COUNT = CANONICAL_RECORD_SETS.length;

export function commissionOperations(port: WorkbookPort, writer: WorkbookWriterPort, settings: () => Settings, now: () => Date = () => new Date()): CommissionOperations {
  return {
    async loadInputs(options = {}) {
      const tables = DATA_TABLE_COUNT + PLAN_TABLE_COUNT + 1;
      const data = await loadWorkbookData(port, settings(), { pause: options.pause, onProgress: (p) => options.onProgress?.({ ...p, tables }) });
      let table = DATA_TABLE_COUNT;
      const compensation = await readCompensation(port, { pause: options.pause, onProgress: (tableName) => options.onProgress?.({ table: ++table, tables, tableName }) });
      options.onProgress?.({ table: tables, tables, tableName: "CommissionLocks" });
      await options.pause?.();
      const locks = await readCommissionLocks(port);
      // SALESOPS.PAYOUT in this runtime sees the same data and plans as the view; invalid plans are none.
      setWorkbookData(data.dataSet, compensation.compensation);
      return { dataSet: data.dataSet, compensation: compensation.compensation, locks: locks.locks, issues: [...data.issues, ...compensation.issues, ...locks.issues] };
    },
    async savePlans(plans) {
      const saved = await savePlans(port, plans);
      const session = getWorkbookData();
      if (saved.ok && session.dataSet && session.compensation) setWorkbookData(session.dataSet, { ...session.compensation, plans: saved.value });
      return saved;
    },
    lockPeriod: (run, request) => lockPeriod(port, run, request),
    writeStatements: (run, plans, options) => writeStatements(writer, run, plans, { ...options, opportunities: options?.opportunities ?? getWorkbookData().dataSet?.opportunities }),
    settings,
    now,
  };
}
