/*
 * What makes settings valid, in words an analyst can act on. The zod schema (core/model/settings)
 * decides the shape; each problem is worded here by the field its path names, so the Settings view,
 * the workbook read and the save all say the same thing: "stageMap[3].probability must be between
 * 0 and 1 (0% to 100%)." A few rules the schema cannot express (unique stage names and positions, a
 * won stage) are checked here too, before anything is saved.
 */
import type { z } from "zod";
import type { Issue, Result } from "../core/model/result";
import { parseSettings, SETTINGS_VERSION, type Settings } from "../core/model/settings";
import { FORECAST_CATEGORIES } from "../core/model/stageMap";

/** The code of every problem with the settings' content (the path names the field). */
export const INVALID_SETTINGS = "invalid_settings";

export type SettingsField = "fiscalYearStartMonth" | "corporateCurrency" | "stageMap";
export const SETTINGS_FIELDS: readonly SettingsField[] = ["fiscalYearStartMonth", "corporateCurrency", "stageMap"];

/** What each field must be, keyed by its path with indexes as "[]". */
const RULES: Record<string, string> = {
  version: `must be ${SETTINGS_VERSION}: these settings were saved by another version of SalesOps (update the add-in to read them)`,
  fiscalYearStartMonth: "must be a whole number from 1 (January) to 12 (December)",
  corporateCurrency: "must be a three-letter ISO 4217 code in capitals, such as USD",
  stageMap: "must list at least one stage",
  "stageMap[]": "must be a stage with a name, category, probability, closed, won and order",
  "stageMap[].stage": "must be a stage name (it is empty)",
  "stageMap[].category": `must be one of ${FORECAST_CATEGORIES.join(", ")}`,
  "stageMap[].probability": "must be between 0 and 1 (0% to 100%)",
  "stageMap[].closed": "must be true or false",
  "stageMap[].won": "must be true or false",
  "stageMap[].order": "must be a whole number",
};

/**
 * A path as the settings file spells it.
 * @example settingsPath(["stageMap", 3, "probability"]) // "stageMap[3].probability"
 */
export function settingsPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`), "");
}

const ruleKey = (path: readonly (string | number)[]) => settingsPath(path.map((part) => (typeof part === "number" ? -1 : part))).replace(/\[-1\]/g, "[]");

/**
 * The issue for a field the schema rejected, worded by what the field must be; `detail` (zod's own
 * words) is used only for a path this module does not know.
 * @example settingsIssue(["stageMap", 3, "probability"]).message // "stageMap[3].probability must be between 0 and 1 (0% to 100%)."
 */
export function settingsIssue(path: readonly (string | number)[], detail = "is not valid"): Issue {
  const rule = RULES[ruleKey(path)] ?? detail.replace(/\.$/, "");
  const where = settingsPath(path);
  return { code: INVALID_SETTINGS, path: [...path], message: `${where ? `${where} ` : "The settings "}${rule}.` };
}

/** zod's issues as ours, one per field (zod may report a field twice, e.g. not an integer and too large). */
function schemaIssues(error: z.ZodError): Issue[] {
  const byPath = new Map<string, Issue>();
  for (const problem of error.issues) {
    const path = problem.path.map((part) => (typeof part === "symbol" ? String(part) : part));
    const issue = settingsIssue(path, problem.message);
    if (!byPath.has(settingsPath(path))) byPath.set(settingsPath(path), issue);
  }
  return [...byPath.values()];
}

/** Rules over the whole stage map that the schema cannot state. */
function stageMapIssues(stageMap: Settings["stageMap"]): Issue[] {
  const issues: Issue[] = [];
  const names = new Map<string, number>();
  const orders = new Map<number, number>();
  stageMap.forEach((stage, i) => {
    const name = stage.stage.trim().toLowerCase();
    const sameName = names.get(name);
    if (sameName !== undefined) {
      issues.push({ code: INVALID_SETTINGS, path: ["stageMap", i, "stage"], message: `stageMap[${i}].stage "${stage.stage}" repeats stageMap[${sameName}].stage: stage names must differ (case is ignored).` });
    } else names.set(name, i);
    const sameOrder = orders.get(stage.order);
    if (sameOrder !== undefined) {
      issues.push({ code: INVALID_SETTINGS, path: ["stageMap", i, "order"], message: `stageMap[${i}].order ${stage.order} repeats stageMap[${sameOrder}].order: each stage needs its own position in the sales process.` });
    } else orders.set(stage.order, i);
    if (stage.won && !stage.closed) {
      issues.push({ code: INVALID_SETTINGS, path: ["stageMap", i, "won"], message: `stageMap[${i}].won is on for an open stage: a won stage must also be closed.` });
    }
  });
  if (!stageMap.some((stage) => stage.closed && stage.won)) {
    issues.push({ code: INVALID_SETTINGS, path: ["stageMap"], message: "stageMap needs a won stage (closed and won), such as Closed Won: its deals are the bookings." });
  }
  if (!stageMap.some((stage) => !stage.closed)) {
    issues.push({ code: INVALID_SETTINGS, path: ["stageMap"], message: "stageMap needs at least one open stage (not closed): open deals are the pipeline." });
  }
  return issues;
}

/**
 * Settings fit to save: the schema (older versions upgraded) and the stage map's own rules, with
 * every problem worded by its field.
 * @example validateSettings({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 13 }) // { ok: false, issues: [{ path: ["fiscalYearStartMonth"], … }] }
 */
export function validateSettings(input: unknown): Result<Settings> {
  const parsed = parseSettings(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  const issues = stageMapIssues(parsed.data.stageMap);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

const STAGE_KEYS = ["stage", "category", "probability", "closed", "won", "order"] as const;

/**
 * The fields whose values differ (a stage map differs in any stage, or in their order).
 * @example changedSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1 }) // ["fiscalYearStartMonth"]
 */
export function changedSettings(before: Settings, after: Settings): SettingsField[] {
  const sameStages =
    before.stageMap.length === after.stageMap.length &&
    before.stageMap.every((stage, i) => STAGE_KEYS.every((key) => stage[key] === after.stageMap[i][key]));
  return SETTINGS_FIELDS.filter((field) => (field === "stageMap" ? !sameStages : before[field] !== after[field]));
}

/** The fields custom functions read from the session (FISCALPERIOD, WEIGHTEDPIPELINE): a change to one needs a recalculation. */
export const FUNCTION_FIELDS: readonly SettingsField[] = ["fiscalYearStartMonth", "stageMap"];
