/*
 * The Territories view's operations over any WorkbookPort: the real Excel adapter in index.tsx, a
 * memory port in the browser harness. Only the port, the clock and the settings differ between them.
 */
import type { WorkbookPort } from "../app/ports";
import { setWorkbookData } from "../app/sessionState";
import { loadTerritoryInputs, readTerritoryRules } from "../app/territoryWorkbook";
import type { Settings } from "../core/model/settings";
import type { TerritoryOperations } from "./operations";

/*
 * The writes need the territory engine (moves, assignment). They are loaded with the view's chunk
 * (same chunk name), when first used, so the engine stays out of what the pane loads at start.
 */
const moves = () => import(/* webpackChunkName: "territories-view" */ "../app/territoryApplyMoves");
const rules = () => import(/* webpackChunkName: "territories-view" */ "../app/territoryRules");
const exampleRules = () => import(/* webpackChunkName: "territories-view" */ "../app/territoryExampleRules");

export function territoryOperations(port: WorkbookPort, settings: () => Settings, now: () => Date = () => new Date()): TerritoryOperations {
  return {
    async loadInputs(options) {
      const inputs = await loadTerritoryInputs(port, settings(), options);
      // Share what was read with the custom functions in this runtime, as the Forecast view does.
      setWorkbookData(inputs.dataSet);
      return inputs;
    },
    readRules: () => readTerritoryRules(port),
    applyMoves: async (request) => (await moves()).applyMoves(port, request),
    applyAssignments: async (dataSet, list) => (await rules()).applyRuleAssignments(port, dataSet, list),
    writeExampleRules: async (dataSet) => (await exampleRules()).writeExampleRules(port, dataSet),
    settings,
    now,
  };
}
