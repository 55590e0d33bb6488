import { ForecastCategory, normalizeForecastCategory } from "../model/stageMap";
import { normalizeHeader } from "./headers";
import type { ImportPlan } from "./importPlan";

/** A row's stage and category, or why it has none. */
export type StageOutcome =
  | { ok: true; stage: string; category: ForecastCategory; closed: boolean; kept: { probability?: number } | null }
  | { ok: false; code: string; field: "stage" | "status"; reason: string };

/** Category names CRMs use beyond those the stage map module knows. */
const MORE_CATEGORIES: Record<string, ForecastCategory> = { committed: "Commit", notforecasted: "Omitted", closedlost: "Omitted", closedwon: "Closed" };

/**
 * Reads a forecast category as CRMs write it (Salesforce's "Forecast" is Commit, Dynamics'
 * "Committed" too, HubSpot's "Not forecasted" is Omitted), or null.
 * @example readCategory("Not forecasted") // "Omitted"
 */
export function readCategory(text: string): ForecastCategory | null {
  return normalizeForecastCategory(text) ?? MORE_CATEGORIES[normalizeHeader(text)] ?? null;
}

function closedStage(plan: ImportPlan, won: boolean): StageOutcome {
  for (const definition of plan.stageMap.values()) {
    if (definition.closed && definition.won === won) return { ok: true, stage: definition.stage, category: definition.category, closed: definition.closed, kept: null };
  }
  return { ok: false, code: "unknown_stage", field: "status", reason: `the stage map has no ${won ? "won" : "lost"} stage: add one to the settings` };
}

/**
 * Resolves the stage of a row from its status and stage text, before any source forecast category:
 * a won/lost status gives the map's closed stage; a stage of the map is used as is; a foreign stage
 * goes through the preset's (or mapping's) rules; anything else is kept as text if the row has a category.
 * @example resolveStage(plan, "", "closedwon", null) // { ok: true, stage: "Closed Won", category: "Closed", closed: true, kept: null }
 */
export function resolveStage(plan: ImportPlan, statusText: string, stageText: string, sourceCategory: ForecastCategory | null): StageOutcome {
  if (statusText !== "") {
    const status = plan.statuses.get(normalizeHeader(statusText));
    if (status === "won" || status === "lost") return closedStage(plan, status === "won");
    if (status === undefined && plan.statuses.size > 0) {
      return { ok: false, code: "unknown_status", field: "status", reason: `"${statusText}" is not a known status (${[...plan.statuses.keys()].join(", ")}): fix the cell or map it in the mapping's statuses` };
    }
  }
  if (stageText === "") return { ok: false, code: "missing_stage", field: "stage", reason: "the stage is empty: fill it in" };
  const definition = plan.stageMap.get(stageText.toLowerCase());
  if (definition) return { ok: true, stage: definition.stage, category: definition.category, closed: definition.closed, kept: null };
  const rule = plan.stageRules.get(normalizeHeader(stageText));
  if (rule) {
    const mapped = plan.stageMap.get(rule.stage.toLowerCase());
    if (mapped) return { ok: true, stage: mapped.stage, category: mapped.category, closed: mapped.closed, kept: null };
    return { ok: true, stage: rule.stage, category: rule.category, closed: false, kept: { probability: rule.probability } };
  }
  if (sourceCategory) return { ok: true, stage: stageText, category: sourceCategory, closed: false, kept: {} };
  return {
    ok: false,
    code: "unknown_stage",
    field: "stage",
    reason: `"${stageText}" is not in the stage map and the row has no forecast category: map the stage in a --mapping file's "stages", add it to the settings' stage map, or fill the forecast category`,
  };
}
