/*
 * The Forecast view's operations over any WorkbookPort: the real Excel adapter in index.tsx, a memory
 * port in the browser harness. Only the port, the clock and the settings differ between them.
 */
import { readAdjustmentLog, recordAdjustment } from "../app/forecastAdjustments";
import { loadWorkbookData } from "../app/loadWorkbookData";
import { setWorkbookData } from "../app/sessionState";
import type { WorkbookPort } from "../app/ports";
import { writeForecastSheet } from "../app/writeForecastSheet";
import type { Settings } from "../core/model/settings";
import type { ForecastOperations } from "./operations";

export function forecastOperations(port: WorkbookPort, settings: () => Settings, now: () => Date = () => new Date()): ForecastOperations {
  return {
    async loadInputs(options) {
      const data = await loadWorkbookData(port, settings(), options);
      // Share what was read with the custom functions in this runtime; the plans in force stay.
      setWorkbookData(data.dataSet);
      const adjustments = await readAdjustmentLog(port);
      return { dataSet: data.dataSet, log: adjustments.log, issues: [...data.issues, ...adjustments.issues] };
    },
    recordAdjustment: (entry) => recordAdjustment(port, entry),
    writeForecastSheet: (run) => writeForecastSheet(port, run),
    settings,
    now,
  };
}
